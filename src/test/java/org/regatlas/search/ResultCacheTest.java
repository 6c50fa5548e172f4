package org.regatlas.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regatlas.TestIndex;

class ResultCacheTest {
    private static final Path GEN_A = Path.of("gen-a");
    private static final Path GEN_B = Path.of("gen-b");

    private static SearchPage page(String q) {
        return new SearchPage(q, 0, true, 1.0, List.of(), Map.of());
    }

    @Test
    void answersOnlyTheSameRequestOnTheSameGeneration() {
        ResultCache cache = new ResultCache(8);
        SearchQuery q = SearchQuery.of("洗脱期", 10);
        cache.put(GEN_A, q, page("洗脱期"));
        assertThat(cache.get(GEN_A, SearchQuery.of("洗脱期", 10))).isNotNull();
        assertThat(cache.get(GEN_B, q)).as("a rebuilt index").isNull();
        assertThat(cache.get(GEN_A, SearchQuery.of("洗脱期", 20))).as("another page size").isNull();
    }

    @Test
    void dropsTheLeastRecentlyUsedBeyondItsCapacity() {
        ResultCache cache = new ResultCache(2);
        SearchQuery a = SearchQuery.of("a", 10);
        SearchQuery b = SearchQuery.of("b", 10);
        SearchQuery c = SearchQuery.of("c", 10);
        cache.put(GEN_A, a, page("a"));
        cache.put(GEN_A, b, page("b"));
        cache.get(GEN_A, a);
        cache.put(GEN_A, c, page("c"));
        assertThat(cache.get(GEN_A, b)).isNull();
        assertThat(cache.get(GEN_A, a)).isNotNull();
        assertThat(cache.get(GEN_A, c)).isNotNull();
    }

    @Test
    void capacityZeroKeepsNothing() {
        ResultCache cache = new ResultCache(0);
        cache.put(GEN_A, SearchQuery.of("a", 10), page("a"));
        assertThat(cache.get(GEN_A, SearchQuery.of("a", 10))).isNull();
    }

    @Test
    void aRepeatedSearchGivesTheSameHitsAndItsOwnTime() {
        SearchQuery q = SearchQuery.of("bridging therapy washout", 5);
        SearchPage first = TestIndex.search().search(q);
        SearchPage second = TestIndex.search().search(q);
        assertThat(second.hits()).isEqualTo(first.hits());
        assertThat(second.facets()).isEqualTo(first.facets());
        assertThat(second.total()).isEqualTo(first.total());
    }
}
