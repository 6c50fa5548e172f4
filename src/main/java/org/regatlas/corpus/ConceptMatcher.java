package org.regatlas.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regatlas.model.Span;

/**
 * Finds the concepts a text names — taxonomy topics and glossary entries — with where they stand, so a query names
 * each concept once and reaches it in whichever language a passage expresses it. Chinese names match across stray
 * spaces (PDF text splits 继发性 T 细胞肿瘤); English names match whole words, a plural allowed, abbreviations
 * case-sensitively. The index records the {@link #ids concepts of each provision}; a query's concepts are its
 * {@link #match longest non-overlapping names}.
 *
 * <p>Names are looked up in hash tables, position by position (Chinese by substring, English by word sequence),
 * not by a pattern per concept: indexing runs this over every provision. Immutable and thread-safe.
 */
public final class ConceptMatcher {
    /**
     * One vocabulary concept: its terms in both languages and, for taxonomy topics, the topic id.
     *
     * @param id the topic id, or {@code g:<n>} for the n-th glossary entry (the numbering the checklist uses too)
     */
    record Concept(String id, @Nullable String topicId, List<String> zh, List<String> en) {}

    /**
     * A concept found in a query: the span it covers, and the topics and concept ids named there.
     *
     * @param topics the taxonomy topics among the concepts
     * @param ids    the ids of every concept named by exactly this span
     */
    public record Match(int start, int end, String surface, List<String> topics, List<String> ids) {}

    /** One name found in a text. */
    private record Hit(int start, int end, Concept concept) {}

    /** A word of Latin script (or digits) with its offsets. */
    private record Word(String text, int start, int end) {}

    /** Chinese names with whitespace removed, as a character trie: a scan allocates nothing. */
    private final ZhTrie zhNames = new ZhTrie();
    /**
     * The trie's first level as a table by character: every position of a text starts there, and a binary search
     * among the two thousand first characters of the names was most of the time of matching a provision.
     */
    private final @Nullable ZhTrie[] zhFirst;
    /** English names as lower-cased words joined by one space. */
    private final Map<String, List<Concept>> enNames = new HashMap<>();
    /** Abbreviations as written, words joined by one space: CAR must not match "car". */
    private final Map<String, List<Concept>> abbreviations = new HashMap<>();
    /**
     * Every beginning of an English name (words lower-cased, and as written): a scan stops growing a candidate as
     * soon as no name begins with it, so a position costs a lookup or two, not one per length.
     */
    private final Set<String> enPrefixes = new java.util.HashSet<>();
    /** Whether an abbreviation reads the same in lower case (no capital to tell it by); none in the shipped vocabulary. */
    private boolean caselessAbbreviation;

    public ConceptMatcher(Taxonomy taxonomy, Glossary glossary) {
        for (Taxonomy.Topic t : taxonomy.topics()) {
            if (t.parent() == null) continue;   // group topics ("safety") are too broad to translate a query by
            List<String> zh = new ArrayList<>(t.synonymsZh().stream().filter(ConceptMatcher::cjk).toList());
            if (t.label().zh() != null && !zh.contains(t.label().zh())) zh.add(0, t.label().zh());
            List<String> en = new ArrayList<>(t.synonymsEn());
            en.addAll(t.synonymsZh().stream().filter(s -> !cjk(s)).toList());
            en.addAll(t.abbreviations());
            add(new Concept(t.id(), t.id(), List.copyOf(zh), List.copyOf(en)));
        }
        int g = 0;
        for (Glossary.Entry e : glossary.entries()) {
            add(new Concept("g:" + ++g, null, List.copyOf(e.zh()), List.copyOf(e.en())));
        }
        zhFirst = new ZhTrie[Character.MAX_VALUE + 1];
        for (int i = 0; i < zhNames.keys.length; i++) zhFirst[zhNames.keys[i]] = zhNames.children[i];
    }

    private void add(Concept c) {
        for (String z : c.zh()) {
            String squashed = squash(z);
            if (squashed.length() < 2) continue;
            zhNames.put(squashed, c);
        }
        for (String term : c.en()) {
            List<Word> words = words(term.strip());
            if (words.isEmpty()) continue;
            String s = term.strip();
            boolean abbreviation = s.length() <= 6 && s.equals(s.toUpperCase(Locale.ROOT)) && s.chars().anyMatch(Character::isLetter);
            String key = join(words, 0, words.size(), !abbreviation);
            put(abbreviation ? abbreviations : enNames, key, c);
            caselessAbbreviation |= abbreviation && key.equals(key.toLowerCase(Locale.ROOT));
            for (int i = 1; i <= words.size(); i++) enPrefixes.add(join(words, 0, i, !abbreviation));
        }
    }

