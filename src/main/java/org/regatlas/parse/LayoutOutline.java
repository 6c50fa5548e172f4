package org.regatlas.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regatlas.corpus.SourceText;
import org.regatlas.model.Section;
import org.regatlas.model.Span;

/**
 * Builds the section tree of a text whose layout already gave every heading its level and path (an official
 * guideline PDF read by {@code OfficialPdfReader}): nesting follows the levels, paths are the layout's.
 */
final class LayoutOutline {
    private LayoutOutline() {}

    private static final class Node {
        final String heading;
        final String path;
        final Span headingSpan;
        final int level;
        final List<Node> children = new ArrayList<>();
        final List<Span> body = new ArrayList<>();

        Node(String heading, String path, Span headingSpan, int level) {
            this.heading = heading;
            this.path = path;
            this.headingSpan = headingSpan;
            this.level = level;
        }
    }

    /** True when every heading of {@code source} carries a path. */
    static boolean applies(SourceText source) {
        return !source.headings().isEmpty() && source.headings().stream().allMatch(h -> h.path() != null);
    }

    static Outline build(SourceText source) {
        String text = source.text();
        Map<Integer, SourceText.HeadingHint> hints = new HashMap<>();
        Map<String, String> kinds = new HashMap<>();
        for (SourceText.HeadingHint h : source.headings()) {
            hints.put(h.line(), h);
            if (!SourceText.BODY.equals(h.kind())) kinds.put(h.path(), h.kind());
        }
        Node root = new Node("", null, new Span(0, 0), 0);
        List<Node> stack = new ArrayList<>(List.of(root));
        List<Node> owners = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        int pos = 0;
        int line = 0;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            Span span = new Span(pos, end);
            SourceText.HeadingHint h = hints.get(line);
            if (h != null) {
                while (stack.size() > 1 && stack.get(stack.size() - 1).level >= h.level()) stack.remove(stack.size() - 1);
                Node node = new Node(text.substring(pos, end).strip(), h.path(), span, h.level());
                stack.get(stack.size() - 1).children.add(node);
                stack.add(node);
            } else if (end > pos && !text.substring(pos, end).isBlank()) {
                Node owner = stack.get(stack.size() - 1);
                owner.body.add(span);
                owners.add(owner);
                spans.add(span);
            }
            line++;
            if (nl < 0) break;
            pos = nl + 1;
        }
        Map<Node, Section> frozen = new HashMap<>();
        Section rootSection = freeze(root, 0, frozen);
        List<Outline.Block> blocks = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) blocks.add(new Outline.Block(frozen.get(owners.get(i)), spans.get(i)));
        Map<String, String> notes = new LinkedHashMap<>();
        for (SourceText.Footnote f : source.footnotes()) notes.put(f.marker(), f.text());
        return new Outline(rootSection, blocks, kinds, notes);
    }

    private static Section freeze(Node n, int level, Map<Node, Section> frozen) {
        List<Section> kids = new ArrayList<>();
        for (Node c : n.children) kids.add(freeze(c, level + 1, frozen));
        Span body = n.body.isEmpty() ? new Span(n.headingSpan.end(), n.headingSpan.end())
                : new Span(n.body.get(0).start(), n.body.get(n.body.size() - 1).end());
        String label = n.path == null ? "" : n.path.substring(n.path.lastIndexOf('.') + 1);
        Section s = new Section(label, n.path, n.heading, title(n.heading), level, n.headingSpan, body, kids);
        frozen.put(n, s);
        return s;
    }

    /** The heading without its numbering ("PART II:" and "5.1." and "A." go). */
    private static String title(String heading) {
        String t = heading.replaceFirst("^(?:(?i:part)\\s+[IVX]+:?|[IVX]{1,5}\\.|[A-Za-z]\\.|\\d{1,2}(?:\\.\\d{1,2})*\\.?)\\s+", "");
        return t.isBlank() ? heading : t.strip();
    }
}
