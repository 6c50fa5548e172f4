package org.regatlas.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.regatlas.TestCorpus;
import org.regatlas.TestIndex;
import org.regatlas.api.ApiConfig;
import org.regatlas.api.HttpServer;
import org.regatlas.api.Services;
import org.regatlas.index.CorpusFingerprint;
import org.regatlas.search.SearchQuery;

/**
 * Node loss on a real three-node cluster (three JVMs from the Maven artifacts), the index in two primaries with one
 * replica each: with one node killed during a search load every search is still answered, with the answer it had
 * before; then with every copy of the index on one node and that node lost too, the index has no copy left and the
 * API says so with a 503 naming the cluster, never a 500.
 */
class OpenSearchClusterIT {
    /** Queries in both languages, with concepts, phrases and filters; the embedded answers are the reference. */
    private static final List<SearchQuery> QUERIES = List.of(
            SearchQuery.of("细胞因子释放综合征 分级", 10), SearchQuery.of("long-term follow-up 15 years", 10),
            SearchQuery.of("桥接治疗 washout", 10), SearchQuery.of("\"replication competent\" lentivirus", 10),
            new SearchQuery("potency assay", Map.of("jurisdiction", List.of("US", "EU")), 1, 20, SearchQuery.Sort.RELEVANCE),
            SearchQuery.of("ICANS neurotoxicity monitoring", 10), SearchQuery.of("长期随访 15年", 10),
            new SearchQuery("", Map.of("topic", List.of("ltfu")), 1, 10, SearchQuery.Sort.DATE));

    @Test
    void losingOneNodeLosesNoSearchAndLosingTwoIsA503() throws Exception {
        long start = System.nanoTime();
        try (LocalOpenSearch cluster = LocalOpenSearch.start(3)) {
            System.out.printf("three nodes up in %.1f s%n", (System.nanoTime() - start) / 1e9);
            OpenSearchConfig config = cluster.config(Map.of(OpenSearchConfig.SHARDS_ENV, "2",
                    OpenSearchConfig.REPLICAS_ENV, "1"));
            String index = new OpenSearchIndexer(config).rebuild(TestCorpus.parsed(),
                    CorpusFingerprint.of(TestCorpus.corpusDir()), n -> { }).index();
            OpenSearchBackend remote = new OpenSearchBackend(config, TestCorpus.parsed().taxonomy(),
                    TestCorpus.parsed().glossary());
            assertThat(remote.reopen()).isTrue();
            Map<SearchQuery, List<String>> expected = new LinkedHashMap<>();
            for (SearchQuery q : QUERIES) expected.put(q, TestIndex.search().search(q).ids());
            // Split in two shards, with the statistics of both gathered first, the cluster ranks as the embedded index.
            for (SearchQuery q : QUERIES) assertThat(remote.search(q).ids()).as(q.text()).isEqualTo(expected.get(q));

            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger answered = new AtomicInteger();
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            List<Thread> load = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int offset = t;
                load.add(Thread.ofPlatform().start(() -> {
                    // Bounded: stops when told, or after 20,000 searches at most.
                    for (int i = offset; running.get() && i < 20_000; i++) {
                        SearchQuery q = QUERIES.get(i % QUERIES.size());
                        try {
                            List<String> ids = remote.search(q).ids();
                            if (!ids.equals(expected.get(q))) failures.add(q.text() + ": other hits " + ids);
                            answered.incrementAndGet();
                        } catch (RuntimeException e) {
                            failures.add(q.text() + ": " + e);
                        }
                    }
                }));
            }
            waitFor(answered, 50);
            cluster.kill(2);
            long killed = System.nanoTime();
            int atKill = answered.get();
            // Through the cluster's noticing the loss and promoting replicas (seconds), then some more.
            Thread.sleep(8_000);
            waitFor(answered, atKill + 100);
            running.set(false);
            for (Thread t : load) t.join();
            System.out.printf("node loss: %d searches answered (%d in the %.1f s after the kill), %d failed%n",
                    answered.get(), answered.get() - atKill, (System.nanoTime() - killed) / 1e9, failures.size());
            assertThat(failures).as("searches failed or answered differently with one node lost").isEmpty();

            // Red: every copy of the index moved to node-1, which is then lost (with it the cluster manager's quorum).
            String moved = send(cluster.url(0) + "/" + index + "/_settings", "PUT",
                    "{\"index.routing.allocation.exclude._name\":\"node-0\"}");
            assertThat(moved).contains("acknowledged");
            send(cluster.url(0) + "/_cluster/health/" + index
                    + "?wait_for_no_relocating_shards=true&wait_for_no_initializing_shards=true&timeout=60s", "GET", null);
            cluster.kill(1);
            HttpServer server = HttpServer.start(Services.of(TestCorpus.parsed(), remote), ApiConfig.defaults(),
                    "127.0.0.1", 0);
            try {
                HttpResponse<String> res = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + server.port() + "/api/search?q="
                                + URLEncoder.encode("细胞因子释放综合征", StandardCharsets.UTF_8))).build(),
                        HttpResponse.BodyHandlers.ofString());
                System.out.println("index without a copy: " + res.statusCode() + " " + res.body());
                assertThat(res.statusCode()).isEqualTo(503);
                assertThat(res.body()).contains("OpenSearch cluster");
            } finally {
                server.close();
            }
        }
    }

    private static String send(String url, String method, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Waits until {@code counter} reaches {@code n}, two minutes at most. */
    private static void waitFor(AtomicInteger counter, int n) throws InterruptedException {
        long end = System.nanoTime() + 120_000_000_000L;
        while (counter.get() < n && System.nanoTime() < end) Thread.sleep(20);
    }
}