    private static void put(Map<String, List<Concept>> names, String key, Concept c) {
        List<Concept> list = names.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!list.contains(c)) list.add(c);
    }

    /**
     * The ids of every concept {@code text} names anywhere, overlapping names included ("long-term follow-up" names
     * long-term follow-up and follow-up), once per occurrence, in text order.
     */
    public List<String> ids(String text) {
        return hits(text).stream().map(h -> h.concept().id()).toList();
    }

    /** A place where a text names a concept: its span and the concept's id. */
    public record Named(int start, int end, String id) {}

    /**
     * Every place {@code text} names a concept and which, in text order: one entry per concept named at a place.
     * Highlighting keeps this per shown provision and marks the places of each query's concepts.
     */
    public List<Named> named(String text) {
        return hits(text).stream().map(h -> new Named(h.start(), h.end(), h.concept().id())).toList();
    }

    /** Where {@code text} names a concept of this matcher, each place once, in text order (spans may overlap). */
    public List<Span> spans(String text) {
        Set<Span> out = new LinkedHashSet<>();
        for (Hit h : hits(text)) out.add(new Span(h.start(), h.end()));
        return List.copyOf(out);
    }

    /** The non-overlapping concept matches of {@code query}, in query order; longer names win. */
    public List<Match> match(String query) {
        List<Hit> raw = new ArrayList<>(hits(query));
        raw.sort(Comparator.comparingInt((Hit r) -> r.end() - r.start()).reversed().thenComparingInt(Hit::start));
        List<Match> chosen = new ArrayList<>();
        boolean[] taken = new boolean[query.length()];
        for (Hit r : raw) {
            int same = -1;
            for (int j = 0; j < chosen.size() && same < 0; j++) {
                if (chosen.get(j).start() == r.start() && chosen.get(j).end() == r.end()) same = j;
            }
            if (same >= 0) {
                chosen.set(same, merge(chosen.get(same), r.concept()));
                continue;
            }
            boolean free = true;
            for (int i = r.start(); i < r.end(); i++) free &= !taken[i];
            if (!free) continue;
            for (int i = r.start(); i < r.end(); i++) taken[i] = true;
            chosen.add(merge(new Match(r.start(), r.end(), query.substring(r.start(), r.end()), List.of(), List.of()),
                    r.concept()));
        }
        chosen.sort(Comparator.comparingInt(Match::start));
        return chosen;
    }

    /** Every name of every concept in {@code text}, by start. */
    private List<Hit> hits(String text) {
        List<Hit> out = new ArrayList<>();
        chineseHits(text, out);
        englishHits(text, out);
        out.sort(Comparator.comparingInt(Hit::start));
        return out;
    }

    /** Chinese names: every substring of the text with whitespace removed, mapped back to the text's offsets. */
    private void chineseHits(String text, List<Hit> out) {
        StringBuilder squashed = new StringBuilder(text.length());
        int[] origin = new int[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isWhitespace(ch)) continue;
            origin[squashed.length()] = i;
            squashed.append(ch);
        }
        int n = squashed.length();
        origin[n] = text.length();
        String s = squashed.toString();
        for (int i = 0; i < n; i++) {
            ZhTrie node = zhFirst[s.charAt(i)];
            // Names have two characters at least: the first level ends none.
            for (int len = 2; node != null && i + len <= n; len++) {
                node = node.child(s.charAt(i + len - 1));
                if (node == null) break;
                List<Concept> found = node.concepts;
                if (found == null) continue;
                // A name that begins or ends in Latin letters must not cut a word (B细胞 inside AB细胞).
                if (i > 0 && latin(s.charAt(i)) && latin(s.charAt(i - 1))) continue;
                if (i + len < n && latin(s.charAt(i + len - 1)) && latin(s.charAt(i + len))) continue;
                int end = origin[i + len - 1] + 1;
                for (Concept c : found) out.add(new Hit(origin[i], end, c));
            }
        }
    }

    /** English names: sequences of words, the last allowed a plural ending; abbreviations case-sensitive. */
    private void englishHits(String text, List<Hit> out) {
        if (enNames.isEmpty() && abbreviations.isEmpty()) return;
        List<Word> words = words(text);
        String[] lowered = new String[words.size()];
        for (int i = 0; i < lowered.length; i++) lowered[i] = words.get(i).text().toLowerCase(Locale.ROOT);
        StringBuilder lowerRun = new StringBuilder();
        StringBuilder writtenRun = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            lowerRun.setLength(0);
            writtenRun.setLength(0);
            for (int n = 1; i + n <= words.size(); n++) {
                int start = words.get(i).start();
                int end = words.get(i + n - 1).end();
                // The words from i, joined by one space: grown by a word per step rather than joined afresh.
                if (n > 1) {
                    lowerRun.append(' ');
                    writtenRun.append(' ');
                }
                lowerRun.append(lowered[i + n - 1]);
                writtenRun.append(words.get(i + n - 1).text());
                String lower = lowerRun.toString();
                String written = writtenRun.toString();
                for (String key : plurals(lower)) lookup(enNames, key, start, end, out);
                // An abbreviation has a capital letter, so words written in lower case name none.
                boolean capitals = caselessAbbreviation || !written.equals(lower);
                if (capitals) for (String key : plurals(written)) lookup(abbreviations, key, start, end, out);
                // A plural ends a name ("risk factors"), so only a name's own beginning can grow further.
                if (!enPrefixes.contains(lower) && !(capitals && enPrefixes.contains(written))) break;
            }
        }
    }

    /** A node of the Chinese names' trie: children by character (sorted for binary search), names ending here. */
    private static final class ZhTrie {
        private char[] keys = new char[0];
        private ZhTrie[] children = new ZhTrie[0];
        @Nullable List<Concept> concepts;

        void put(String name, Concept c) {
            ZhTrie node = this;
            for (int i = 0; i < name.length(); i++) node = node.childOrNew(name.charAt(i));
            if (node.concepts == null) node.concepts = new ArrayList<>(1);
            if (!node.concepts.contains(c)) node.concepts.add(c);
        }

        @Nullable ZhTrie child(char ch) {
            int at = java.util.Arrays.binarySearch(keys, ch);
            return at >= 0 ? children[at] : null;
        }

        private ZhTrie childOrNew(char ch) {
            int at = java.util.Arrays.binarySearch(keys, ch);
            if (at >= 0) return children[at];
            int insert = -at - 1;
            char[] k = new char[keys.length + 1];
            ZhTrie[] c = new ZhTrie[children.length + 1];
            System.arraycopy(keys, 0, k, 0, insert);
            System.arraycopy(children, 0, c, 0, insert);
            System.arraycopy(keys, insert, k, insert + 1, keys.length - insert);
            System.arraycopy(children, insert, c, insert + 1, children.length - insert);
            k[insert] = ch;
            c[insert] = new ZhTrie();
            keys = k;
            children = c;
            return c[insert];
        }
    }

    private static void lookup(Map<String, List<Concept>> names, String key, int start, int end, List<Hit> out) {
        List<Concept> found = names.get(key);
        if (found != null) for (Concept c : found) out.add(new Hit(start, end, c));
    }

    /** The key as written and without a plural ending ("therapies" is not handled; the glossary lists such forms). */
    private static List<String> plurals(String key) {
        List<String> out = new ArrayList<>(3);
        out.add(key);
        if (key.endsWith("es") && key.length() > 3) out.add(key.substring(0, key.length() - 2));
        if (key.endsWith("s") && key.length() > 2) out.add(key.substring(0, key.length() - 1));
        return out;
    }

    /** The runs of Latin letters and digits (Chinese characters end a word: CAR-T细胞 holds CAR and T). */
    private static List<Word> words(String text) {
        List<Word> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!latin(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && latin(text.charAt(i))) i++;
            out.add(new Word(text.substring(start, i), start, i));
        }
        return out;
    }

    private static String join(List<Word> words, int from, int to, boolean lower) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) sb.append(' ');
            sb.append(lower ? words.get(i).text().toLowerCase(Locale.ROOT) : words.get(i).text());
        }
        return sb.toString();
    }

    /** A letter or digit that is not a Chinese character. */
    private static boolean latin(char ch) {
        return Character.isLetterOrDigit(ch) && !HeadingPatterns.isCjk(ch);
    }

    private static String squash(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) sb.append(s.charAt(i));
        }
        return sb.toString();
    }

    private static Match merge(Match m, Concept c) {
        List<String> topics = new ArrayList<>(m.topics());
        if (c.topicId() != null && !topics.contains(c.topicId())) topics.add(c.topicId());
        List<String> ids = new ArrayList<>(m.ids());
        if (!ids.contains(c.id())) ids.add(c.id());
        return new Match(m.start(), m.end(), m.surface(), List.copyOf(topics), List.copyOf(ids));
    }

    static boolean cjk(String s) {
        return s.codePoints().anyMatch(HeadingPatterns::isCjk);
    }
}
