package org.regatlas.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.regatlas.model.Span;

/**
 * Splits a paragraph of an English official text into sentences, kept apart from the Chinese rules of
 * {@link SentenceSplitter}. A sentence ends at . ! or ? followed (after closing quotes, brackets and footnote
 * superscripts such as ³) by a space and a capital, digit or opening bracket, except: after abbreviations ("e.g.",
 * "i.e.", "U.S.", "et al.", "Ref.", "No.", "approx."), after a single capital (an initial), after the number that
 * opens a list item ("1. Anaphylaxis", "a. A description..."); never inside a number or citation ("3.2",
 * "21 CFR 312.23(a)(8)"), since no space follows those points.
 */
public final class EnglishSentenceSplitter {
    private EnglishSentenceSplitter() {}

    private static final String CLOSERS = ")]}\"'’”⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "u.s", "u.k", "e.u", "vs", "etc", "al",
            "ref", "refs", "fig", "figs", "no", "nos", "approx", "ca", "cf", "dr", "mr", "mrs", "ms", "prof", "sec",
            "sect", "vol", "p", "pp", "eq", "inc", "ltd", "co", "corp", "st", "viz", "resp", "incl", "art", "para",
            "paras", "appx", "tab", "ch", "chap", "ed", "eds", "rev", "suppl", "op", "jan", "feb", "mar", "apr",
            "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "min", "max", "i.v", "s.c", "i.m", "p.o",
            "b.i.d", "t.i.d", "q.d", "ph", "mol", "wt", "jr", "sr", "govt", "dept", "div");
    /**
     * A lower-case label opening the next list item ("... should be available. f. Information to support ..."): the
     * sentence before ends, and the label goes with the item it opens, not on the end of that sentence.
     */
    private static final Pattern NEXT_LABEL = Pattern.compile("(?:[a-z]|[ivx]{2,4})[.)]\\s+[A-Z]");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*\\(?(?:\\d{1,2}|[a-zA-Z]|[ivxIVX]{1,5})[.)]$");

    /**
     * A sentence and the number of provision ordinals it takes: more than one when it was once cut in pieces at a
     * point the rules now read as inside it, so the ids of the sentences after it stay what they were.
     */
    public record Sentence(Span span, int ordinals) {}

    /**
     * A citation's abbreviation before its section number ("21 U.S.C. 374(a)", "40 C.F.R. 1508.4", "88 Fed. Reg.
     * 1234"): the point is inside the citation. Told apart from an ordinary abbreviation because the rule came after
     * ids were published: a sentence it joins keeps the ordinal of its second piece (see {@link #sentences}).
     */
    private static final Pattern CITATION_ABBREVIATION = Pattern.compile("\\b(?:U\\.S\\.C|C\\.F\\.R|Fed\\. Reg|Stat)\\.$");

    /** Sentence spans within {@code text}, stripped of surrounding whitespace; together they cover all of it. */
    public static List<Span> split(String text) {
        return sentences(text).stream().map(Sentence::span).toList();
    }

    /** The sentences of {@code text}, each with the number of ordinals it takes (see {@link Sentence}). */
    public static List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        for (Span s : pieces(text)) {
            Sentence last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && CITATION_ABBREVIATION.matcher(text.substring(last.span().start(), last.span().end())).find()
                    && Character.isDigit(text.charAt(s.start()))) {
                out.set(out.size() - 1, new Sentence(new Span(last.span().start(), s.end()), last.ordinals() + 1));
            } else {
                out.add(new Sentence(s, 1));
            }
        }
        return out;
    }

    private static List<Span> pieces(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') continue;
            int stop = i + 1;
            while (stop < n && CLOSERS.indexOf(text.charAt(stop)) >= 0) stop++;
            if (!endsSentence(text, start, i, stop)) continue;
            add(text, start, stop, out);
            start = stop;
            i = stop - 1;
        }
        add(text, start, n, out);
        return merge(text, out);
    }

    private static boolean endsSentence(String text, int sentenceStart, int dot, int after) {
        if (after >= text.length()) return true;
        if (!Character.isWhitespace(text.charAt(after))) return false;   // 3.2, U.S.C., 312.23(a), URLs
        int j = after;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) j++;
        if (j >= text.length()) return true;
        int next = text.codePointAt(j);
        boolean label = NEXT_LABEL.matcher(text).region(j, text.length()).lookingAt();
        if (!(label || Character.isUpperCase(next) || Character.isDigit(next) || "“\"‘'([•".indexOf(next) >= 0)) {
            return false;
        }
        if (text.charAt(dot) != '.') return true;
        if (after > dot + 1) return true;   // a closing bracket or footnote after the point: "(see 3.2). The"
        String word = wordBefore(text, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return false;   // an initial: "K. Smith"
        if (ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))) return false;
        // the number or letter that opens a list item is not a sentence
        return !LIST_ITEM.matcher(text.substring(sentenceStart, dot + 1)).matches();
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

    /** A piece with no letter (a stray bracket or a lone number) joins the sentence before it. */
    private static List<Span> merge(String text, List<Span> spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            boolean letters = text.substring(s.start(), s.end()).codePoints().anyMatch(Character::isLetter);
            if (!letters && !out.isEmpty()) {
                Span prev = out.remove(out.size() - 1);
                out.add(new Span(prev.start(), s.end()));
            } else {
                out.add(s);
            }
        }
        return out;
    }
}
