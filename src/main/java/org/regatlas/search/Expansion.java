package org.regatlas.search;

import java.util.List;

/**
 * What a query's words mean in the vocabulary: the taxonomy topics they name and the terms they translate to.
 *
 * @param topics  ids of taxonomy topics named in the query (label, synonym or abbreviation)
 * @param zhTerms Chinese terms to add (translations and synonyms the user did not type)
 * @param enTerms English terms to add
 */
public record Expansion(List<String> topics, List<String> zhTerms, List<String> enTerms) {
    public Expansion {
        topics = List.copyOf(topics);
        zhTerms = List.copyOf(zhTerms);
        enTerms = List.copyOf(enTerms);
    }

    public boolean isEmpty() {
        return topics.isEmpty() && zhTerms.isEmpty() && enTerms.isEmpty();
    }
}
