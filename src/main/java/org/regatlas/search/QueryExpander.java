package org.regatlas.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.regatlas.corpus.Glossary;
import org.regatlas.corpus.HeadingPatterns;
import org.regatlas.corpus.Taxonomy;
import org.regatlas.parse.TopicTagger;

/**
 * Cross-lingual expansion: finds the taxonomy topics and glossary concepts a query names (English words, Chinese
 * terms, abbreviations) and returns their terms in both languages, so "washout" reaches 洗脱期 and 独立评审委员会
 * reaches "independent review committee". The caller weights these below the user's own words. Thread-safe.
 */
public final class QueryExpander {
    private record Concept(List<String> en, List<String> zh, Pattern enPattern, List<String> zhSquashed) {}

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final TopicTagger tagger;
    private final Taxonomy taxonomy;
    private final List<Concept> glossary;

    public QueryExpander(Taxonomy taxonomy, Glossary glossary) {
        this.taxonomy = taxonomy;
        this.tagger = new TopicTagger(taxonomy);
        List<Concept> concepts = new ArrayList<>();
        for (Glossary.Entry e : glossary.entries()) {
            List<String> alternatives = new ArrayList<>();
            for (String en : e.en()) {
                String q = Pattern.quote(en.strip());
                boolean abbreviation = en.length() <= 5 && en.equals(en.toUpperCase(Locale.ROOT));
                alternatives.add((abbreviation ? "" : "(?i)") + "(?<![\\p{L}\\p{N}])" + q + "(?:s|es)?(?![\\p{L}\\p{N}])");
            }
            Pattern p = Pattern.compile(String.join("|", alternatives.stream().map(a -> "(?:" + a + ")").toList()));
            concepts.add(new Concept(e.en(), e.zh(), p,
                    e.zh().stream().map(z -> SPACES.matcher(z).replaceAll("")).toList()));
        }
        this.glossary = List.copyOf(concepts);
    }

    /** The expansion of {@code text} (the free-text part of a query). */
    public Expansion expand(String text) {
        String squashed = SPACES.matcher(text).replaceAll("");
        String lower = text.toLowerCase(Locale.ROOT);
        Set<String> zh = new LinkedHashSet<>();
        Set<String> en = new LinkedHashSet<>();
        List<String> topics = tagger.tag(text);
        for (String id : topics) {
            taxonomy.topic(id).ifPresent(t -> {
                addAll(zh, t.synonymsZh(), squashed, lower);
                addAll(en, t.synonymsEn(), squashed, lower);
                addAll(en, t.abbreviations(), squashed, lower);
                if (t.label().zh() != null) addAll(zh, List.of(t.label().zh()), squashed, lower);
            });
        }
        for (Concept c : glossary) {
            boolean hit = c.enPattern().matcher(text).find() || c.zhSquashed().stream().anyMatch(z -> z.length() >= 2 && squashed.contains(z));
            if (hit) {
                addAll(zh, c.zh(), squashed, lower);
                addAll(en, c.en(), squashed, lower);
            }
        }
        return new Expansion(topics, List.copyOf(zh), List.copyOf(en));
    }

    /** Adds the terms the user did not already type (they are scored at full weight already). */
    private static void addAll(Set<String> into, List<String> terms, String squashedQuery, String lowerQuery) {
        for (String t : terms) {
            boolean cjk = t.codePoints().anyMatch(HeadingPatterns::isCjk);
            boolean typed = cjk ? squashedQuery.contains(SPACES.matcher(t).replaceAll(""))
                    : lowerQuery.contains(t.toLowerCase(Locale.ROOT));
            if (!typed) into.add(t);
        }
    }
}
