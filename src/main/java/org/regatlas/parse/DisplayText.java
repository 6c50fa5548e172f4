package org.regatlas.parse;

import org.regatlas.corpus.HeadingPatterns;

/**
 * The text a verbatim provision is shown with: the source sentence without the letter spacing PDF extraction puts
 * between Chinese characters ("T 细 胞 受 体" becomes "T 细胞受体"). Only whitespace between two Chinese characters
 * (ideographs or full-width punctuation) goes, which Chinese never writes; spaces around Latin words and numbers stay,
 * and so does a line break, which in a law sets each item (（一）, （二）) on its own line.
 * The sentence is otherwise unchanged, so it still equals its source once whitespace is removed (VerbatimIntegrityTest).
 */
public final class DisplayText {
    private DisplayText() {}

    /** {@code sentence} without the whitespace between two Chinese characters. */
    public static String of(String sentence) {
        StringBuilder sb = null;
        int n = sentence.length();
        int i = 0;
        while (i < n) {
            int c = sentence.codePointAt(i);
            if (!Character.isWhitespace(c) || i == 0) {
                if (sb != null) sb.appendCodePoint(c);
                i += Character.charCount(c);
                continue;
            }
            int end = i;
            while (end < n && Character.isWhitespace(sentence.charAt(end))) end++;
            boolean drop = end < n && chinese(sentence.codePointBefore(i)) && chinese(sentence.codePointAt(end))
                    && sentence.substring(i, end).indexOf('\n') < 0;
            if (drop && sb == null) sb = new StringBuilder(n).append(sentence, 0, i);
            if (!drop && sb != null) sb.append(sentence, i, end);
            i = end;
        }
        return sb == null ? sentence : sb.toString();
    }

    /** An ideograph, or CJK or full-width punctuation (，。、；：（）《》“”). */
    static boolean chinese(int c) {
        return HeadingPatterns.isCjk(c) || (c >= 0x3000 && c <= 0x303F && c != 0x3000) || (c >= 0xFF01 && c <= 0xFF5E)
                || c == '“' || c == '”' || c == '‘' || c == '’';
    }
}
