package org.regatlas.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.regatlas.corpus.Taxonomy;
import org.regatlas.model.Strength;

/** Builds the side-by-side view of a topic across jurisdictions from the index. Thread-safe. */
public final class CompareService {
    public static final List<String> JURISDICTIONS = List.of("CN", "US", "EU", "INTL");
    private static final int PER_GROUP = 100;

    private final SearchBackend search;
    private final Taxonomy taxonomy;

    public CompareService(SearchBackend search, Taxonomy taxonomy) {
        this.search = search;
        this.taxonomy = taxonomy;
    }

    /**
     * Compares {@code topicId} across jurisdictions, optionally narrowed by the words of {@code query}.
     *
     * @throws InvalidQueryException for an unknown topic or a malformed query
     */
    public Comparison compare(String topicId, String query) {
        Taxonomy.Topic topic = taxonomy.topic(topicId).orElseThrow(() -> new InvalidQueryException(
                "Unknown topic '" + topicId + "' (see the taxonomy, e.g. ltfu, crs, bridging)"));
        List<Comparison.Group> groups = new ArrayList<>();
        List<String> leftOut = List.of();
        for (String jur : JURISDICTIONS) {
            SearchPage page = search.search(new SearchQuery(query, Map.of("topic", List.of(topicId), "jurisdiction", List.of(jur)),
                    1, PER_GROUP, SearchQuery.Sort.RELEVANCE));
            leftOut = page.understood().leftOut();
            List<SearchHit> hits = new ArrayList<>(page.hits());
            hits.sort(Comparator.comparing((SearchHit h) -> Strength.valueOf(h.strength()))
                    .thenComparing(h -> h.issued() == null ? "" : h.issued(), Comparator.reverseOrder())
                    .thenComparing(SearchHit::docId)
                    .thenComparing(h -> -h.score()));
            groups.add(new Comparison.Group(jur, page.total(), page.totalExact(), hits));
        }
        return new Comparison(topic.id(), topic.label(), query, groups, leftOut);
    }
}
