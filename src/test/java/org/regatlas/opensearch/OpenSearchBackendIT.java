package org.regatlas.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.regatlas.TestCorpus;
import org.regatlas.TestIndex;
import org.regatlas.index.CorpusFingerprint;
import org.regatlas.search.CompareService;
import org.regatlas.search.Comparison;
import org.regatlas.search.Evaluation;
import org.regatlas.search.InvalidQueryException;
import org.regatlas.search.SearchHit;
import org.regatlas.search.SearchPage;
import org.regatlas.search.SearchQuery;
import org.regatlas.search.SearchService;

/**
 * The OpenSearch backend against the embedded index on the shipped corpus, on one real node started from the Maven
 * artifacts for this class: the same hits in the same order with the same highlights, totals and facets on the
 * search paths of the benchmarks, nDCG@10 within 0.01 on both dev sets, a rebuild that fails no search, and a clean
 * stop on SIGTERM.
 */
class OpenSearchBackendIT {
    private static LocalOpenSearch node;
    private static OpenSearchConfig config;
    private static OpenSearchBackend remote;
    private static SearchService embedded;

    @BeforeAll
    static void startAndIndex() throws Exception {
        node = LocalOpenSearch.start(1);
        config = node.config(Map.of());
        new OpenSearchIndexer(config).rebuild(TestCorpus.parsed(), CorpusFingerprint.of(TestCorpus.corpusDir()), n -> { });
        remote = new OpenSearchBackend(config, TestCorpus.parsed().taxonomy(), TestCorpus.parsed().glossary());
        assertThat(remote.reopen()).isTrue();
        embedded = TestIndex.search();
    }

    @AfterAll
    static void stop() throws Exception {
        if (node == null) return;
        List<Long> pids = node.pids();
        assertThat(pids).hasSize(1);
        assertThat(node.stop()).as("start-local.sh exit code after SIGTERM").isEqualTo(0);
        for (long pid : pids) assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    /**
     * The dev queries as the benchmarks' search paths (bench/make-search-paths.py): each query plain, then with a
     * jurisdiction, strengths, a second page and a wider page, in turn.
     */
    static List<SearchQuery> searchPaths(List<String> queries) {
        List<SearchQuery> out = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            String q = queries.get(i);
            List<SearchQuery> variants = List.of(
                    new SearchQuery(q, Map.of(), 1, 10, SearchQuery.Sort.RELEVANCE),
                    new SearchQuery(q, Map.of("jurisdiction", List.of("CN")), 1, 10, SearchQuery.Sort.RELEVANCE),
                    new SearchQuery(q, Map.of("strength", List.of("MUST", "SHOULD")), 1, 10, SearchQuery.Sort.RELEVANCE),
                    new SearchQuery(q, Map.of(), 2, 10, SearchQuery.Sort.RELEVANCE),
                    new SearchQuery(q, Map.of("jurisdiction", List.of("US", "EU")), 1, 20, SearchQuery.Sort.RELEVANCE));
            out.addAll(variants.subList(0, 1 + (i % variants.size())));
        }
        return out;
    }

    /** The queries of both dev sets. */
    private static List<String> devQueries() throws Exception {
        Path shared = TestCorpus.shared();
        assumeTrue(shared != null && Files.exists(shared.resolve("eval/search-dev-digests.json")), "../shared/eval is absent");
        List<String> out = new ArrayList<>();
        for (String set : List.of("eval/search-dev.json", "eval/search-dev-digests.json")) {
            Evaluation.read(shared.resolve(set)).forEach(j -> out.add(j.query()));
        }
        return out;
    }

    @Test
    void theSearchPathsGiveTheSameAnswersOnBothBackends() throws Exception {
        List<SearchQuery> paths = new ArrayList<>(searchPaths(devQueries()));
        // Browsing, the date sort, syntax and a named source, which the dev queries do not exercise.
        paths.add(new SearchQuery("", Map.of("topic", List.of("ltfu")), 1, 20, SearchQuery.Sort.DATE));
        paths.add(new SearchQuery("\"cytokine release\" -ICANS jurisdiction:US", Map.of(), 1, 10, SearchQuery.Sort.RELEVANCE));
        paths.add(new SearchQuery("FDA 长期随访", Map.of(), 1, 10, SearchQuery.Sort.RELEVANCE));
        paths.add(new SearchQuery("washout AND (bridging OR 桥接)", Map.of(), 1, 10, SearchQuery.Sort.RELEVANCE, false));
        List<String> differences = new ArrayList<>();
        int hits = 0;
        for (SearchQuery q : paths) {
            SearchPage a = embedded.search(q);
            SearchPage b = remote.search(q);
            hits += a.hits().size();
            if (!a.ids().equals(b.ids())) differences.add(q + "\n  embedded " + a.ids() + "\n  opensearch " + b.ids());
            else if (!marks(a).equals(marks(b))) differences.add(q + ": highlights differ");
            if (a.total() != b.total() || a.totalExact() != b.totalExact()) {
                differences.add(q + ": total " + a.total() + " against " + b.total());
            }
            if (!a.facets().equals(b.facets())) differences.add(q + ": facets " + a.facets() + "\n  against " + b.facets());
            if (!a.understood().equals(b.understood())) differences.add(q + ": understood differently");
        }
        System.out.printf("search paths: %d, hits compared: %d, differences: %d%n", paths.size(), hits, differences.size());
        assertThat(hits).isGreaterThan(1000);
        assertThat(differences).isEmpty();
    }

