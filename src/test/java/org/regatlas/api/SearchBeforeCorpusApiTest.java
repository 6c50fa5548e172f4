package org.regatlas.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.regatlas.TestCorpus;
import org.regatlas.TestIndex;
import org.regatlas.parse.ParsedCorpus;

/**
 * Start-up: searches and comparisons are answered from the index while the corpus is still being parsed; the routes
 * that need the parsed corpus wait for it and then answer.
 */
class SearchBeforeCorpusApiTest {
    @Test
    void searchAnswersBeforeTheCorpusIsParsedAndDocumentsWaitForIt() {
        CompletableFuture<ParsedCorpus> parsing = new CompletableFuture<>();
        Services services = Services.searchingWhile(parsing, TestIndex.search(), TestCorpus.parsed().taxonomy());
        JavalinTest.test(ApiServer.create(services, new ApiConfig(Path.of("web"))), (server, client) -> {
            var search = RawHttp.get(server.port(), "/api/search?q=%E6%B4%97%E8%84%B1%E6%9C%9F&size=1");
            assertEquals(200, search.status(), search.body());
            assertTrue(search.json().path("total").asLong() > 0, search.body());
            var compare = RawHttp.get(server.port(), "/api/compare?topic=ltfu");
            assertEquals(200, compare.status(), compare.body());

            CompletableFuture<RawHttp.Response> documents = CompletableFuture.supplyAsync(() -> {
                try {
                    return RawHttp.get(server.port(), "/api/documents");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            Thread.sleep(300);
            assertFalse(documents.isDone(), "the documents wait for the parsed corpus");
            parsing.complete(TestCorpus.parsed());
            var listed = documents.get(30, TimeUnit.SECONDS);
            assertEquals(200, listed.status(), listed.body());
            assertTrue(listed.body().contains("cde-2024-cart-heme"), listed.body());
        });
    }
}
