package org.regatlas.api;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.regatlas.TestIndex;

/**
 * Hostile and malformed requests on the read routes and the static UI: each gets a 4xx with the error JSON, never a
 * 5xx and never a file's contents. Requests go over a raw socket so escapes and {@code ..} reach the server as typed.
 */
class BadInputApiTest {
    private static Javalin app() {
        return ApiServer.create(TestIndex.services(), new ApiConfig(Path.of("web")));
    }

    /** The status is one of {@code allowed}, the body is the error JSON, and nothing of pom.xml leaks. */
    private static void assertRefused(RawHttp.Response res, String target, int... allowed) throws Exception {
        boolean statusOk = false;
        for (int s : allowed) statusOk |= res.status() == s;
        boolean ok = statusOk;
        JsonNode body = res.json();
        assertAll(target,
                () -> assertTrue(ok, "status " + res.status() + ": " + res.body()),
                () -> assertTrue(res.header("Content-Type").startsWith("application/json"), res.header("Content-Type")),
                () -> assertFalse(body.path("error").asText().isEmpty(), res.body()),
                () -> assertFalse(body.path("message").asText().isEmpty(), res.body()),
                () -> assertFalse(res.body().contains("<artifactId>") || res.body().contains("root:x:0:0"),
                        res.body()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/api/documents/..%2F..%2Fetc%2Fpasswd",
        "/api/documents/..%2F..%2Fpom.xml/provisions",
        "/api/documents/../../pom.xml",
        "/api/provisions/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/api/provisions/..%2F..%2F..%2Fpom.xml",
        "/api/provisions/cde-2024-cart-heme:..%2F..:..%2Fpom.xml",
        "/p/..%2f..%2fpom.xml",
        "/doc/..%2F..%2Fpom.xml",
        "/..%2f..%2fpom.xml",
        "/css/..%2f..%2fpom.xml",
        "/css/..%5c..%5cpom.xml",
        "/js/%252e%252e/%252e%252e/pom.xml",
        "/%2e%2e/pom.xml",
        "/../pom.xml",
        "/css/../../pom.xml",
        "/css/%2e%2e/%2e%2e/pom.xml",
        "/index.html%00.js",
    })
    void pathTraversalIsRefusedWithoutFileContents(String target) {
        JavalinTest.test(app(), (server, client) ->
                assertRefused(RawHttp.get(server.port(), target), target, 400, 404));
    }

    @Test
    void staticFilesAndUiPagesStillServe() {
        JavalinTest.test(app(), (server, client) -> {
            assertEquals(200, RawHttp.get(server.port(), "/css/app.css").status());
            assertEquals(200, RawHttp.get(server.port(), "/p/cde-2024-cart-heme%3A%E4%BA%8C%3A3").status());
            assertEquals(200, RawHttp.get(server.port(), "/doc/cde-2024-cart-heme").status());
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        /api/search?q=%C3%28                 | parameter 'q'
        /api/search?q=ok&jurisdiction=%C3%28 | parameter 'jurisdiction'
        /api/search?sort=%FF                 | parameter 'sort'
        /api/compare?topic=%ED%A0%80         | parameter 'topic'
        /api/search?%C3%28=1                 | a parameter name
        """)
    void invalidUtf8InTheQueryStringIs400NamingTheParameter(String target, String where) {
        JavalinTest.test(app(), (server, client) -> {
            RawHttp.Response res = RawHttp.get(server.port(), target);
            assertRefused(res, target, 400);
            String message = res.json().path("message").asText();
            assertTrue(message.contains("not valid UTF-8") && message.contains(where), message);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/search?q=%", "/api/search?q=%zz", "/api/search?q=50%", "/api/compare?topic=%4"})
    void malformedPercentEscapesAre400InsteadOfAnEmptyQuery(String target) {
        JavalinTest.test(app(), (server, client) -> {
            RawHttp.Response res = RawHttp.get(server.port(), target);
            assertRefused(res, target, 400);
            assertTrue(res.json().path("message").asText().contains("malformed escape"), res.body());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/documents/%C3%28", "/api/provisions/%C3%28:a:1", "/css/%c0%ae%c0%ae/pom.xml",
        "/api/provisions/a%00:b:1"})
    void invalidUtf8OrNulInThePathIs400WithTheErrorJson(String target) {
        JavalinTest.test(app(), (server, client) -> assertRefused(RawHttp.get(server.port(), target), target, 400));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        q=%22unclosed                  | bad_query
        q=(CRS                         | bad_query
        q=)                            | bad_query
        q=AND                          | bad_query
        q=NOT                          | bad_query
        q=topic%3A                     | bad_query
        q=doc%3Ano-such-doc            | bad_query
        jurisdiction=XX                | bad_query
        size=abc                       | bad_request
        size=500                       | bad_request
        page=0                         | bad_request
        page=99999999999               | bad_request
        sort=popular                   | bad_request
        """)
    void malformedSearchesAre400(String query, String code) {
        JavalinTest.test(app(), (server, client) -> {
            RawHttp.Response res = RawHttp.get(server.port(), "/api/search?" + query);
            assertRefused(res, query, 400);
            assertEquals(code, res.json().path("error").asText());
        });
    }

    @Test
    void overlongQueryAndMissingOrUnknownCompareTopicAre400() {
        JavalinTest.test(app(), (server, client) -> {
            assertRefused(RawHttp.get(server.port(), "/api/search?q=" + "a".repeat(1001)), "long q", 400);
            assertRefused(RawHttp.get(server.port(), "/api/compare"), "no topic", 400);
            assertRefused(RawHttp.get(server.port(), "/api/compare?topic=nope"), "unknown topic", 400);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/documents/no-such-doc", "/api/documents/no-such-doc/provisions",
        "/api/provisions/cde-2024-cart-heme:%E4%B9%9D:99", "/api/nothing-here"})
    void unknownIdsAndRoutesAre404(String target) {
        JavalinTest.test(app(), (server, client) -> {
            RawHttp.Response res = RawHttp.get(server.port(), target);
            assertRefused(res, target, 404);
            assertEquals("not_found", res.json().path("error").asText());
        });
    }
}
