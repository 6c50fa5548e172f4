package org.regatlas.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regatlas.corpus.HeadingPatterns;
import org.regatlas.corpus.SourceText;
import org.regatlas.model.Section;
import org.regatlas.model.Span;

/**
 * Builds the section tree of a normalized text. Headings come from the format (HTML/DOCX/Markdown) when it marks
 * them, otherwise from numbering ({@link HeadingPatterns}). Nesting follows the numbering: a heading whose style
 * (and, for 1.2.3 numbering, depth) is already open closes that level and becomes its sibling; a new style opens a
 * child level. This handles 一、→（一）→1.→（1）→① and I.→A.→1.→a. without fixed level tables.
 *
 * <p>Paths join labels from the root ({@code 二.（四）.2}); decimal numbers are already hierarchical and keep their
 * printed form ({@code 1.1}, {@code 5.3}).
 */
public final class SectionParser {
    private SectionParser() {}

    /** Mutable node used only while one outline is built. */
    private static final class Node {
        final HeadingPatterns.@Nullable Match match;
        final int hintLevel;   // 0 when the heading was recognised from numbering alone
        final String heading;
        final Span headingSpan;
        final @Nullable Node parent;
        final List<Node> children = new ArrayList<>();
        final List<Span> body = new ArrayList<>();
        String path;
        String label = "";
        int level;

        Node(HeadingPatterns.@Nullable Match match, int hintLevel, String heading, Span headingSpan, @Nullable Node parent) {
            this.match = match;
            this.hintLevel = hintLevel;
            this.heading = heading;
            this.headingSpan = headingSpan;
            this.parent = parent;
        }

        boolean numbered() {
            return match != null;
        }
    }

