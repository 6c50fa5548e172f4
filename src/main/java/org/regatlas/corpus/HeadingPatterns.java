package org.regatlas.corpus;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises numbered headings in Chinese and English documents. Chinese guidelines number 一、 （一） 1. （1） ①;
 * FDA guidances I. / A. / 1. / a.; articles and protocols 1 / 1.1 / 1.1.1. A line is a heading only when it is
 * short and does not end like a sentence, so numbered list items with full sentences stay body text.
 */
public final class HeadingPatterns {
    private HeadingPatterns() {}

    /** Numbering styles; decimal numbering also carries its depth. */
    public enum Style { CN_CHAPTER, CN_SECTION, DECIMAL, CN_PAREN_ARABIC, CIRCLED, ROMAN, UPPER_ALPHA, LOWER_ALPHA }

    /**
     * A recognised heading.
     *
     * @param number the numbering as printed without punctuation: {@code 二}, {@code 四}, {@code 1.2}, {@code IV}
     * @param depth  1 except for decimal numbering, where it counts the components
     */
    public record Match(Style style, String number, int depth, String title) {
        /** The label used in section paths: {@code 二}, {@code （四）}, {@code 2}, {@code （1）}, {@code ①}. */
        public String label() {
            return switch (style) {
                case CN_SECTION, CN_PAREN_ARABIC -> "（" + number + "）";
                case DECIMAL -> number.substring(number.lastIndexOf('.') + 1);
                default -> number;
            };
        }

        /** The key that makes two headings siblings: same style, and for decimals the same depth. */
        public String levelKey() {
            return style == Style.DECIMAL ? "DECIMAL" + depth : style.name();
        }
    }

    private static final Pattern CN_CHAPTER = Pattern.compile("^([一二三四五六七八九十]{1,3})[、．.]\\s*(\\S.*)$");
    private static final Pattern CN_SECTION = Pattern.compile("^[（(]([一二三四五六七八九十]{1,3})[）)]\\s*(\\S.*)$");
    private static final Pattern DECIMAL = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,4})(?:[.．、](?!\\d)|\\s)\\s*(\\S.*)$");
    private static final Pattern CN_PAREN_ARABIC = Pattern.compile("^[（(](\\d{1,2})[）)]\\s*(\\S.*)$");
    private static final Pattern CIRCLED = Pattern.compile("^([\\u2460-\\u2473])\\s*(\\S.*)$");
    private static final Pattern ROMAN = Pattern.compile("^([IVX]{1,5})\\.\\s+(\\S.*)$");
    private static final Pattern UPPER_ALPHA = Pattern.compile("^([A-Z])\\.\\s+(\\S.*)$");
    private static final Pattern LOWER_ALPHA = Pattern.compile("^([a-z])[.)]\\s+(\\S.*)$");

    /** Longest heading accepted, in characters; longer numbered lines are list items or paragraphs. */
    static final int MAX_HEADING_CHARS = 90;
    private static final int MAX_CJK_HEADING_CHARS = 40;

    /** Recognises {@code line} (already stripped) as a numbered heading. */
    public static Optional<Match> match(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > MAX_HEADING_CHARS || endsLikeSentence(s)) {
            return Optional.empty();
        }
        Optional<Match> m = tryStyle(CN_CHAPTER, Style.CN_CHAPTER, s)
                .or(() -> tryStyle(CN_SECTION, Style.CN_SECTION, s))
                .or(() -> tryStyle(CN_PAREN_ARABIC, Style.CN_PAREN_ARABIC, s))
                .or(() -> tryStyle(CIRCLED, Style.CIRCLED, s))
                .or(() -> tryStyle(DECIMAL, Style.DECIMAL, s))
                .or(() -> tryStyle(ROMAN, Style.ROMAN, s))
                .or(() -> tryStyle(UPPER_ALPHA, Style.UPPER_ALPHA, s))
                .or(() -> tryStyle(LOWER_ALPHA, Style.LOWER_ALPHA, s));
        return m.filter(HeadingPatterns::plausibleTitle);
    }

    private static Optional<Match> tryStyle(Pattern p, Style style, String s) {
        Matcher m = p.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        String number = m.group(1);
        int depth = style == Style.DECIMAL ? number.split("\\.").length : 1;
        return Optional.of(new Match(style, number, depth, m.group(2).strip()));
    }

    private static boolean plausibleTitle(Match m) {
        String t = m.title();
        if (cjkCount(t) > 0 && t.length() > MAX_CJK_HEADING_CHARS) {
            return false;
        }
        // "3 年期间…" or "2 个周期…": a number followed by a measure word is a quantity, not a heading.
        if (m.style() == Style.DECIMAL && t.matches("^[年月日周天个例次级种线倍%].*")) {
            return false;
        }
        // Body sentences carry clause punctuation; headings rarely do.
        return !t.contains("，") && !t.contains("。") && t.codePoints().filter(c -> c == ',').count() < 2;
    }

    /** True when the line ends with sentence punctuation (so it is body text, not a heading). */
    public static boolean endsLikeSentence(String s) {
        char last = s.charAt(s.length() - 1);
        return "。；;！？!?，,：:".indexOf(last) >= 0 || (last == '.' && !s.matches(".*\\b[A-Za-z]\\.$")
                && !s.matches("^[IVX\\d.]+\\.$"));
    }

    static int cjkCount(String s) {
        return (int) s.codePoints().filter(HeadingPatterns::isCjk).count();
    }

    /** CJK ideographs (the ranges the guidelines use). */
    public static boolean isCjk(int c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF);
    }
}
