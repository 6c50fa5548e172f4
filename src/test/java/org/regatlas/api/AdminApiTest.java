package org.regatlas.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.regatlas.TestCorpus;

/**
 * The admin routes' gate (off without a token, 401 without the right one) and the reindex route's contract: counts,
 * one at a time, and a failure that leaves the old services live. The reindexer here hands back services over the
 * shared test index; {@link ReindexApiTest} rebuilds a real corpus.
 */
class AdminApiTest {
    static final String TOKEN = "test-admin-token-0123456789abcdef";

    /** An app whose reindex reads the shipped corpus (no problems) and publishes what {@code publish} gives. */
    private static Javalin app(Supplier<Services> publish, String token) {
        Reindexer reindexer = () -> Reindexer.Candidate.of(TestCorpus.parsed(), publish);
        return ApiServer.create(new ServiceHolder(ServiceHolderTest.ownServices()), reindexer,
                ApiConfig.defaults().withAdminToken(token));
    }

    private static HttpResponse<String> reindex(String origin, String authorization) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(origin + "/api/admin/reindex"))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (authorization != null) r.header("Authorization", authorization);
        return HttpClient.newHttpClient().send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> res) throws Exception {
        return Json.mapper().readTree(res.body());
    }

    @Test
    void adminRoutesAreOffWithoutAConfiguredToken() {
        JavalinTest.test(app(ServiceHolderTest::ownServices, null), (server, client) -> {
            HttpResponse<String> res = reindex(client.getOrigin(), "Bearer " + TOKEN);
            assertEquals(403, res.statusCode());
            assertEquals("forbidden", json(res).path("error").asText());
            assertTrue(json(res).path("message").asText().contains(ApiConfig.ADMIN_TOKEN_ENV), res.body());
        });
        // A token without a way to reindex (the app built from fixed services) keeps them off as well.
        var fixed = ApiServer.create(ServiceHolderTest.ownServices(), ApiConfig.defaults().withAdminToken(TOKEN));
        JavalinTest.test(fixed, (server, client) ->
                assertEquals(403, reindex(client.getOrigin(), "Bearer " + TOKEN).statusCode()));
    }

    @Test
    void missingTokenIs401WithABearerChallenge() {
        JavalinTest.test(app(ServiceHolderTest::ownServices, TOKEN), (server, client) -> {
            HttpResponse<String> res = reindex(client.getOrigin(), null);
            assertEquals(401, res.statusCode());
            assertEquals("unauthorized", json(res).path("error").asText());
            assertTrue(json(res).path("message").asText().contains("Authorization: Bearer"), res.body());
            assertTrue(res.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer realm="));
        });
    }

    @Test
    void wrongTokenOrSchemeIs401AndUnknownAdminPathsNeedTheTokenToo() {
        JavalinTest.test(app(ServiceHolderTest::ownServices, TOKEN), (server, client) -> {
            for (String auth : new String[] {"Bearer wrong-token-0123456789abcdef", "Bearer " + TOKEN + "x",
                    "Bearer " + TOKEN.substring(1), "Basic " + TOKEN, TOKEN, "Bearer", "Bearer  "}) {
                HttpResponse<String> res = reindex(client.getOrigin(), auth);
                assertEquals(401, res.statusCode(), auth);
                assertTrue(res.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), auth);
            }
            assertTrue(reindex(client.getOrigin(), "Bearer wrong-token-0123456789abcdef").headers()
                    .firstValue("WWW-Authenticate").orElse("").contains("invalid_token"));
            assertEquals(401, client.get("/api/admin/anything").code());
            assertEquals(404, client.get("/api/admin/anything", r -> r.header("Authorization", "Bearer " + TOKEN))
                    .code());
        });
    }

    @Test
    void reindexAnswersTheNewCounts() {
        JavalinTest.test(app(ServiceHolderTest::ownServices, TOKEN), (server, client) -> {
            HttpResponse<String> res = reindex(client.getOrigin(), "bearer " + TOKEN);    // the scheme ignores case
            assertEquals(200, res.statusCode(), res.body());
            JsonNode body = json(res);
            assertEquals("ok", body.path("status").asText());
            assertEquals(TestCorpus.parsed().documents().size(), body.path("documents").asInt());
            assertEquals(TestCorpus.parsed().provisionCount(), body.path("provisions").asInt());
            assertTrue(body.path("seconds").asDouble() >= 0);
            assertEquals(200, client.get("/api/search?q=%E9%95%BF%E6%9C%9F%E9%9A%8F%E8%AE%BF").code());
        });
    }

    @Test
    void secondReindexWhileOneRunsIs409() {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Supplier<Services> blocking = () -> {
            entered.countDown();
            try {
                if (!release.await(60, TimeUnit.SECONDS)) throw new IllegalStateException("never released");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return ServiceHolderTest.ownServices();
        };
        JavalinTest.test(app(blocking, TOKEN), (server, client) -> {
            CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> {
                try {
                    return reindex(client.getOrigin(), "Bearer " + TOKEN);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertTrue(entered.await(60, TimeUnit.SECONDS), "the first reindex started");
            HttpResponse<String> second = reindex(client.getOrigin(), "Bearer " + TOKEN);
            assertEquals(409, second.statusCode(), second.body());
            assertEquals("conflict", json(second).path("error").asText());
            release.countDown();
            assertEquals(200, first.get(60, TimeUnit.SECONDS).statusCode());
            assertEquals(200, reindex(client.getOrigin(), "Bearer " + TOKEN).statusCode(), "the lock was released");
        });
    }

    @Test
    void failedReindexKeepsServingAndCanBeRetried() {
        int[] calls = {0};
        Supplier<Services> failsOnce = () -> {
            if (calls[0]++ == 0) throw new UncheckedIOException("disk full", new java.io.IOException("disk full"));
            return ServiceHolderTest.ownServices();
        };
        JavalinTest.test(app(failsOnce, TOKEN), (server, client) -> {
            HttpResponse<String> failed = reindex(client.getOrigin(), "Bearer " + TOKEN);
            assertEquals(503, failed.statusCode());
            assertEquals("reindex_failed", json(failed).path("error").asText());
            assertTrue(json(failed).path("message").asText().endsWith(": disk full"), "names the cause: "
                    + failed.body());
            assertEquals("failed", Json.mapper().readTree(client.get("/api/health").body().string())
                    .path("lastReindex").path("status").asText());
            assertEquals(200, client.get("/api/health").code());
            assertEquals(200, client.get("/api/search?q=CRS").code());
            assertEquals(200, reindex(client.getOrigin(), "Bearer " + TOKEN).statusCode());
        });
    }

    @Test
    void openApiDescribesTheAdminRouteAndItsStatuses() {
        JavalinTest.test(app(ServiceHolderTest::ownServices, TOKEN), (server, client) -> {
            JsonNode spec = Json.mapper().readTree(client.get("/openapi.json").body().string());
            JsonNode reindex = spec.path("paths").path("/api/admin/reindex").path("post");
            for (String status : new String[] {"200", "401", "403", "409"}) {
                assertTrue(reindex.path("responses").has(status), status);
            }
            assertEquals("bearer", spec.path("components").path("securitySchemes").path("adminToken")
                    .path("scheme").asText());
            assertTrue(spec.path("paths").path("/api/checklists").path("post").path("responses").has("429"));
        });
    }
}
