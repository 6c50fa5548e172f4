package org.regatlas.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regatlas.model.Section;
import org.regatlas.model.Span;

/**
 * Builds the structure of a text laid out as a law ({@link LawLayout}): 编/章/节 and 条 as the section tree, and each
 * 款 as one clause with its items. Lines before the first heading (the title and the promulgation notes) are front
 * matter and belong to no section. Paths join the printed labels from the root ({@code 第二章.第十五条}).
 */
final class LawParser {
    private LawParser() {}

    /** A 款 of an article (or a stray paragraph of a chapter): the section that owns it and its place in it. */
    record Clause(Section section, int ordinal, Span span) {}

    /** The section tree, the clauses in reading order and what looked wrong. */
    record Result(Section root, List<Clause> clauses, List<String> warnings) {
        Result {
            clauses = List.copyOf(clauses);
            warnings = List.copyOf(warnings);
        }
    }

    /** A paragraph (one line of the normalized text) with its span. */
    private record Line(String text, Span span) {}

    /** Mutable node used only while one tree is built. */
    private static final class Node {
        final LawLayout.@Nullable Heading heading;
        final String printed;
        final Span headingSpan;
        final List<Node> children = new ArrayList<>();
        final List<Line> paragraphs = new ArrayList<>();
        String path = "";

        Node(LawLayout.@Nullable Heading heading, String printed, Span headingSpan) {
            this.heading = heading;
            this.printed = printed;
            this.headingSpan = headingSpan;
        }

        int rank() {
            return heading == null ? -1 : heading.unit().ordinal();
        }
    }

    static Result parse(String text) {
        List<String> warnings = new ArrayList<>();
        List<Line> lines = lines(text);
        Node root = new Node(null, "", new Span(0, 0));
        List<Node> stack = new ArrayList<>(List.of(root));
        Set<String> paths = new HashSet<>();
        int lastArticle = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Optional<LawLayout.Heading> found = LawLayout.heading(line.text());
            if (found.isEmpty()) {
                if (stack.size() > 1) stack.get(stack.size() - 1).paragraphs.add(line);   // else front matter
                continue;
            }
            LawLayout.Heading h = found.get();
            if (h.unit() != LawLayout.Unit.ARTICLE && nextOpensNoLowerUnit(lines, i, h)) {
                warnings.add("skipped '" + line.text() + "': nothing follows it before the next heading (a table of contents?)");
                continue;
            }
            if (h.unit() == LawLayout.Unit.ARTICLE) {
                if (h.number() != lastArticle + 1) {
                    warnings.add(h.label() + " follows " + (lastArticle == 0 ? "no article" : "article " + lastArticle));
                }
                lastArticle = h.number();
            }
            while (stack.get(stack.size() - 1).rank() >= h.unit().ordinal()) stack.remove(stack.size() - 1);
            Node parent = stack.get(stack.size() - 1);
            int start = line.span().start();
            boolean article = h.unit() == LawLayout.Unit.ARTICLE;
            // An article's first 款 shares its line: its heading is the label alone, the 款 is body text.
            Node node = article ? new Node(h, h.label(), new Span(start, start + h.label().length()))
                    : new Node(h, line.text(), line.span());
            node.path = unique(parent.heading == null ? h.label() : parent.path + "." + h.label(), paths, warnings);
            parent.children.add(node);
            stack.add(node);
            if (article && !h.rest().isEmpty()) {
                node.paragraphs.add(new Line(h.rest(), new Span(start + h.restOffset(), line.span().end())));
            }
        }
        List<Clause> clauses = new ArrayList<>();
        Map<Node, Section> frozen = new HashMap<>();
        Section rootSection = freeze(root, 0, frozen);
        collect(root, frozen, clauses);
        return new Result(rootSection, clauses, warnings);
    }

    /** A part or chapter line directly followed by a heading of its own rank or above holds nothing: a contents line. */
    private static boolean nextOpensNoLowerUnit(List<Line> lines, int i, LawLayout.Heading h) {
        if (i + 1 >= lines.size()) return true;
        return LawLayout.heading(lines.get(i + 1).text())
                .map(next -> next.unit().ordinal() <= h.unit().ordinal())
                .orElse(false);
    }

    private static String unique(String path, Set<String> used, List<String> warnings) {
        String unique = path;
        for (int k = 2; !used.add(unique); k++) unique = path + "~" + k;
        if (!unique.equals(path)) warnings.add(path + " occurs twice; the second is " + unique);
        return unique;
    }

    private static Section freeze(Node n, int level, Map<Node, Section> frozen) {
        List<Section> kids = new ArrayList<>();
        for (Node c : n.children) kids.add(freeze(c, level + 1, frozen));
        Span body = n.paragraphs.isEmpty() ? new Span(n.headingSpan.end(), n.headingSpan.end())
                : new Span(n.paragraphs.get(0).span().start(), n.paragraphs.get(n.paragraphs.size() - 1).span().end());
        Section s;
        if (n.heading == null) {
            s = new Section("", null, "", "", 0, n.headingSpan, new Span(0, 0), kids);
        } else {
            String title = n.heading.unit() == LawLayout.Unit.ARTICLE ? "" : n.heading.rest().strip();
            s = new Section(n.heading.label(), n.path, n.printed, title, level, n.headingSpan, body, kids);
        }
        frozen.put(n, s);
        return s;
    }

    private static void collect(Node n, Map<Node, Section> frozen, List<Clause> out) {
        Section section = frozen.get(n);
        int ordinal = 0;
        for (List<Line> group : LawClauses.group(n.paragraphs.stream().map(Line::text).toList()).stream()
                .map(g -> n.paragraphs.subList(g.from(), g.to())).toList()) {
            Span span = new Span(group.get(0).span().start(), group.get(group.size() - 1).span().end());
            out.add(new Clause(section, ++ordinal, span));
        }
        for (Node c : n.children) collect(c, frozen, out);
    }

    private static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        int pos = 0;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            int s = pos;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) s++;
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
            if (e > s) out.add(new Line(text.substring(s, e), new Span(s, e)));
            if (nl < 0) break;
            pos = nl + 1;
        }
        return out;
    }
}
