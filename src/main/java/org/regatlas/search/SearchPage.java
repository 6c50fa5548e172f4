package org.regatlas.search;

import java.util.List;
import java.util.Map;

/** One page of results with the total, the time taken and facet counts for the whole result set. */
public record SearchPage(String query, long total, double tookMs, List<SearchHit> hits,
                         Map<String, Map<String, Integer>> facets) {
    public SearchPage {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    public List<String> ids() {
        return hits.stream().map(SearchHit::id).toList();
    }
}
