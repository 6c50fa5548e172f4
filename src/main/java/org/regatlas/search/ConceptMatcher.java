package org.regatlas.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.regatlas.corpus.Glossary;
import org.regatlas.corpus.HeadingPatterns;
import org.regatlas.corpus.Taxonomy;

/**
 * Finds the concepts a query names — taxonomy topics and glossary entries — with where they stand in the query,
 * so each concept can be scored once, in whichever language a passage expresses it. Longer names win over the
 * shorter ones inside them ("long-term follow-up" over "follow-up"); names of the same span merge. Chinese names
 * match across stray spaces; English names match whole words (plural allowed), abbreviations case-sensitively.
 * Thread-safe.
 */
final class ConceptMatcher {
    /** One vocabulary concept: its terms in both languages and, for taxonomy topics, the topic id. */
    record Concept(@Nullable String topicId, List<String> zh, List<String> en, Pattern pattern) {}

    /** A concept found in the query: the span it covers and every term of the concepts found there. */
    record Match(int start, int end, String surface, List<String> zh, List<String> en, List<String> topics) {}

    private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{N}+]+");

    private final List<Concept> concepts;
    /** Concepts by a cheap trigger (an English term's first word, a Chinese term's first two characters). */
    private final java.util.Map<String, List<Concept>> byTrigger = new java.util.HashMap<>();

    ConceptMatcher(Taxonomy taxonomy, Glossary glossary) {
        List<Concept> list = new ArrayList<>();
        for (Taxonomy.Topic t : taxonomy.topics()) {
            if (t.parent() == null) continue;   // group topics ("safety") are too broad to translate a query by
            List<String> zh = new ArrayList<>(t.synonymsZh().stream().filter(ConceptMatcher::cjk).toList());
            if (t.label().zh() != null && !zh.contains(t.label().zh())) zh.add(0, t.label().zh());
            List<String> en = new ArrayList<>(t.synonymsEn());
            en.addAll(t.synonymsZh().stream().filter(s -> !cjk(s)).toList());
            en.addAll(t.abbreviations());
            add(list, t.id(), zh, en);
        }
        for (Glossary.Entry e : glossary.entries()) {
            add(list, null, e.zh(), e.en());
        }
        this.concepts = List.copyOf(list);
        for (Concept c : concepts) {
            Set<String> triggers = new LinkedHashSet<>();
            for (String z : c.zh()) {
                String sq = z.replaceAll("\\s+", "");
                if (sq.length() >= 2) triggers.add(sq.substring(0, 2));
            }
            for (String e : c.en()) {
                for (String first : WORD_SPLIT.split(e.strip().toLowerCase(Locale.ROOT))) {
                    if (!first.isEmpty()) {
                        triggers.add(first);
                        break;
                    }
                }
            }
            for (String t : triggers) byTrigger.computeIfAbsent(t, k -> new ArrayList<>()).add(c);
        }
    }

    /**
     * The concepts that can match {@code query}: those with a trigger among its words (and their plural-less
     * forms) or its Chinese character pairs. Running a thousand patterns per query would dominate search time.
     */
    private List<Concept> candidates(String query) {
        Set<Concept> out = new LinkedHashSet<>();
        String squashed = query.replaceAll("\\s+", "");
        for (int i = 0; i + 2 <= squashed.length(); i++) {
            List<Concept> c = byTrigger.get(squashed.substring(i, i + 2));
            if (c != null) out.addAll(c);
        }
        for (String w : WORD_SPLIT.split(query.toLowerCase(Locale.ROOT))) {
            if (w.isEmpty()) continue;
            for (String form : List.of(w, w.endsWith("es") ? w.substring(0, w.length() - 2) : w,
                    w.endsWith("s") ? w.substring(0, w.length() - 1) : w)) {
                List<Concept> c = byTrigger.get(form);
                if (c != null) out.addAll(c);
            }
        }
        return List.copyOf(out);
    }

    private static void add(List<Concept> into, @Nullable String topic, List<String> zh, List<String> en) {
        List<String> alternatives = new ArrayList<>();
        for (String z : zh) {
            String squashed = z.replaceAll("\\s+", "");
            if (squashed.length() < 2) continue;
            StringBuilder re = new StringBuilder();
            squashed.codePoints().forEach(cp -> {
                if (re.length() > 0) re.append("\\s*");
                re.append(Pattern.quote(new String(Character.toChars(cp))));
            });
            alternatives.add(re.toString());
        }
        for (String term : en) {
            String s = term.strip();
            if (s.isEmpty()) continue;
            boolean abbreviation = s.length() <= 6 && s.equals(s.toUpperCase(Locale.ROOT)) && s.chars().anyMatch(Character::isLetter);
            String body = Pattern.quote(s).replace(" ", "\\E[\\s-]+\\Q");
            alternatives.add((abbreviation ? "" : "(?i:") + "(?<![\\p{L}\\p{N}])" + body + "(?:s|es)?(?![\\p{L}\\p{N}])"
                    + (abbreviation ? "" : ")"));
        }
        if (alternatives.isEmpty()) return;
        alternatives.sort(Comparator.comparingInt(String::length).reversed());   // longest alternative first
        into.add(new Concept(topic, List.copyOf(zh), List.copyOf(en), Pattern.compile(String.join("|", alternatives))));
    }

    /** The non-overlapping concept matches of {@code query}, in query order. */
    List<Match> match(String query) {
        record Raw(int start, int end, Concept concept) {}
        List<Raw> raw = new ArrayList<>();
        for (Concept c : candidates(query)) {
            Matcher m = c.pattern().matcher(query);
            while (m.find()) {
                if (m.end() > m.start()) raw.add(new Raw(m.start(), m.end(), c));
            }
        }
        raw.sort(Comparator.comparingInt((Raw r) -> r.end() - r.start()).reversed().thenComparingInt(Raw::start));
        List<Match> chosen = new ArrayList<>();
        boolean[] taken = new boolean[query.length()];
        for (Raw r : raw) {
            Match same = chosen.stream().filter(x -> x.start() == r.start() && x.end() == r.end()).findFirst().orElse(null);
            if (same != null) {
                chosen.set(chosen.indexOf(same), merge(same, r.concept()));
                continue;
            }
            boolean free = true;
            for (int i = r.start(); i < r.end(); i++) free &= !taken[i];
            if (!free) continue;
            for (int i = r.start(); i < r.end(); i++) taken[i] = true;
            chosen.add(merge(new Match(r.start(), r.end(), query.substring(r.start(), r.end()), List.of(), List.of(), List.of()),
                    r.concept()));
        }
        chosen.sort(Comparator.comparingInt(Match::start));
        return chosen;
    }

    private static Match merge(Match m, Concept c) {
        Set<String> zh = new LinkedHashSet<>(m.zh());
        zh.addAll(c.zh());
        Set<String> en = new LinkedHashSet<>(m.en());
        en.addAll(c.en());
        List<String> topics = new ArrayList<>(m.topics());
        if (c.topicId() != null && !topics.contains(c.topicId())) topics.add(c.topicId());
        return new Match(m.start(), m.end(), m.surface(), List.copyOf(zh), List.copyOf(en), topics);
    }

    static boolean cjk(String s) {
        return s.codePoints().anyMatch(HeadingPatterns::isCjk);
    }
}
