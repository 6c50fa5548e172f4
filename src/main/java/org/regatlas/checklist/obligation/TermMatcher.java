package org.regatlas.checklist.obligation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds many literal terms at once, with the taxonomy's matching rules: Latin terms as whole words (case-insensitive,
 * an English plural allowed; abbreviations case-sensitive), terms containing Chinese characters as substrings; plus a
 * few regular expressions. Candidates are looked up by the word (or the two characters) a match starts with, so the
 * cost grows with the text, not with the vocabulary (which holds well over a thousand concepts). Immutable and
 * thread-safe.
 */
final class TermMatcher {
    private record Term(String conceptId, String text, boolean caseSensitive) {}

    private record Expression(String conceptId, Pattern pattern, boolean chinese) {}

    private final Map<String, List<Term>> byFirstWord = new HashMap<>();
    private final Map<Integer, List<Term>> byFirstChars = new HashMap<>();
    private final java.util.BitSet firstChars = new java.util.BitSet(65536);
    private final List<Expression> expressions = new ArrayList<>();

    /** Adds a Latin term matched as whole words. */
    void word(String conceptId, String term, boolean caseSensitive) {
        String t = term.strip();
        if (t.isEmpty()) return;
        String first = firstWord(t, 0).toLowerCase(java.util.Locale.ROOT);
        if (first.isEmpty()) {
            substring(conceptId, t);
            return;
        }
        byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(new Term(conceptId, t, caseSensitive));
    }

    /** Adds a term matched anywhere (terms with Chinese characters; whitespace already removed). */
    void substring(String conceptId, String term) {
        String t = lower(term.replaceAll("\\s+", ""));
        if (t.isEmpty()) return;
        firstChars.set(t.charAt(0));
        byFirstChars.computeIfAbsent(key(t, 0), k -> new ArrayList<>()).add(new Term(conceptId, t, false));
    }

    /** Adds a regular expression for text in Chinese ({@code chinese}) or in Latin script. */
    void expression(String conceptId, Pattern pattern, boolean chinese) {
        expressions.add(new Expression(conceptId, pattern, chinese));
    }

    /** Every match in {@code text}. */
    List<ConceptVocabulary.Hit> find(String text) {
        List<ConceptVocabulary.Hit> out = terms(text);
        boolean hasCjk = text.codePoints().anyMatch(org.regatlas.corpus.HeadingPatterns::isCjk);
        boolean hasLatin = text.chars().anyMatch(ch -> ch < 128 && Character.isLetter(ch));
        for (Expression e : expressions) {
            if (e.chinese() ? !hasCjk : !hasLatin) continue;
            Matcher m = e.pattern().matcher(text);
            while (m.find()) if (m.end() > m.start()) out.add(new ConceptVocabulary.Hit(e.conceptId(), m.start(),
                    m.end()));
        }
        return out;
    }

    /** The matches of the literal terms in {@code text}, without the regular expressions' (which cost the most). */
    List<ConceptVocabulary.Hit> terms(String text) {
        List<ConceptVocabulary.Hit> out = new ArrayList<>();
        String lower = lower(text);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (isWordChar(c) && (i == 0 || !isWordChar(text.charAt(i - 1)))) {
                for (Term t : byFirstWord.getOrDefault(firstWord(lower, i), List.of())) {
                    int end = wordMatch(text, lower, i, t);
                    if (end > 0) out.add(new ConceptVocabulary.Hit(t.conceptId(), i, end));
                }
            }
            if (firstChars.get(lower.charAt(i))) {
                substrings(byFirstChars.get(key(lower, i)), lower, i, out);
                if (i + 1 < n) substrings(byFirstChars.get((int) lower.charAt(i) << 16), lower, i, out);
            }
        }
        return out;
    }

    /** The first two characters at {@code i} packed in an int (one character: the second is 0). */
    private static int key(String s, int i) {
        return (s.charAt(i) << 16) | (i + 1 < s.length() ? s.charAt(i + 1) : 0);
    }

    private static void substrings(List<Term> bucket, String lower, int i, List<ConceptVocabulary.Hit> out) {
        if (bucket == null) return;
        for (Term t : bucket) {
            if (lower.startsWith(t.text(), i)) out.add(new ConceptVocabulary.Hit(t.conceptId(), i, i
                    + t.text().length()));
        }
    }

    /** End of the match of {@code t} at {@code i} (an English plural allowed), or -1. */
    private static int wordMatch(String text, String lower, int i, Term t) {
        String term = t.caseSensitive() ? t.text() : lower(t.text());
        String hay = t.caseSensitive() ? text : lower;
        if (!hay.startsWith(term, i)) return -1;
        int end = i + term.length();
        for (String suffix : new String[] {"", "s", "es"}) {
            int e = end + suffix.length();
            if (e <= hay.length() && hay.startsWith(suffix, end) && (e == hay.length()
                    || !isWordChar(hay.charAt(e)))) return e;
        }
        return -1;
    }

    private static String firstWord(String s, int from) {
        int i = from;
        while (i < s.length() && isWordChar(s.charAt(i))) i++;
        return s.substring(from, i);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) && !org.regatlas.corpus.HeadingPatterns.isCjk(c);
    }

    /** ASCII-only lower case, so offsets stay those of the original text. */
    static String lower(String s) {
        char[] out = s.toCharArray();
        for (int i = 0; i < out.length; i++) if (out[i] >= 'A' && out[i] <= 'Z') out[i] = (char) (out[i] + 32);
        return new String(out);
    }
}
