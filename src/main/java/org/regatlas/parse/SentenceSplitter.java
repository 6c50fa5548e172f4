package org.regatlas.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.regatlas.model.Span;

/**
 * Splits a paragraph into sentences. Chinese ends a sentence at 。！？； (DESIGN.md: one provision per sentence;
 * ； separates independent clauses in guideline text), except where a piece could not stand alone, and splits a
 * sentence holding a SHOULD and a MUST at the clause ({@link ChineseSentences}). English ends at . ! ? followed by a space and a capital,
 * digit or CJK character, except after abbreviations (e.g., i.e., vs., Ref. 1, Fig. 2, No., et al.) and initials;
 * decimals never split because no space follows their point.
 */
public final class SentenceSplitter {
    private SentenceSplitter() {}

    private static final String CJK_TERMINALS = "。！？；";
    private static final String CLOSERS = "）)」』”\"’'】]";
    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "vs", "etc", "ref", "refs", "fig", "figs",
            "no", "nos", "al", "approx", "ca", "cf", "dr", "mr", "mrs", "ms", "prof", "sec", "sect", "vol", "p", "pp",
            "eq", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "e.u",
            "inc", "ltd", "co", "corp", "st", "viz", "resp", "incl", "max", "min", "e.g.,", "i.e.,", "art", "para",
            "appx", "tab", "ch", "chap", "ed", "eds", "rev", "suppl", "op");

    /** Sentence spans within {@code text}, stripped of surrounding whitespace; together they cover all of it. */
    public static List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean end = CJK_TERMINALS.indexOf(c) >= 0 || ((c == '!' || c == '?') && followedBySpace(text, i))
                    || (c == '.' && englishSentenceEnd(text, i));
            if (!end) {
                continue;
            }
            int stop = i + 1;
            while (stop < n && CLOSERS.indexOf(text.charAt(stop)) >= 0) stop++;
            add(text, start, stop, out);
            start = stop;
            i = stop - 1;
        }
        add(text, start, n, out);
        return ChineseSentences.refine(text, mergeFragments(text, out));
    }

    private static boolean followedBySpace(String text, int i) {
        return i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
    }

    private static boolean englishSentenceEnd(String text, int i) {
        int j = i + 1;
        while (j < text.length() && CLOSERS.indexOf(text.charAt(j)) >= 0) j++;
        if (j >= text.length()) {
            return true;
        }
        if (isCjk(text.codePointAt(j))) {
            return true;    // "…therapy.嵌合抗原受体": an English sentence followed directly by Chinese text
        }
        if (!Character.isWhitespace(text.charAt(j))) {
            return false;   // decimals (1.5), dotted abbreviations (U.S.), URLs
        }
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) j++;
        if (j >= text.length()) {
            return true;
        }
        int next = text.codePointAt(j);
        if (!(Character.isUpperCase(next) || Character.isDigit(next) || isCjk(next) || "“\"(（[".indexOf(next) >= 0)) {
            return false;
        }
        String word = wordBefore(text, i);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false;   // an initial: "J. Smith", "Appendix A. Table"
        }
        if (ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
            // "Ref. 1", "Fig. 2", "No. 5": the abbreviation binds to the following number or name.
            return false;
        }
        return true;
    }

    private static String wordBefore(String text, int dot) {
        int k = dot;
        while (k > 0 && (Character.isLetter(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) k--;
        return text.substring(k, dot);
    }

    private static void add(String text, int start, int end, List<Span> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end > start) out.add(new Span(start, end));
    }

    /** A piece with no letter or digit (a stray bracket) joins the sentence before it. */
    private static List<Span> mergeFragments(String text, List<Span> spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            boolean meaningful = text.substring(s.start(), s.end()).codePoints().anyMatch(Character::isLetterOrDigit);
            if (!meaningful && !out.isEmpty()) {
                Span prev = out.remove(out.size() - 1);
                out.add(new Span(prev.start(), s.end()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    static boolean isCjk(int c) {
        return org.regatlas.corpus.HeadingPatterns.isCjk(c);
    }
}
