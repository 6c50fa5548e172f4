package org.regatlas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regatlas.TestIndex;

/** Ranking, filters, facets and highlighting on the index of the shipped corpus. */
class SearchServiceTest {
    private static SearchPage search(String q, int n) {
        return TestIndex.search().search(SearchQuery.of(q, n));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        洗脱期                                      | cde-2024-cart-heme:二.（三）:3
        washout before lymphodepletion              | cde-2024-cart-heme:二.（三）:3
        独立评审委员会                              | cde-2024-cart-heme:二.（四）.3:9
        independent review committee                | cde-2024-cart-heme:二.（四）.3:9
        IRC                                         | cde-2024-cart-heme:二.（四）.3:9
        费城染色体阳性 TKI                          | cde-2024-cart-heme:二.（一）.2:7
        "对照组 SOC 选择"                           | cde-2024-cart-heme:二.（二）.2:3
        """)
    void rankingPutsTheProvisionThatAnswersFirst(String query, String expectedFirst) {
        assertEquals(expectedFirst, search(query, 5).hits().get(0).id());
    }

    @Test
    void chineseQueryFindsFdaDigestAndEnglishQueryFindsCdeText() {
        List<SearchHit> zh = search("长期随访 15年", 10).hits();
        assertTrue(zh.stream().anyMatch(h -> h.agency().equals("FDA") && h.topics().contains("ltfu") && h.provenance().equals("digest")),
                zh.stream().map(SearchHit::id).toList().toString());
        List<SearchHit> en = search("bridging therapy", 5).hits();
        assertTrue(en.stream().anyMatch(h -> h.docId().equals("cde-2024-cart-heme")));
    }

    /** A question asking how long or how often wants the sentence that gives the figure, not one naming the subject. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"CAR-T 长期随访 多少年", "重复给药毒性试验 给药期一般多长"})
    void aQuestionAskingForANumberFindsTheSentenceThatStatesOneFirst(String query) {
        SearchHit first = search(query, 5).hits().get(0);
        assertTrue(org.regatlas.index.Quantities.stated(first.text())
                || first.textEn() != null && org.regatlas.index.Quantities.stated(first.textEn()), first.id());
    }

    @Test
    void aGuidelineWhoseScopeLeavesOutTheProductAskedAboutFollowsThoseWrittenForIt() {
        // The EMA first-in-human guideline leaves ATMPs out of its scope: for a CAR-T question it applies by analogy.
        List<String> general = ids(search("staggered dosing in first-in-human trials", 5).hits());
        List<String> cart = ids(search("staggered dosing in first-in-human CAR T trials", 5).hits());
        List<String> named = ids(search("EMA staggered dosing first-in-human CAR T", 5).hits());
        assertTrue(general.stream().anyMatch(id -> id.startsWith("ema-2017-fih-rev1:")), general.toString());
        assertTrue(cart.stream().noneMatch(id -> id.startsWith("ema-2017-fih-rev1:")), cart.toString());
        // naming the agency asks for its text whatever its scope
        assertTrue(named.subList(0, 3).stream().anyMatch(id -> id.startsWith("ema-2017-fih-rev1:")), named.toString());
    }

    private static List<String> ids(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::id).toList();
    }

    @Test
    void aReferenceListEntryIsFoundByItsOwnWordsButRanksBelowTheTextThatCitesIt() {
        // Only the immunogenicity guidance's reference list names this article: asked for, it is found first.
        List<SearchHit> asked = search("Eprex uncoated rubber stopper syringes", 10).hits();
        assertEquals("fda-2014-immunogenicity:references:10", asked.get(0).id(),
                asked.stream().map(SearchHit::id).toList().toString());
        // Asked about the case both share, the guidance's own sentence on it comes before the bibliography lines.
        List<SearchHit> topic = search("antibody-mediated pure red cell aplasia", 10).hits();
        int body = -1;
        int entry = -1;
        for (int i = 0; i < topic.size(); i++) {
            String id = topic.get(i).id();
            if (id.contains(":references:") && entry < 0) entry = i;
            if (!id.contains(":references:") && body < 0) body = i;
        }
        assertEquals(0, body, topic.stream().map(SearchHit::id).toList().toString());
        assertTrue(entry < 0 || entry > 2, topic.stream().map(SearchHit::id).toList().toString());
    }

    @Test
    void filtersNarrowTheResults() {
        SearchQuery q = new SearchQuery("long-term follow-up", Map.of("jurisdiction", List.of("US"), "strength",
                List.of("SHOULD")), 1, 20, SearchQuery.Sort.RELEVANCE);
        SearchPage page = TestIndex.search().search(q);
        assertFalse(page.hits().isEmpty());
        assertTrue(page.hits().stream().allMatch(h -> h.jurisdiction().equals("US") && h.strength().equals("SHOULD")));
        SearchPage inline = search("long-term follow-up jurisdiction:US strength:SHOULD", 20);
        assertEquals(page.total(), inline.total());
        SearchPage docOnly = search("doc:cde-2024-cart-heme 桥接治疗", 50);
        assertTrue(docOnly.hits().stream().allMatch(h -> h.docId().equals("cde-2024-cart-heme")));
    }

    @Test
    void refusedSearchesGiveBackTheirTurnAndConcurrentOnesAllFinish() throws Exception {
        // Searches take turns, one per core; a search refused inside its turn must give the turn back, or the
        // searches after it wait for ever.
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(30), () -> {
            for (int i = 0; i < 20; i++) {
                assertThrows(InvalidQueryException.class, () -> TestIndex.search().search(new SearchQuery(
                        "细胞 strength:NEVER", Map.of(), 1, 10, SearchQuery.Sort.RELEVANCE)));
            }
            var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
            try {
                List<java.util.concurrent.Future<Long>> all = new java.util.ArrayList<>();
                for (int i = 0; i < 64; i++) {
                    String q = i % 2 == 0 ? "长期随访 " + i : "cytokine release syndrome " + i;
                    all.add(pool.submit(() -> TestIndex.search().search(new SearchQuery(q, Map.of(), 1, 10,
                            SearchQuery.Sort.RELEVANCE)).total()));
                }
                for (var f : all) assertTrue(f.get() > 0);
            } finally {
                pool.shutdownNow();
            }
        });
    }

    @Test
    void filtersOnlyNarrowAndTheWordsStillHaveToMatch() {
        long all = search("长期随访", 100).total();
        long us = TestIndex.search().search(new SearchQuery("长期随访", Map.of("jurisdiction", List.of("US")), 1, 10,
                SearchQuery.Sort.RELEVANCE)).total();
        long inline = search("长期随访 jurisdiction:CN", 10).total();
        assertTrue(us < all && inline < all && inline > 0, all + " / " + us + " / " + inline);
        long group = search("(长期随访)", 10).total();
        long groupCn = search("(长期随访 jurisdiction:CN)", 10).total();
        assertTrue(groupCn < group && groupCn > 0, group + " / " + groupCn);
    }

    @Test
    void facetCountsDescribeTheWholeResultSet() {
        SearchPage page = search("细胞因子释放综合征", 10);
        Map<String, Integer> jur = page.facets().get("jurisdiction");
        assertEquals(page.total(), jur.values().stream().mapToLong(Integer::intValue).sum());
        int strengths = page.facets().get("strength").values().stream().mapToInt(Integer::intValue).sum();
        assertEquals(page.total(), strengths);
        assertTrue(page.facets().get("docId").containsKey("cde-2024-cart-heme"));
        assertTrue(page.facets().keySet().containsAll(List.of("jurisdiction", "agency", "docId", "topic", "strength", "status")));
    }

    @Test
    void facetDimensionsComeInOneOrderEveryTime() {
        // The JSON lists them in this order after every restart (a Map.copyOf's order changed from one JVM to the next).
        assertEquals(List.of("jurisdiction", "agency", "docId", "topic", "strength", "status", "provenance", "year"),
                List.copyOf(search("细胞因子释放综合征", 10).facets().keySet()));
    }

    @Test
    void highlightMarksChineseMatchesAtTheRightCharacters() {
        SearchHit hit = search("洗脱期", 1).hits().get(0);
        assertTrue(hit.highlight().contains("<mark>洗脱期</mark>"), hit.highlight());
        assertEquals(hit.text(), hit.highlight().replace("<mark>", "").replace("</mark>", ""));
    }

    @Test
    void englishQueryHighlightsTheChineseNameOfItsConcept() {
        // The CDE sentence (EMA's official English text on washout ranks first since it was indexed).
        SearchHit hit = search("washout doc:cde-2024-cart-heme", 1).hits().get(0);
        assertTrue(hit.highlight().contains("<mark>洗脱期</mark>"), hit.highlight());
        assertEquals(hit.text(), hit.highlight().replace("<mark>", "").replace("</mark>", ""));
    }

    @Test
    void aChineseHitCarriesItsTranslationMarkedByTheQuerysEnglishStems() {
        SearchHit hit = search("washout periods doc:cde-2024-cart-heme", 1).hits().get(0);
        assertEquals("cde-2024-cart-heme:二.（三）:3", hit.id());
        assertEquals(List.of("en"), hit.translated());
        assertTrue(hit.highlightEn().contains("<mark>washout period</mark>"), hit.highlightEn());
        SearchHit stems = search("reassessing washout doc:cde-2024-cart-heme", 1).hits().get(0);
        assertTrue(stems.highlightEn().contains("<mark>reassess</mark>"), stems.highlightEn());
        assertEquals(Html.escape(hit.textEn()), hit.highlightEn().replace("<mark>", "").replace("</mark>", ""));
    }

    @Test
    void englishHitsHaveNoEnglishTranslationAndOfficialOnesTheTeamsChinese() {
        for (SearchHit h : search("long-term follow-up 15 years first-in-human starting dose", 30).hits()) {
            if (h.docId().startsWith("cde-") || h.docId().startsWith("review-")) continue;
            assertTrue(h.textEn() == null && h.highlightEn() == null, h.id());
            if (h.provenance().equals("verbatim")) {
                assertTrue(h.translated().equals(List.of("zh")) && h.textZh() != null, h.id());
            } else {
                assertTrue(h.translated().isEmpty() && h.textZh() == null && h.highlightZh() == null, h.id());
            }
        }
    }

    @Test
    void aChineseQueryFindsAnEnglishOfficialSentenceByTheTeamsChineseAndMarksIt() {
        SearchHit hit = search("哨兵给药 doc:ema-2017-fih-rev1", 1).hits().get(0);
        assertEquals("ema-2017-fih-rev1:8.2.6:1", hit.id());
        assertEquals(List.of("zh"), hit.translated());
        assertTrue(hit.text().startsWith("It is considered appropriate"), "the official English is the text shown");
        assertTrue(hit.highlightZh().contains("<mark>哨兵给药</mark>"), hit.highlightZh());
        assertEquals(Html.escape(hit.textZh()), hit.highlightZh().replace("<mark>", "").replace("</mark>", ""));
        assertNull(hit.highlightEn());
    }

    @Test
    void excludedWordsRemoveHits() {
        SearchPage with = search("桥接治疗", 50);
        SearchPage without = search("桥接治疗 -洗脱期", 50);
        assertTrue(with.ids().contains("cde-2024-cart-heme:二.（三）:3"));
        assertFalse(without.ids().contains("cde-2024-cart-heme:二.（三）:3"));
    }

    @Test
    void paginationAndTieBreaksAreStable() {
        SearchPage first = TestIndex.search().search(new SearchQuery("CAR-T", Map.of(), 1, 5, SearchQuery.Sort.RELEVANCE));
        SearchPage second = TestIndex.search().search(new SearchQuery("CAR-T", Map.of(), 2, 5, SearchQuery.Sort.RELEVANCE));
        SearchPage both = TestIndex.search().search(new SearchQuery("CAR-T", Map.of(), 1, 10, SearchQuery.Sort.RELEVANCE));
        List<String> joined = new java.util.ArrayList<>(first.ids());
        joined.addAll(second.ids());
        assertEquals(both.ids(), joined);
    }

    @Test
    void sortByDateBringsTheNewestDocumentsFirst() {
        SearchPage page = TestIndex.search().search(new SearchQuery("follow-up", Map.of(), 1, 50, SearchQuery.Sort.DATE));
        List<String> issued = page.hits().stream()
                .map(h -> org.regatlas.TestCorpus.parsed().document(h.docId()).orElseThrow().meta().issued())
                .map(d -> d == null ? "0000" : d).toList();
        List<String> sorted = new java.util.ArrayList<>(issued);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, issued);
        assertTrue(issued.get(0).compareTo("2024") > 0);
    }

    @Test
    void unknownFilterValuesAreRejected() {
        var e = assertThrows(InvalidQueryException.class, () -> search("CRS jurisdiction:MARS", 5));
        assertTrue(e.getMessage().contains("'MARS'") && e.getMessage().contains("jurisdiction"), e.getMessage());
        assertThrows(InvalidQueryException.class, () -> search("doc:no-such-doc", 5));
        assertThrows(InvalidQueryException.class, () -> search("topic:not-a-topic", 5));
    }

    @Test
    void emptyQueryWithFiltersBrowses() {
        SearchPage page = search("doc:cde-2024-cart-heme strength:MUST", 100);
        assertTrue(page.total() > 5);
        assertTrue(page.hits().stream().allMatch(h -> h.strength().equals("MUST")));
    }

    /** About 780 characters of the CDE guideline's own text, as a user pastes it (the query limit is 1,000). */
    private static String pastedGuideline() throws java.io.IOException {
        String text = java.nio.file.Files.readString(java.nio.file.Path.of("corpus/documents/cde-2024-cart-heme/guideline.txt"));
        int at = text.indexOf("受试者在等待");
        return text.substring(at, at + 1200).replaceAll("\\s+", "").substring(0, 780);
    }

    @Test
    void aPastedPassageIsSearchedByItsMostInformativeWordsAndSaysWhichItLeftOut() throws Exception {
        SearchPage page = search(pastedGuideline() + " tocilizumab", 10);
        assertEquals("cde-2024-cart-heme", page.hits().get(0).docId(), page.hits().get(0).id());
        assertFalse(page.understood().leftOut().isEmpty());
        assertFalse(page.understood().leftOut().contains("tocilizumab"), "a rare word is kept");
        // What is left out are pieces of the pasted text, never words the user did not type.
        for (String w : page.understood().leftOut()) assertTrue(pastedGuideline().contains(w), w);
    }

    @Test
    void aWordRepeatedPastTheClauseLimitCountsOnce() {
        SearchPage page = search("car ".repeat(210).strip(), 10);
        assertFalse(page.hits().isEmpty());
        assertTrue(page.understood().leftOut().isEmpty(), page.understood().toString());
    }

    @Test
    void queriesOfOrdinaryLengthLeaveNothingOut() {
        for (String q : List.of("长期随访 15年", "washout before lymphodepletion", "CRS grading ASTCT FDA")) {
            assertTrue(search(q, 10).understood().leftOut().isEmpty(), q);
        }
    }
}
