package org.regatlas.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regatlas.TestIndex;
import org.regatlas.search.SearchPage;
import org.regatlas.search.SearchQuery;

/** The search JSON written from a kept body is byte for byte what serializing the whole answer gives. */
class SearchJsonTest {
    private static byte[] whole(SearchPage p, int page, int size) throws Exception {
        return Json.mapper().writeValueAsBytes(WireSearch.of(p, page, size));
    }

    @Test
    void writtenJsonIsTheWireSearchSerialization() throws Exception {
        SearchJson json = new SearchJson(16);
        for (String q : List.of("洗脱期", "long-term follow-up jurisdiction:US", "\"bridging therapy\"", "no-such-word-xyz", "")) {
            SearchPage p = TestIndex.search().search(new SearchQuery(q, Map.of(), 1, 5, SearchQuery.Sort.RELEVANCE));
            assertArrayEquals(whole(p, 1, 5), json.write(p, 1, 5), q);
        }
        SearchPage beyond = TestIndex.search().search(new SearchQuery("洗脱期", Map.of(), 3, 10, SearchQuery.Sort.RELEVANCE));
        assertArrayEquals(whole(beyond, 3, 10), json.write(beyond, 3, 10), "a page past the last hit");
    }

    @Test
    void aRepeatedSearchReusesTheBodyWithItsOwnHead() throws Exception {
        SearchJson json = new SearchJson(16);
        SearchQuery q = new SearchQuery("长期随访", Map.of("strength", List.of("MUST", "SHOULD")), 2, 10, SearchQuery.Sort.RELEVANCE);
        SearchPage first = TestIndex.search().search(q);
        byte[] firstJson = json.write(first, 2, 10);
        SearchPage again = TestIndex.search().search(q);
        assertSame(first.hits(), again.hits(), "the result cache hands out the same hits");
        byte[] againJson = json.write(again, 2, 10);
        assertArrayEquals(whole(again, 2, 10), againJson);
        assertArrayEquals(whole(first, 2, 10), firstJson);
        if (first.tookMs() != again.tookMs()) assertNotEquals(new String(firstJson), new String(againJson));
    }
}
