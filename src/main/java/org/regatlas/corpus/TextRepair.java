package org.regatlas.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Repairs text extracted from PDF: lines broken mid-sentence are rejoined into paragraphs, blank lines inserted
 * between every line are dropped, and spaces left at page breaks are removed. Every other character of the source
 * is kept, so a repaired sentence, whitespace removed, is exactly the source sentence whitespace removed.
 *
 * <p>A line ends a paragraph when it ends with sentence punctuation and either carries trailing whitespace (how
 * the extractor marks a paragraph end) or is clearly shorter than a full line. Numbered headings and bullets
 * always stand on their own line.
 */
public final class TextRepair {
    private TextRepair() {}

    private static final String BULLETS = "•●◆■▪·-*";

    /** Returns the repaired text: one paragraph or heading per line. */
    public static String repair(String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n').replace("\f", "\n").replace("\u00A0", " ");
        List<String> lines = Arrays.asList(text.split("\n", -1));
        boolean doubleSpaced = isDoubleSpaced(lines);
        int typical = typicalLineLength(lines);

        List<String> out = new ArrayList<>();
        StringBuilder para = new StringBuilder();
        String prevRaw = null;          // previous non-blank line as extracted, trailing whitespace kept
        boolean prevWasHeading = true;  // the start of the text counts as a paragraph boundary
        for (String line : lines) {
            if (line.isBlank()) {
                if (!doubleSpaced && para.length() > 0) {   // a real blank line separates paragraphs
                    flush(para, out);
                    prevWasHeading = true;
                    prevRaw = null;
                }
                continue;
            }
            String stripped = line.strip();
            boolean boundary = prevRaw == null || prevWasHeading || endsParagraph(prevRaw, typical)
                    || switchesToChinese(prevRaw, stripped);
            boolean heading = boundary && HeadingPatterns.match(stripped).isPresent();
            boolean bullet = BULLETS.indexOf(stripped.charAt(0)) >= 0 && stripped.length() > 1
                    && Character.isWhitespace(stripped.charAt(1)) || stripped.charAt(0) == '•';
            if (heading || bullet || boundary) {
                flush(para, out);
                para.append(stripped);
            } else {
                join(para, prevRaw, stripped);
            }
            if (heading) {
                flush(para, out);
            }
            prevWasHeading = heading;
            prevRaw = line;
        }
        flush(para, out);
        return String.join("\n", out);
    }

    /**
     * Appends a continuation line. Between Latin text a line break is a word boundary and becomes one space, except
     * after a hyphen ("B-" + "ALL", "Non-" + "Hodgkin" are one word broken by the PDF); Chinese joins directly.
     */
    private static void join(StringBuilder para, String prevRaw, String next) {
        if (para.length() > 0) {
            char last = para.charAt(para.length() - 1);
            boolean prevHadSpace = Character.isWhitespace(prevRaw.charAt(prevRaw.length() - 1));
            if (latin(last) && latin(next.charAt(0)) && (prevHadSpace || last != '-')) {
                para.append(' ');
            }
        }
        para.append(next);
    }

    private static boolean latin(char c) {
        return c < 0x2E80 && !Character.isWhitespace(c);
    }

    static boolean endsParagraph(String rawLine, int typical) {
        String s = rawLine.stripTrailing();
        if (s.isEmpty()) {
            return true;
        }
        char last = s.charAt(s.length() - 1);
        boolean terminal = "。！？；：!?;:.）)」”\"".indexOf(last) >= 0;
        if (!terminal) {
            return false;
        }
        boolean trailingSpace = s.length() < rawLine.length();
        boolean shortLine = s.strip().length() < typical * 0.7;
        // ASCII text wraps with a trailing space on every line, so only CJK paragraph ends trust the space.
        boolean cjkEnd = "。！？；：）」”".indexOf(last) >= 0;
        return (trailingSpace && cjkEnd) || shortLine;
    }

    /** An English paragraph (an abstract) ending with a full stop, followed by a line of Chinese. */
    private static boolean switchesToChinese(String prevRaw, String next) {
        String s = prevRaw.stripTrailing();
        return !s.isEmpty() && ".!?".indexOf(s.charAt(s.length() - 1)) >= 0
                && HeadingPatterns.isCjk(next.codePointAt(0));
    }

    private static void flush(StringBuilder para, List<String> out) {
        if (para.length() > 0) {
            out.add(para.toString().strip());
            para.setLength(0);
        }
    }

    /** True when (nearly) every text line is followed by a blank line: an extraction artefact, not paragraphs. */
    static boolean isDoubleSpaced(List<String> lines) {
        int text = 0;
        int followedByBlank = 0;
        for (int i = 0; i < lines.size() - 1; i++) {
            if (!lines.get(i).isBlank()) {
                text++;
                if (lines.get(i + 1).isBlank()) followedByBlank++;
            }
        }
        return text >= 4 && followedByBlank >= text * 0.8;
    }

    private static int typicalLineLength(List<String> lines) {
        int[] lengths = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.strip().length()).sorted().toArray();
        return lengths.length == 0 ? 0 : lengths[(int) (lengths.length * 0.75)];
    }
}
