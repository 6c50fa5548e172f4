package org.regatlas.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds the headings in a guideline's body lines. With a table of contents, its entries are looked for in order
 * (the printed heading may run over up to four lines, and may go on past the entry, as "A. Cover Sheet (FDA
 * Form-1571) [21 CFR 312.23(a)(1)]:" does); an entry not found is reported. Without one, a heading is a bold or
 * larger line at the start of a paragraph that {@link HeadingPatterns} recognises, or a short bold line in capitals.
 */
final class LayoutHeadings {
    private LayoutHeadings() {}

    private static final int MAX_HEADING_LINES = 4;
    private static final int LOOKAHEAD = 4;
    private static final Pattern CAPS_TITLE = Pattern.compile("^[A-Z][A-Z ,&/()-]{3,60}:?$");

    /** A heading found: its first line index and how many lines it takes. */
    record Found(int line, int lines, String text) {}

    /** The headings of {@code lines} (blank lines included); {@code missing} receives TOC entries not found. */
    static List<Found> find(List<LayoutLine> lines, List<TocReader.Entry> toc, float bodySize, List<String> missing) {
        return toc.isEmpty() ? byLayout(lines, bodySize) : byToc(lines, toc, bodySize, missing);
    }

    private static List<Found> byToc(List<LayoutLine> lines, List<TocReader.Entry> toc, float bodySize,
                                     List<String> missing) {
        List<Found> out = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < lines.size() && next < toc.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            for (int j = next; j < Math.min(toc.size(), next + LOOKAHEAD); j++) {
                Found f = matchAt(lines, i, toc.get(j), bodySize);
                if (f != null) {
                    for (int s = next; s < j; s++) missing.add(toc.get(s).text());
                    out.add(f);
                    next = j + 1;
                    i += f.lines() - 1;
                    break;
                }
            }
        }
        for (int s = next; s < toc.size(); s++) missing.add(toc.get(s).text());
        return out;
    }

    private static Found matchAt(List<LayoutLine> lines, int i, TocReader.Entry entry, float bodySize) {
        String want = key(entry.text());
        boolean numbered = !key(numberOf(entry.text())).isEmpty();
        LayoutLine first = lines.get(i);
        boolean emphasised = first.bold() || first.size() > bodySize * 1.05f;
        if (numbered && !key(first.text()).startsWith(key(numberOf(entry.text())))) return null;
        if (!numbered && !emphasised) return null;
        StringBuilder text = new StringBuilder();
        int k = 0;
        for (int at = i; at < lines.size() && k < MAX_HEADING_LINES; at++) {
            LayoutLine l = lines.get(at);
            if (l.isBlank()) break;
            if (k > 0) text.append(' ');
            text.append(l.text());
            k++;
            String got = key(text.toString());
            if (got.equals(want)) return new Found(i, k, clean(text));
            if (!want.startsWith(got)) {
                if (numbered && emphasised && got.startsWith(want)) {
                    return extend(lines, i, k, text);
                }
                return null;
            }
        }
        return null;
    }

    /** A heading longer than its TOC entry takes the bold lines that follow it, until one ends it. */
    private static Found extend(List<LayoutLine> lines, int i, int k, StringBuilder text) {
        int at = i + k;
        while (k < MAX_HEADING_LINES && at < lines.size() && !lines.get(at).isBlank() && lines.get(at).bold()
                && !endsHeading(text.toString()) && HeadingPatterns.match(lines.get(at).text()).isEmpty()) {
            text.append(' ').append(lines.get(at).text());
            k++;
            at++;
        }
        return new Found(i, k, clean(text));
    }

    private static boolean endsHeading(String t) {
        String s = t.strip();
        return s.endsWith(":") || s.endsWith(".");
    }

    private static List<Found> byLayout(List<LayoutLine> lines, float bodySize) {
        List<Found> out = new ArrayList<>();
        boolean paragraphStart = true;
        for (int i = 0; i < lines.size(); i++) {
            LayoutLine l = lines.get(i);
            if (l.isBlank()) {
                paragraphStart = true;
                continue;
            }
            boolean emphasised = l.bold() || l.size() > bodySize * 1.1f;
            if (paragraphStart && emphasised) {
                String t = l.text();
                int k = 1;
                if (i + 1 < lines.size() && !lines.get(i + 1).isBlank() && lines.get(i + 1).bold() == l.bold()
                        && Math.abs(lines.get(i + 1).size() - l.size()) < 0.5f && !endsHeading(t)
                        && HeadingPatterns.match(lines.get(i + 1).text()).isEmpty()) {
                    t = t + " " + lines.get(i + 1).text();
                    k = 2;
                }
                if (HeadingPatterns.match(t).isPresent() || CAPS_TITLE.matcher(t).matches()) {
                    out.add(new Found(i, k, t));
                    i += k - 1;
                    paragraphStart = true;
                    continue;
                }
            }
            paragraphStart = false;
        }
        return out;
    }

    /** The numbering at the start of an entry ("IV.", "5.1.", "PART II:"), or empty. */
    static String numberOf(String entry) {
        var m = Pattern.compile("^(?:(?i:part)\\s+[IVX]+|[IVX]{1,5}\\.|[A-Za-z]\\.|\\d{1,2}(?:\\.\\d{1,2})*\\.?)(?=\\s|$)")
                .matcher(entry.strip());
        return m.find() ? m.group() : "";
    }

    /** Letters and digits only, lower case: how an entry and a heading are compared. */
    static String key(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c) && "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c) < 0) b.append(c);
        }
        return b.toString();
    }

    private static String clean(CharSequence t) {
        return t.toString().replaceAll("\\s+", " ").strip();
    }
}
