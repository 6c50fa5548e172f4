package org.regatlas.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regatlas.TestIndex;
import org.regatlas.search.SearchHit;
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
        assertSame(first.facets(), again.facets(), "and the same facets, so the kept body is written");
        byte[] againJson = json.write(again, 2, 10);
        assertArrayEquals(whole(again, 2, 10), againJson);
        assertArrayEquals(whole(first, 2, 10), firstJson);
        if (first.tookMs() != again.tookMs()) assertNotEquals(new String(firstJson), new String(againJson));
    }

    @Test
    void aProvisionShownAgainWithAnotherHighlightAndScoreIsWrittenWithThem() throws Exception {
        SearchHit hit = new SearchHit("doc:1:1", "doc", "A \"quoted\" title", "US", "FDA", null, List.of(),
                "Text with \\ backslash, \"quotes\", a tab\t and 中文 <b>", "", "MUST", List.of("ltfu", "icans"),
                "verbatim", null, "final", 0f);
        SearchHit other = new SearchHit("doc:1:2", "doc", "Title", "CN", "NMPA", "2.1", List.of("二、 设计", "(一) 剂量"),
                "第二句。", "", "INFO", List.of(), "digest", "2024-12-01", "final", 0f);
        SearchHit translated = new SearchHit("doc:2:1", "doc2", "Official", "EU", "EMA", "7.1", List.of("7.1 Dose"),
                "The starting dose should be justified.", "", "SHOULD", List.of(), "verbatim", null, "final", 0f,
                List.of("zh"), null, null, null, "建议说明起始剂量的依据。", null);
        SearchJson json = new SearchJson(16);
        for (float score : new float[] {12.5f, 3.25f, 0f}) {
            SearchPage p = new SearchPage("q", 3, true, 0.4, List.of(
                    hit.with("Text with <mark>" + score + "</mark>", score), other.with("第二句。", score / 2),
                    translated.with("The starting dose", null, "<mark>起始剂量</mark>" + score, score / 3)),
                    Map.of("jurisdiction", Map.of("US", 1, "CN", 1)));
            byte[] written = json.write(p, 1, 10);
            assertArrayEquals(whole(p, 1, 10), written, "score " + score);
            assertTrue(new String(written, java.nio.charset.StandardCharsets.UTF_8).contains("<mark>" + score + "</mark>"));
        }
    }
}
