package org.regatlas.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regatlas.TestIndex;

/** CORS is off unless origins are configured; then exactly those origins are echoed. */
class CorsApiTest {
    private static final String UI = "https://ui.example.org";

    private static Javalin app(List<String> origins) {
        return ApiServer.create(TestIndex.services(), ApiConfig.defaults().withCorsOrigins(origins));
    }

    @Test
    void noCorsHeaderByDefault() {
        JavalinTest.test(app(List.of()), (server, client) -> {
            RawHttp.Response res = RawHttp.get(server.port(), "/api/health", "Origin: " + UI);
            assertEquals(200, res.status());
            assertNull(res.header("Access-Control-Allow-Origin"));
            RawHttp.Response preflight = RawHttp.send(server.port(), "OPTIONS", "/api/search", null, "Origin: " + UI,
                    "Access-Control-Request-Method: GET");
            assertNull(preflight.header("Access-Control-Allow-Origin"));
            assertEquals(404, preflight.status());
        });
    }

    @Test
    void configuredOriginIsEchoedAndOthersGetNoHeader() {
        JavalinTest.test(app(List.of(UI)), (server, client) -> {
            RawHttp.Response listed = RawHttp.get(server.port(), "/api/health", "Origin: " + UI);
            assertEquals(200, listed.status());
            assertEquals(UI, listed.header("Access-Control-Allow-Origin"));
            assertTrue(listed.header("Vary").contains("Origin"));

            // Not a 400: the UI's own same-origin POSTs carry an Origin header too.
            RawHttp.Response other = RawHttp.get(server.port(), "/api/health", "Origin: https://evil.example.net");
            assertEquals(200, other.status());
            assertNull(other.header("Access-Control-Allow-Origin"));
            assertNull(RawHttp.get(server.port(), "/api/health").header("Access-Control-Allow-Origin"));
        });
    }

    @Test
    void preflightFromTheConfiguredOriginIsAnsweredAndOthersRefused() {
        JavalinTest.test(app(List.of(UI)), (server, client) -> {
            RawHttp.Response ok = RawHttp.send(server.port(), "OPTIONS", "/api/admin/reindex", null, "Origin: " + UI,
                    "Access-Control-Request-Method: POST", "Access-Control-Request-Headers: authorization");
            assertEquals(204, ok.status());
            assertEquals(UI, ok.header("Access-Control-Allow-Origin"));
            assertTrue(ok.header("Access-Control-Allow-Methods").contains("POST"));
            assertTrue(ok.header("Access-Control-Allow-Headers").contains("Authorization"));

            RawHttp.Response other = RawHttp.send(server.port(), "OPTIONS", "/api/search", null,
                    "Origin: https://evil.example.net", "Access-Control-Request-Method: GET");
            assertEquals(403, other.status());
            assertNull(other.header("Access-Control-Allow-Origin"));
            assertEquals("forbidden", other.json().path("error").asText());
        });
    }
}
