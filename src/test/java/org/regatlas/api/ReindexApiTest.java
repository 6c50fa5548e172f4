package org.regatlas.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regatlas.Multipart;
import org.regatlas.TestCorpus;
import org.regatlas.corpus.CorpusLoader;
import org.regatlas.index.CorpusFingerprint;
import org.regatlas.index.IndexBuilder;
import org.regatlas.index.IndexStore;
import org.regatlas.parse.ParsedCorpus;
import org.regatlas.search.SearchService;

/**
 * {@code POST /api/admin/reindex} on a real, small corpus in a temporary folder: the corpus changes on disk (one
 * document removed, one added), the reindex rebuilds the index beside the live one, and every route serves the new
 * corpus afterwards; requests made while the rebuild is under way (after the old generation was deleted from disk)
 * still succeed on the old one.
 */
class ReindexApiTest {
    private static final String REMOVED = "cde-2021-immune-cell-clinical-trials";    // CN
    private static final String KEPT = "ema-2020-gm-cells-rev1";                      // EU
    private static final String ADDED = "fda-2020-gt-ltfu";                           // US, long-term follow-up

    /** A corpus folder and index store of its own, and a reindexer doing what {@code serve} does. */
    private record Fixture(Path corpus, IndexStore store) {
        static Fixture create(Path tmp) throws IOException {
            Path corpus = Files.createDirectories(tmp.resolve("corpus/documents"));
            for (String f : List.of("taxonomy.json", "glossary.json")) {
                Files.copy(TestCorpus.corpusDir().resolve(f), tmp.resolve("corpus").resolve(f));
            }
            Fixture fx = new Fixture(tmp.resolve("corpus"), new IndexStore(tmp.resolve("index")));
            fx.copyDocument(REMOVED);
            fx.copyDocument(KEPT);
            return fx;
        }

        void copyDocument(String id) throws IOException {
            Path target = Files.createDirectories(corpus.resolve("documents").resolve(id));
            try (Stream<Path> files = Files.list(TestCorpus.corpusDir().resolve("documents").resolve(id))) {
                for (Path f : files.toList()) Files.copy(f, target.resolve(f.getFileName()));
            }
        }

