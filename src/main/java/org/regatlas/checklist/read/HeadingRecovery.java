package org.regatlas.checklist.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.regatlas.corpus.HeadingPatterns;
import org.regatlas.corpus.SourceText;

/**
 * Finds the headings of a protocol whose format marks none (plain text, PDF, DOCX without heading styles) and puts
 * each on a line of its own, marked as a heading, so {@code SectionParser} builds the outline from them.
 *
 * <p>Two sources: the table of contents, whose entries are looked up in the body in order (PDF extraction often
 * glues a heading to the sentence before and after it: {@code ...{Green 2012}.2.2. Standard Second-line
 * TherapyPatients with...}); and lines that are numbered headings by themselves. Decimal numbers must keep
 * increasing, so page furniture, OCR debris and numbered list items ({@code 5 days after...}) are not taken for
 * sections, and appendices that restart their numbering stay inside the last section.
 */
final class HeadingRecovery {
    private HeadingRecovery() {}

    /**
     * A heading at {@code [start, end)} of a line; a title wrapped onto the next line continues there up to
     * {@code nextLineEnd} (-1 when it does not wrap).
     */
    private record Cut(int line, int start, int end, boolean fromToc, int nextLineEnd) {
        Cut(int line, int start, int end, boolean fromToc) {
            this(line, start, end, fromToc, -1);
        }
    }

    private static final Pattern CROSS_REFERENCE = Pattern.compile("(?i)(?:sections?|§|see|in|to|and|of|per)\\s*$");

    /** The source with its headings marked; unchanged when the format already marks headings or none are found. */
    static SourceText recover(SourceText source) {
        if (!source.headings().isEmpty()) return source;
        List<String> lines = List.of(source.text().split("\n", -1));
        TableOfContents.Found toc = TableOfContents.find(lines);
        List<Cut> cuts = new ArrayList<>();
        int bodyStart = toc == null ? 0 : toc.lastLine() + 1;
        if (toc != null) cuts.addAll(fromToc(lines, bodyStart, toc.entries()));
        cuts.addAll(numberedLines(lines, bodyStart, toc == null ? 0 : toc.firstLine(), cuts, toc != null));
        cuts.sort(Comparator.comparingInt(Cut::line).thenComparingInt(Cut::start));
        cuts = increasing(lines, cuts, toc == null ? null : chapters(toc.entries()));
        if (cuts.isEmpty()) return source;
        return rebuild(lines, cuts);
    }

    /** Each entry of the table of contents, found in order after the table. */
    private static List<Cut> fromToc(List<String> lines, int bodyStart, List<TableOfContents.Entry> entries) {
        List<Cut> out = new ArrayList<>();
        int line = bodyStart;
        int col = 0;
        for (TableOfContents.Entry e : entries) {
            int words = e.title().split("\\s+").length;
            Cut found = search(lines, line, col, headingPattern(e, Math.min(3, words)));
            if (found == null) continue;
            int matched = Math.min(3, words);
            for (int n = words; n > 3; n--) {       // the longest part of the title printed on the heading's line
                Matcher m = headingPattern(e, n).matcher(lines.get(found.line()));
                if (m.find(found.start()) && m.start() == found.start()) {
                    found = new Cut(found.line(), found.start(), m.end(), true);
                    matched = n;
                    break;
                }
            }
            if (matched < words && found.end() >= lines.get(found.line()).stripTrailing().length()
                    && found.line() + 1 < lines.size()) {   // the title wraps: its last words open the next line
                Matcher rest = restPattern(e, matched).matcher(lines.get(found.line() + 1));
                if (rest.lookingAt()) found = new Cut(found.line(), found.start(), found.end(), true, rest.end());
            }
            out.add(found);
            line = found.line();
            col = found.end();
        }
        return out;
    }