    private static List<String> marks(SearchPage p) {
        List<String> out = new ArrayList<>();
        for (SearchHit h : p.hits()) out.add(h.highlight() + "|" + h.highlightEn() + "|" + h.highlightZh());
        return out;
    }

    @Test
    void theHeldOutQueriesScoreWithinOneHundredthOfTheEmbeddedIndex() throws Exception {
        for (String set : List.of("search-heldout.json", "search-heldout-2.json", "search-heldout-3.json")) {
            List<Evaluation.Judged> queries = Evaluation.read(Path.of("src/test/resources/eval", set));
            double a = Evaluation.summarize(Evaluation.run(embedded, queries)).ndcg();
            double b = Evaluation.summarize(Evaluation.run(remote, queries)).ndcg();
            System.out.printf("%s nDCG@10: embedded %.4f, OpenSearch %.4f%n", set, a, b);
            assertThat(b).as(set).isCloseTo(a, org.assertj.core.data.Offset.offset(0.01));
        }
    }

    @Test
    void bothDevSetsScoreWithinOneHundredthOfTheEmbeddedIndex() throws Exception {
        Path shared = TestCorpus.shared();
        assumeTrue(shared != null && Files.exists(shared.resolve("eval/search-dev-digests.json")), "../shared/eval is absent");
        for (String set : List.of("eval/search-dev.json", "eval/search-dev-digests.json")) {
            List<Evaluation.Judged> queries = Evaluation.read(shared.resolve(set));
            double a = Evaluation.summarize(Evaluation.run(embedded, queries)).ndcg();
            double b = Evaluation.summarize(Evaluation.run(remote, queries)).ndcg();
            System.out.printf("%s nDCG@10: embedded %.4f, OpenSearch %.4f%n", set, a, b);
            assertThat(b).as(set).isCloseTo(a, org.assertj.core.data.Offset.offset(0.01));
        }
    }

    @Test
    void compareReadsTheClusterAsItReadsTheIndex() {
        Comparison a = new CompareService(embedded, TestCorpus.parsed().taxonomy()).compare("ltfu", "");
        Comparison b = new CompareService(remote, TestCorpus.parsed().taxonomy()).compare("ltfu", "");
        assertThat(b.groups()).hasSameSizeAs(a.groups());
        for (int i = 0; i < a.groups().size(); i++) {
            assertThat(b.groups().get(i).provisions().stream().map(SearchHit::id).toList())
                    .isEqualTo(a.groups().get(i).provisions().stream().map(SearchHit::id).toList());
        }
    }

    @Test
    void anUnknownFilterValueIsTheCallersMistake() {
        assertThatThrownBy(() -> remote.search(new SearchQuery("CRS", Map.of("agency", List.of("NOPE")), 1, 10,
                SearchQuery.Sort.RELEVANCE))).isInstanceOf(InvalidQueryException.class).hasMessageContaining("NOPE");
    }

    @Test
    void aRebuildSwapsTheAliasWithoutFailingASearch() throws Exception {
        SearchQuery q = SearchQuery.of("细胞因子释放综合征 grading", 10);
        List<String> expected = remote.search(q).ids();
        AtomicInteger searched = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<Boolean> running = new AtomicReference<>(true);
        Thread load = Thread.ofPlatform().start(() -> {
            while (running.get()) {
                try {
                    if (!remote.search(q).ids().equals(expected)) failure.compareAndSet(null, new AssertionError("other hits"));
                    searched.incrementAndGet();
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                }
            }
        });
        OpenSearchIndexer.Stats stats = new OpenSearchIndexer(config).rebuild(TestCorpus.parsed(),
                CorpusFingerprint.of(TestCorpus.corpusDir()), n -> { });
        running.set(false);
        load.join();
        assertThat(failure.get()).as("a search during the rebuild").isNull();
        assertThat(searched.get()).isPositive();
        assertThat(new OpenSearchIndexer(config).liveFingerprint()).contains(CorpusFingerprint.of(TestCorpus.corpusDir()));
        assertThat(stats.provisions()).isEqualTo(TestCorpus.parsed().provisionCount());
        assertThat(remote.search(q).ids()).isEqualTo(expected);
    }
}
