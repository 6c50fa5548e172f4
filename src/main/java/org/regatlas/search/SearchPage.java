package org.regatlas.search;

import java.util.List;
import java.util.Map;

/**
 * One page of results with the total, the time taken and facet counts for the whole result set.
 *
 * @param totalExact whether {@code total} and the facet counts are exact; past {@link SearchQuery#MAX_WINDOW}
 *                   matches they are lower bounds, as the search skips documents that cannot make the page
 */
public record SearchPage(String query, long total, boolean totalExact, double tookMs, List<SearchHit> hits,
                         Map<String, Map<String, Integer>> facets) {
    public SearchPage {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    public List<String> ids() {
        return hits.stream().map(SearchHit::id).toList();
    }
}
