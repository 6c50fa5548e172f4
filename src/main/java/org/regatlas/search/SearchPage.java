package org.regatlas.search;

import java.util.List;
import java.util.Map;

/**
 * One page of results with the total, the time taken and facet counts for the whole result set.
 *
 * @param totalExact whether {@code total} and the facet counts are exact; past {@link SearchQuery#MAX_WINDOW}
 *                   matches they are lower bounds, as the search skips documents that cannot make the page
 * @param understood what the search understood its query to ask beyond its words (sources named, intent)
 */
public record SearchPage(String query, long total, boolean totalExact, double tookMs, List<SearchHit> hits,
                         Map<String, Map<String, Integer>> facets, Understood understood) {
    public SearchPage {
        hits = List.copyOf(hits);
        facets = frozen(facets);
        java.util.Objects.requireNonNull(understood, "understood");
    }

    /** A page that understood nothing beyond its words. */
    public SearchPage(String query, long total, boolean totalExact, double tookMs, List<SearchHit> hits,
                      Map<String, Map<String, Integer>> facets) {
        this(query, total, totalExact, tookMs, hits, facets, Understood.NOTHING);
    }

    public List<String> ids() {
        return hits.stream().map(SearchHit::id).toList();
    }

    /**
     * {@code facets} in the order given (dimensions as {@link org.regatlas.index.Fields#FACETS} lists them, so the
     * JSON reads the same after a restart, which {@code Map.copyOf}'s order did not), unmodifiable; a map this has
     * frozen is kept as it is, so a page answered from the result cache shares its facets with the page cached.
     */
    private static Map<String, Map<String, Integer>> frozen(Map<String, Map<String, Integer>> facets) {
        return facets instanceof Frozen ? facets : new Frozen(facets);
    }

    /** An unmodifiable copy that keeps its order. */
    private static final class Frozen extends java.util.AbstractMap<String, Map<String, Integer>> {
        private final Map<String, Map<String, Integer>> values;

        Frozen(Map<String, Map<String, Integer>> facets) {
            this.values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
        }

        @Override
        public java.util.Set<Entry<String, Map<String, Integer>>> entrySet() {
            return values.entrySet();
        }

        @Override
        public Map<String, Integer> get(Object key) {
            return values.get(key);
        }
    }
}