    /** Parses {@code source} into an outline. */
    public static Outline parse(SourceText source) {
        String text = source.text();
        Map<Integer, Integer> hints = new HashMap<>();
        source.headings().forEach(h -> hints.put(h.line(), h.level()));
        boolean useHints = !hints.isEmpty();

        Node root = new Node(null, 0, "", new Span(0, 0), null);
        root.path = null;
        List<Node> stack = new ArrayList<>(List.of(root));
        List<Node> order = new ArrayList<>();
        List<Node> blockOwners = new ArrayList<>();
        List<Span> blockSpans = new ArrayList<>();
        Set<String> usedPaths = new HashSet<>();

        int lineNo = 0;
        int pos = 0;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(pos, end);
            Span span = trimmed(text, pos, end);
            if (span.end() > span.start()) {
                String stripped = line.strip();
                Optional<HeadingPatterns.Match> numbered = useHints
                        ? (hints.containsKey(lineNo) ? HeadingPatterns.match(stripped).or(() -> numberedPrefix(stripped)) : Optional.empty())
                        : HeadingPatterns.match(stripped);
                boolean heading = useHints ? hints.containsKey(lineNo) : numbered.isPresent();
                if (heading) {
                    Node parent = placeParent(stack, numbered.orElse(null), hints.getOrDefault(lineNo, 0));
                    Node node = new Node(numbered.orElse(null), hints.getOrDefault(lineNo, 0), stripped, span, parent);
                    parent.children.add(node);
                    assignPath(node, usedPaths);
                    stack.add(node);
                    order.add(node);
                } else {
                    Node owner = stack.get(stack.size() - 1);
                    owner.body.add(span);
                    blockOwners.add(owner);
                    blockSpans.add(span);
                }
            }
            lineNo++;
            if (nl < 0) break;
            pos = nl + 1;
        }
        Map<Node, Section> frozen = new HashMap<>();
        Section rootSection = freeze(root, List.of(), 0, frozen);
        List<Outline.Block> blocks = new ArrayList<>();
        for (int i = 0; i < blockSpans.size(); i++) {
            blocks.add(new Outline.Block(frozen.get(blockOwners.get(i)), blockSpans.get(i)));
        }
        return new Outline(rootSection, blocks);
    }

    /** A heading marked by the format may still start with a number the sentence rules reject ("5 Study design."). */
    private static Optional<HeadingPatterns.Match> numberedPrefix(String heading) {
        String cut = heading.length() > 80 ? heading.substring(0, 80) : heading;
        return HeadingPatterns.match(cut.replaceAll("[.。:：]+$", ""));
    }

    /** Pops the stack to the parent of a new heading and returns that parent. */
    private static Node placeParent(List<Node> stack, HeadingPatterns.@Nullable Match m, int hintLevel) {
        if (m != null) {
            String key = m.levelKey();
            for (int i = stack.size() - 1; i >= 1; i--) {
                Node n = stack.get(i);
                boolean sameLevel = n.match != null && (n.match.levelKey().equals(key)
                        || (m.style() == HeadingPatterns.Style.DECIMAL && n.match.style() == HeadingPatterns.Style.DECIMAL
                            && n.match.depth() > m.depth()));
                if (sameLevel) {
                    truncate(stack, i);
                    // deeper decimal levels were popped too; the sibling's parent is the new parent
                }
            }
        }
        if (hintLevel > 0) {
            while (stack.size() > 1 && stack.get(stack.size() - 1).hintLevel >= hintLevel) {
                truncate(stack, stack.size() - 1);
            }
        }
        return stack.get(stack.size() - 1);
    }

    private static void truncate(List<Node> stack, int from) {
        while (stack.size() > from) stack.remove(stack.size() - 1);
    }

    private static void assignPath(Node node, Set<String> used) {
        Node parent = node.parent;
        String parentPath = nearestPath(parent);
        String path;
        if (node.match != null && node.match.style() == HeadingPatterns.Style.DECIMAL) {
            boolean selfContained = parent == null || parent.match == null
                    || parent.match.style() == HeadingPatterns.Style.DECIMAL;
            node.label = node.match.number();
            path = selfContained || parentPath == null ? node.match.number() : parentPath + "." + node.match.number();
        } else if (node.match != null) {
            node.label = node.match.label();
            path = parentPath == null ? node.label : parentPath + "." + node.label;
        } else {
            node.label = "§" + parent.children.size();
            path = parentPath == null ? node.label : parentPath + "." + node.label;
        }
        String unique = path;
        for (int k = 2; !used.add(unique); k++) unique = path + "~" + k;
        node.path = unique;
    }

    private static @Nullable String nearestPath(@Nullable Node n) {
        return n == null ? null : n.path;
    }

    private static Section freeze(Node n, List<String> ancestors, int level, Map<Node, Section> frozen) {
        List<String> headings = new ArrayList<>(ancestors);
        if (!n.heading.isEmpty()) headings.add(n.heading);
        List<Section> kids = new ArrayList<>();
        for (Node c : n.children) kids.add(freeze(c, headings, level + 1, frozen));
        Span body = n.body.isEmpty() ? new Span(n.headingSpan.end(), n.headingSpan.end())
                : new Span(n.body.get(0).start(), n.body.get(n.body.size() - 1).end());
        String title = n.match != null ? n.match.title() : n.heading;
        Section s = new Section(n.label, n.path, n.heading, title, level, n.headingSpan, body, kids);
        frozen.put(n, s);
        return s;
    }

    private static Span trimmed(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        return new Span(start, end);
    }

    /** The headings from the root down to {@code s}, as printed. */
    static List<String> headingsOf(Section s, Section root) {
        List<String> out = new ArrayList<>();
        find(root, s, out);
        return out;
    }

    private static boolean find(Section at, Section target, List<String> trail) {
        if (!at.heading().isEmpty()) trail.add(at.heading());
        if (at == target) return true;
        for (Section c : at.children()) {
            if (find(c, target, trail)) return true;
        }
        if (!at.heading().isEmpty()) trail.remove(trail.size() - 1);
        return false;
    }
}