    /** The title's words after the first {@code skip}, at the start of a line. */
    private static Pattern restPattern(TableOfContents.Entry e, int skip) {
        String[] parts = e.title().split("\\s+");
        StringBuilder re = new StringBuilder("\\s*");
        for (int i = skip; i < parts.length; i++) {
            if (i > skip) re.append("[\\s\\-–]*");
            re.append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static Pattern headingPattern(TableOfContents.Entry e, int words) {
        StringBuilder re = new StringBuilder("(?<!\\d)(?<!\\d\\.)")
                .append(Pattern.quote(e.number())).append("\\.?\\s*");
        String[] parts = e.title().split("\\s+");
        for (int i = 0; i < Math.min(parts.length, words); i++) {
            if (i > 0) re.append("[\\s\\-–]*");
            re.append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static Cut search(List<String> lines, int fromLine, int fromCol, Pattern p) {
        for (int i = fromLine; i < lines.size(); i++) {
            Matcher m = p.matcher(lines.get(i));
            int from = i == fromLine ? fromCol : 0;
            while (from <= lines.get(i).length() && m.find(from)) {
                String before = lines.get(i).substring(0, m.start());
                if (!CROSS_REFERENCE.matcher(before).find()) return new Cut(i, m.start(), m.end(), true);
                from = m.start() + 1;
            }
        }
        return null;
    }

    /**
     * Whole lines that are numbered headings (decimal or Chinese chapter numbering), outside the table itself. With a
     * table of contents, nothing before it is a section: the numbered lines there are the title page's and the summary
     * of changes' items ("2. SoA, Section 8.1.1: ...").
     */
    private static List<Cut> numberedLines(List<String> lines, int bodyStart, int tocStart, List<Cut> taken,
                                           boolean hasToc) {
        List<Cut> out = new ArrayList<>();
        for (int i = hasToc ? bodyStart : 0; i < lines.size(); i++) {
            if (i >= tocStart && i < bodyStart) continue;
            final int line = i;
            if (taken.stream().anyMatch(c -> c.line() == line)) continue;
            String s = lines.get(i).strip();
            Optional<HeadingPatterns.Match> m = HeadingPatterns.match(s);
            if (m.isEmpty()) continue;
            HeadingPatterns.Style style = m.get().style();
            boolean keep = switch (style) {
                case DECIMAL -> startsLikeTitle(m.get().title());
                case CN_CHAPTER, CN_SECTION -> true;
                default -> false;
            };
            if (keep) {
                int start = lines.get(i).indexOf(s);
                out.add(new Cut(i, start, start + s.length(), false, wrappedParenthesis(s, lines, i)));
            }
        }
        return out;
    }

    /** A heading whose parenthesis opens but does not close continues on the next line up to the closing one. */
    private static int wrappedParenthesis(String heading, List<String> lines, int i) {
        long open = heading.chars().filter(c -> c == '(' || c == '（').count();
        long close = heading.chars().filter(c -> c == ')' || c == '）').count();
        if (open <= close || i + 1 >= lines.size()) return -1;
        String next = lines.get(i + 1);
        int end = Math.max(next.indexOf(')'), next.indexOf('）'));
        return end >= 0 && end < 100 ? end + 1 : -1;
    }

    private static boolean startsLikeTitle(String title) {
        int c = title.codePointAt(0);
        return Character.isUpperCase(c) || HeadingPatterns.isCjk(c) || Character.isDigit(c);
    }

    /** The chapter numbers (1, 2, ... 11) a table of contents lists. */
    private static Set<Integer> chapters(List<TableOfContents.Entry> entries) {
        Set<Integer> out = new HashSet<>();
        for (TableOfContents.Entry e : entries) out.add(DecimalNumber.parts(e.number())[0]);
        return out;
    }

    /**
     * Drops numbered-line candidates whose decimal number does not continue the outline. With a table of contents
     * ({@code tocChapters} not null) a numbered line must also lie in a chapter the table lists and before the next
     * heading the table placed, so numbered list items and a summary of changes printed after the body
     * ("13. Section 6.3, Measures to Minimize Bias") do not become chapters.
     */
    private static List<Cut> increasing(List<String> lines, List<Cut> cuts, @Nullable Set<Integer> tocChapters) {
        List<int @Nullable []> numbers = new ArrayList<>();
        for (Cut c : cuts) numbers.add(decimalOf(lines, c));
        int[][] nextToc = new int[cuts.size()][];
        int[] next = null;
        for (int i = cuts.size() - 1; i >= 0; i--) {
            nextToc[i] = next;
            if (cuts.get(i).fromToc() && numbers.get(i) != null) next = numbers.get(i);
        }
        List<Cut> out = new ArrayList<>();
        int[] last = null;
        for (int i = 0; i < cuts.size(); i++) {
            Cut c = cuts.get(i);
            int[] parts = numbers.get(i);
            if (parts == null) {
                if (c.fromToc() || HeadingPatterns.match(text(lines, c)).isPresent()) out.add(c);
                continue;
            }
            boolean ok;
            if (c.fromToc()) {
                ok = last == null || DecimalNumber.compare(parts, last) > 0;
            } else {
                ok = last == null ? parts[0] <= 2 : DecimalNumber.compare(parts, last) > 0 && parts[0] <= last[0] + 1;
                if (tocChapters != null) {
                    ok &= tocChapters.contains(parts[0])
                            && (nextToc[i] == null || DecimalNumber.compare(parts, nextToc[i]) < 0);
                }
            }
            if (ok) {
                out.add(c);
                last = parts;
            }
        }
        return out;
    }

    private static String text(List<String> lines, Cut c) {
        return lines.get(c.line()).substring(c.start(), c.end()).strip();
    }

    /** The cut's decimal number, or null when it is not a decimal-numbered heading. */
    private static int @Nullable [] decimalOf(List<String> lines, Cut c) {
        String text = text(lines, c);
        Optional<HeadingPatterns.Match> m = HeadingPatterns.match(text.length() > 80 ? text.substring(0, 80) : text)
                .or(() -> HeadingPatterns.match(text.replaceAll("[.。:：]+$", "")));
        return m.isPresent() && m.get().style() == HeadingPatterns.Style.DECIMAL
                ? DecimalNumber.parts(m.get().number()) : null;
    }

    /** Splits lines around the cuts so each heading is a line of its own, and marks those lines. */
    private static SourceText rebuild(List<String> lines, List<Cut> cuts) {
        List<String> out = new ArrayList<>();
        List<SourceText.HeadingHint> hints = new ArrayList<>();
        int k = 0;
        int carry = 0;      // characters of this line already used by a heading wrapped from the line before
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int col = Math.min(carry, line.length());
            carry = 0;
            while (k < cuts.size() && cuts.get(k).line() == i) {
                Cut c = cuts.get(k++);
                if (c.start() < col) continue;
                addIfText(out, line.substring(col, c.start()));
                hints.add(new SourceText.HeadingHint(out.size(), 0));
                String heading = line.substring(c.start(), c.end()).strip();
                if (c.nextLineEnd() > 0 && i + 1 < lines.size()) {
                    heading += " " + lines.get(i + 1).substring(0, c.nextLineEnd()).strip();
                    carry = c.nextLineEnd();
                }
                out.add(heading);
                col = c.end();
            }
            addIfText(out, line.substring(col));
        }
        return SourceText.ofLines(out, hints);
    }

    private static void addIfText(List<String> out, String s) {
        if (!s.isBlank()) out.add(s.strip());
    }

}
