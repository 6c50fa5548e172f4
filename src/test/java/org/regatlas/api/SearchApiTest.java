package org.regatlas.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.regatlas.TestIndex;

class SearchApiTest {
    private static io.javalin.Javalin app() {
        return ApiServer.create(TestIndex.services(), ApiConfig.defaults());
    }

    private static JsonNode json(io.javalin.testtools.Response res) throws Exception {
        return Json.mapper().readTree(res.body().string());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void searchAnswersWithTheDesignJson() {
        JavalinTest.test(app(), (server, client) -> {
            var res = client.get("/api/search?q=" + enc("洗脱期") + "&size=3");
            assertEquals(200, res.code());
            JsonNode body = json(res);
            assertEquals("洗脱期", body.path("query").asText());
            assertTrue(body.path("total").asLong() >= 1);
            assertTrue(body.path("totalExact").asBoolean(), "a corpus this size is counted exactly");
            assertTrue(body.has("tookMs"));
            JsonNode hit = body.path("hits").get(0);
            for (String f : new String[] {"id", "docId", "docTitle", "jurisdiction", "agency", "section", "text",
                    "highlight", "strength", "topics", "provenance", "score"}) {
                assertTrue(hit.has(f), "hit has " + f);
            }
            assertEquals("cde-2024-cart-heme:二.（三）:3", hit.path("id").asText());
            assertTrue(hit.path("section").has("headings"));
            for (String f : new String[] {"jurisdiction", "agency", "docId", "topic", "strength"}) {
                assertTrue(body.path("facets").has(f), "facet " + f);
            }
        });
    }

    @Test
    void filtersComeAsCommaSeparatedParameters() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode body = json(client.get("/api/search?q=" + enc("follow-up") + "&jurisdiction=US,EU&strength=SHOULD&size=50"));
            for (JsonNode h : body.path("hits")) {
                assertTrue(h.path("jurisdiction").asText().matches("US|EU"));
                assertEquals("SHOULD", h.path("strength").asText());
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        q=CRS&size=500                 | bad_request | size
        q=CRS&size=0                   | bad_request | size
        q=CRS&page=-1                  | bad_request | page
        q=CRS&page=abc                 | bad_request | page
        q=CRS&jurisdiction=MARS        | bad_query   | jurisdiction
        q=CRS&strength=MAYBE           | bad_query   | strength
        q=CRS&sort=random              | bad_request | sort
        q=%22unclosed                  | bad_query   | quote
        q=CRS+AND                      | bad_query   | AND
        """)
    void badParametersAre400NamingTheProblem(String params, String code, String named) {
        JavalinTest.test(app(), (server, client) -> {
            var res = client.get("/api/search?" + params);
            assertEquals(400, res.code(), params);
            JsonNode body = json(res);
            assertEquals(code, body.path("error").asText());
            assertTrue(body.path("message").asText().contains(named), body.path("message").asText());
        });
    }

    @Test
    void aProductClassAskedAboutIsSaidAndRemovable() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode body = json(client.get("/api/search?q=" + enc("staggered dosing in first-in-human CAR T trials")));
            assertEquals("[\"cell-therapy\",\"gene-therapy\",\"atmp\"]",
                    body.path("understood").path("products").toString());
            JsonNode plain = json(client.get("/api/search?q=" + enc("staggered dosing in first-in-human CAR T trials")
                    + "&understand=false"));
            assertEquals(0, plain.path("understood").path("products").size());
            // a named source takes the place of the product-class preference
            JsonNode named = json(client.get("/api/search?q=" + enc("EMA staggered dosing first-in-human CAR T")));
            assertEquals(0, named.path("understood").path("products").size());
        });
    }

    @Test
    void theKindOfAnswerAskedForIsSaidAndRemovable() {
        JavalinTest.test(app(), (server, client) -> {
            assertEquals("quantity", json(client.get("/api/search?q=" + enc("CAR-T 长期随访 多少年")))
                    .path("understood").path("answer").asText());
            assertEquals("definition", json(client.get("/api/search?q=" + enc("免疫细胞治疗产品的定义")))
                    .path("understood").path("answer").asText());
            assertTrue(json(client.get("/api/search?q=" + enc("CRS grading"))).path("understood").path("answer")
                    .isNull());
            assertTrue(json(client.get("/api/search?q=" + enc("CAR-T 长期随访 多少年") + "&understand=false"))
                    .path("understood").path("answer").isNull());
        });
    }

    @Test
    void aNamedAgencyIsRankedFirstSaidAndRemovable() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode body = json(client.get("/api/search?q=" + enc("FDA boxed warning T cell malignancy") + "&size=20"));
            JsonNode source = body.path("understood").path("sources").get(0);
            assertEquals("agency", source.path("dimension").asText());
            assertEquals("FDA", source.path("value").asText());
            assertEquals("FDA", body.path("hits").get(0).path("agency").asText());
            // A preference, not a filter: other agencies' provisions are still there.
            assertTrue(body.path("facets").path("agency").size() > 1, body.path("facets").toString());
            JsonNode plain = json(client.get("/api/search?q=" + enc("FDA boxed warning T cell malignancy") + "&understand=false"));
            assertEquals(0, plain.path("understood").path("sources").size());
            var bad = client.get("/api/search?q=x&understand=maybe");
            assertEquals(400, bad.code());
            assertTrue(json(bad).path("message").asText().contains("'understand'"));
        });
    }

    @Test
    void overlongQueryIsRejected() {
        JavalinTest.test(app(), (server, client) -> {
            var res = client.get("/api/search?q=" + "a".repeat(1001));
            assertEquals(400, res.code());
            assertTrue(json(res).path("message").asText().contains("'q'"));
        });
    }

    @Test
    void openApiDescribesEveryRouteAndTheViewerLoads() {
        JavalinTest.test(app(), (server, client) -> {
            JsonNode spec = json(client.get("/openapi.json"));
            for (String path : new String[] {"/api/health", "/api/documents", "/api/documents/{id}", "/api/provisions/{id}", "/api/search"}) {
                assertTrue(spec.path("paths").has(path), path);
            }
            var docs = client.get("/api/docs");
            assertEquals(200, docs.code());
            assertTrue(docs.body().string().contains("/api/docs.js"));
        });
    }
}
