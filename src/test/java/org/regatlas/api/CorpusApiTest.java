package org.regatlas.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.regatlas.TestCorpus;

class CorpusApiTest {
    private static io.javalin.Javalin app() {
        return ApiServer.create(org.regatlas.TestIndex.services(), ApiConfig.defaults());
    }

    private static JsonNode json(io.javalin.testtools.Response res) throws Exception {
        return Json.mapper().readTree(res.body().string());
    }

    @Test
    void healthReportsCounts() {
        JavalinTest.test(app(), (server, client) -> {
            var res = client.get("/api/health");
            assertEquals(200, res.code());
            JsonNode body = json(res);
            assertEquals("ok", body.path("status").asText());
            assertTrue(body.path("provisions").asInt() > 200);
        });
    }

    @Test
    void documentsListBothSeedDocumentsWithMetadata() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode docs = json(client.get("/api/documents")).path("documents");
            JsonNode cde = null;
            for (JsonNode d : docs) if (d.path("id").asText().equals("cde-2024-cart-heme")) cde = d;
            assertTrue(cde != null);
            assertEquals("trial", cde.path("status").asText());
            assertEquals("CN", cde.path("jurisdiction").asText());
            assertEquals("verbatim", cde.path("provenance").asText());
            assertTrue(cde.path("title").path("zh").asText().startsWith("嵌合抗原受体T细胞"));
        });
    }

    @Test
    void documentDetailHasTheSectionTree() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode body = json(client.get("/api/documents/cde-2024-cart-heme"));
            JsonNode parts = body.path("sections").path("children");
            assertEquals(3, parts.size());
            assertEquals("二、临床试验设计中的考虑", parts.get(1).path("heading").asText());
        });
    }

    @Test
    void provisionByIdReturnsItsFields() {
        JavalinTest.test(app(), (server, client) -> {
            String id = URLEncoder.encode("cde-2024-cart-heme:二.（三）:3", StandardCharsets.UTF_8);
            var res = client.get("/api/provisions/" + id);
            assertEquals(200, res.code());
            JsonNode p = json(res);
            assertEquals("MUST", p.path("strength").asText());
            assertEquals("verbatim", p.path("provenance").asText());
            assertEquals("二.（三）", p.path("section").path("path").asText());
        });
    }

    @Test
    void provisionsSayWhatKindOfSourceTheyAreAndSplitDigestSources() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode official = json(client.get("/api/provisions/" + enc("cde-2024-cart-heme:二.（三）:3")));
            assertEquals("official", official.path("sourceKind").asText());
            JsonNode review = json(client.get("/api/provisions/" + enc("review-2025-cart-risk:2.2:27")));
            assertEquals("journal-review", review.path("sourceKind").asText(), "a review is a secondary source");
            JsonNode digest = json(client.get("/api/provisions/" + enc("fda-2024-cart-development:-:19")));
            assertEquals("digest", digest.path("sourceKind").asText());
            assertTrue(digest.path("citations").get(0).asText().startsWith("https://www.fda.gov/"), digest.toString());
            for (JsonNode s : digest.path("seenAt")) assertTrue(!s.asText().contains("fda.gov"), s.asText());
        });
    }

    @Test
    void aDigestRecordSaysWhichOfficialSectionsItSummarises() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode digest = json(client.get("/api/provisions/"
                    + enc("ich-s6r1:Part I §3.3 and Note 1:1").replace("+", "%20")));
            assertEquals("[\"ich-s6r1-official:I.3.3\",\"ich-s6r1-official:I.notes\"]",
                    digest.path("summarises").toString());
            JsonNode official = json(client.get("/api/provisions/" + enc("ich-s6r1-official:I.3.3:1")));
            assertEquals(0, official.path("summarises").size(), "the official text summarises nothing");
        });
    }

    private static String enc(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8);
    }

    @Test
    void unknownIdsAre404AndMalformedIds400WithTheErrorJson() {
        JavalinTest.test(app(), (server, client) -> {
            var missing = client.get("/api/provisions/cde-2024-cart-heme:九:99");
            assertEquals(404, missing.code());
            String raw = missing.body().string();
            assertTrue(raw.startsWith("{\"error\":\"not_found\",\"message\":"), "fields in a fixed order: " + raw);
            JsonNode m = Json.mapper().readTree(raw);
            assertEquals("not_found", m.path("error").asText());
            assertTrue(m.path("message").asText().contains("cde-2024-cart-heme:九:99"));

            var malformed = client.get("/api/provisions/nonsense");
            assertEquals(400, malformed.code());
            assertEquals("bad_request", json(malformed).path("error").asText());

            assertEquals(404, client.get("/api/documents/no-such-doc").code());
            var badDoc = client.get("/api/documents/Bad_ID!");
            assertEquals(400, badDoc.code());
            var noRoute = client.get("/api/nothing-here");
            assertEquals(404, noRoute.code());
            assertEquals("not_found", json(noRoute).path("error").asText());
        });
    }

    @Test
    void everyResponseCarriesSecurityHeaders() {
        JavalinTest.test(app(), (server, client) -> {
            for (String path : new String[] {"/api/health", "/api/nothing", "/openapi.json"}) {
                var res = client.get(path);
                assertTrue(String.valueOf(res.headers().get("Content-Security-Policy")).contains("frame-ancestors 'none'"), path);
                assertTrue(String.valueOf(res.headers().get("Content-Security-Policy")).contains("script-src 'self'"), path);
                assertEquals("[nosniff]", String.valueOf(res.headers().get("X-Content-Type-Options")), path);
            }
        });
    }
}