        void removeDocument(String id) throws IOException {
            Path dir = corpus.resolve("documents").resolve(id);
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) Files.delete(f);
            }
            Files.delete(dir);
        }

        /** Reads the corpus as {@code serve}'s reindexer does; publishing builds a new index generation. */
        Reindexer.Candidate read() {
            String fingerprint = CorpusFingerprint.of(corpus);
            ParsedCorpus parsed = ParsedCorpus.parse(new CorpusLoader(corpus).load());
            return Reindexer.Candidate.of(parsed, () -> publish(parsed, fingerprint));
        }

        private Services publish(ParsedCorpus parsed, String fingerprint) {
            try {
                new IndexBuilder(store).rebuild(parsed, fingerprint, n -> { });
                SearchService search = new SearchService(store, parsed.taxonomy(), parsed.glossary());
                search.reopen();
                return Services.of(parsed, search);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Loads the corpus, publishes a new index generation and opens a search service on it. */
        Services build() {
            return read().publish();
        }

        Javalin app(Reindexer reindexer) {
            return ApiServer.create(new ServiceHolder(build()), reindexer,
                    ApiConfig.defaults().withAdminToken(AdminApiTest.TOKEN));
        }
    }

    private static HttpResponse<String> reindex(String origin) throws Exception {
        return reindex(origin, "");
    }

    private static HttpResponse<String> reindex(String origin, String query) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(origin + "/api/admin/reindex" + query))
                .header("Authorization", "Bearer " + AdminApiTest.TOKEN)
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode get(io.javalin.testtools.HttpClient client, String path) throws Exception {
        var res = client.get(path);
        String body = res.body().string();
        assertEquals(200, res.code(), path + ": " + body);
        return Json.mapper().readTree(body);
    }

    private static int status(io.javalin.testtools.HttpClient client, String path) {
        return client.get(path).code();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static List<String> documentIds(io.javalin.testtools.HttpClient client) throws Exception {
        List<String> ids = new ArrayList<>();
        for (JsonNode d : get(client, "/api/documents").path("documents")) ids.add(d.path("id").asText());
        return ids;
    }

    private static String firstProvisionId(String docId) {
        return TestCorpus.parsed().document(docId).orElseThrow().provisions().get(0).id();
    }

    private static long usTotal(io.javalin.testtools.HttpClient client) throws Exception {
        for (JsonNode g : get(client, "/api/compare?topic=ltfu").path("groups")) {
            if (g.path("jurisdiction").asText().equals("US")) return g.path("total").asLong();
        }
        throw new AssertionError("no US group");
    }

    private static HttpResponse<String> checklist(String origin, String jurisdiction) throws Exception {
        byte[] body = Multipart.body("protocol-zh.txt",
                Files.readAllBytes(Path.of("src/test/resources/fixtures/protocol-zh.txt")),
                Map.of("jurisdiction", jurisdiction));
        return Multipart.post(origin, "/api/checklists", body, null, HttpResponse.BodyHandlers.ofString());
    }

    /** Every read route answers 200 from the corpus before the change: REMOVED present, ADDED absent. */
    private static void assertOldCorpus(io.javalin.testtools.HttpClient client) throws Exception {
        assertEquals(List.of(REMOVED, KEPT).stream().sorted().toList(), documentIds(client).stream().sorted().toList());
        get(client, "/api/documents/" + REMOVED);
        get(client, "/api/provisions/" + enc(firstProvisionId(REMOVED)));
        assertTrue(get(client, "/api/search?doc=" + REMOVED).path("total").asLong() > 0);
        assertEquals(0, usTotal(client));
    }

    @Test
    void reindexServesTheReloadedCorpusOnEveryRoute(@TempDir Path tmp) throws Exception {
        Fixture fx = Fixture.create(tmp);
        JavalinTest.test(fx.app(fx::read), (server, client) -> {
            assertOldCorpus(client);
            assertEquals(404, status(client, "/api/documents/" + ADDED));

            fx.removeDocument(REMOVED);
            fx.copyDocument(ADDED);
            HttpResponse<String> res = reindex(client.getOrigin());
            assertEquals(200, res.statusCode(), res.body());
            JsonNode counts = Json.mapper().readTree(res.body());
            int expected = TestCorpus.parsed().document(KEPT).orElseThrow().provisions().size()
                    + TestCorpus.parsed().document(ADDED).orElseThrow().provisions().size();
            assertEquals(2, counts.path("documents").asInt());
            assertEquals(expected, counts.path("provisions").asInt());

            assertEquals(expected, get(client, "/api/health").path("provisions").asInt());
            assertEquals(List.of(ADDED, KEPT).stream().sorted().toList(),
                    documentIds(client).stream().sorted().toList());
            assertEquals(404, status(client, "/api/documents/" + REMOVED));
            assertEquals(404, status(client, "/api/provisions/" + enc(firstProvisionId(REMOVED))));
            assertEquals(400, status(client, "/api/search?doc=" + REMOVED), "no longer a known filter value");
            get(client, "/api/documents/" + ADDED);
            assertTrue(get(client, "/api/documents/" + ADDED + "/provisions").path("total").asInt() > 0);
            get(client, "/api/provisions/" + enc(firstProvisionId(ADDED)));
            assertTrue(get(client, "/api/search?doc=" + ADDED).path("total").asLong() > 0);
            assertTrue(usTotal(client) > 0, "compare sees the added US document");

            HttpResponse<String> check = checklist(client.getOrigin(), "US");
            assertEquals(200, check.statusCode(), check.body());
            boolean cites = false;
            for (JsonNode item : Json.mapper().readTree(check.body()).path("items")) {
                cites |= item.path("provisionId").asText().startsWith(ADDED + ":");
                assertFalse(item.path("provisionId").asText().startsWith(REMOVED + ":"));
            }
            assertTrue(cites, "the checklist cites the added document");
        });
    }

    @Test
    void requestsDuringTheRebuildKeepSucceeding(@TempDir Path tmp) throws Exception {
        Fixture fx = Fixture.create(tmp);
        CountDownLatch published = new CountDownLatch(1);
        CountDownLatch swap = new CountDownLatch(1);
        Reindexer paused = () -> {
            Reindexer.Candidate read = fx.read();
            return Reindexer.Candidate.of(read.corpus(), () -> {
                Services next = read.publish();      // the new generation is live on disk, the old one deleted
                published.countDown();
                try {
                    if (!swap.await(60, TimeUnit.SECONDS)) throw new IllegalStateException("never resumed");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                return next;
            });
        };
        JavalinTest.test(fx.app(paused), (server, client) -> {
            List<String> failures = Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger requests = new AtomicInteger();
            Thread load = new Thread(() -> {
                List<String> paths = List.of("/api/search?q=" + enc("long-term follow-up"), "/api/documents",
                        "/api/compare?topic=ltfu", "/api/documents/" + KEPT + "/provisions");
                while (!stop.get()) {
                    String path = paths.get(requests.getAndIncrement() % paths.size());
                    int code = client.get(path).code();
                    if (code != 200) failures.add(path + " -> " + code);
                }
            });
            load.start();

            fx.removeDocument(REMOVED);
            fx.copyDocument(ADDED);
            CompletableFuture<HttpResponse<String>> running = CompletableFuture.supplyAsync(() -> {
                try {
                    return reindex(client.getOrigin());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertTrue(published.await(60, TimeUnit.SECONDS), "the rebuild published its generation");
            assertOldCorpus(client);                  // still the old services, reading a deleted generation
            assertEquals(200, checklist(client.getOrigin(), "CN").statusCode());

            swap.countDown();
            assertEquals(200, running.get(60, TimeUnit.SECONDS).statusCode());
            assertTrue(usTotal(client) > 0);
            assertEquals(404, status(client, "/api/documents/" + REMOVED));
            stop.set(true);
            load.join();
            assertTrue(requests.get() > 0);
            assertEquals(List.of(), failures);
        });
    }

    @Test
    void corpusWithABrokenDocumentDoesNotReplaceTheLiveIndexUnlessForced(@TempDir Path tmp) throws Exception {
        Fixture fx = Fixture.create(tmp);
        JavalinTest.test(fx.app(fx::read), (server, client) -> {
            Path meta = fx.corpus().resolve("documents").resolve(REMOVED).resolve("document.json");
            Files.writeString(meta, "{\"id\": \"" + REMOVED + "\", \"title\": ");      // cut off mid-file

            HttpResponse<String> refused = reindex(client.getOrigin());
            assertEquals(409, refused.statusCode(), refused.body());
            JsonNode body = Json.mapper().readTree(refused.body());
            assertEquals("corpus_problems", body.path("error").asText());
            assertTrue(body.path("message").asText().contains("force=true"), refused.body());
            JsonNode problem = body.path("problems").get(0);
            assertTrue(problem.path("where").asText().contains(REMOVED), refused.body());
            assertTrue(problem.path("message").asText().contains(REMOVED + "/document.json: malformed JSON at line 1"),
                    refused.body());
            assertOldCorpus(client);                 // nothing was swapped in: the document is still served
            JsonNode health = get(client, "/api/health");
            assertEquals("refused", health.path("lastReindex").path("status").asText());
            assertEquals(1, health.path("lastReindex").path("problems").size(), health.toString());

            assertEquals(400, reindex(client.getOrigin(), "?force=yes").statusCode());
            HttpResponse<String> forced = reindex(client.getOrigin(), "?force=true");
            assertEquals(200, forced.statusCode(), forced.body());
            assertEquals("ok-with-problems", Json.mapper().readTree(forced.body()).path("status").asText());
            assertEquals(List.of(KEPT), documentIds(client));
            assertEquals(1, get(client, "/api/health").path("problems").asInt());
        });
    }
}
