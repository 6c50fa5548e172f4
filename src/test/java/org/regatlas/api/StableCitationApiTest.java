package org.regatlas.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regatlas.TestIndex;
import org.regatlas.parse.CitationsTest;
import org.regatlas.parse.ParsedCorpus;

/** A published id answers after the corpus changed: 301 to its new id, 410 when retired, on the API and the page. */
class StableCitationApiTest {
    private static String enc(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void movedIdsRedirectAndRetiredIdsAreGone(@TempDir Path tmp) throws Exception {
        ParsedCorpus changed = CitationsTest.publishedThenChanged(tmp);
        Services services = Services.of(changed, TestIndex.search());
        JavalinTest.test(ApiServer.create(services, new ApiConfig(Path.of("web"))), (server, client) -> {
            int port = server.port();
            RawHttp.Response moved = RawHttp.get(port, "/api/provisions/" + enc("test-law:第一章.第三条:1"));
            assertEquals(301, moved.status());
            assertEquals("/api/provisions/" + enc("test-law:第二章.第三条:1"), moved.header("Location"));
            assertEquals("test-law:第二章.第三条:1", moved.json().path("id").asText());

            // following the redirect gives the provision under its new id
            String location = RawHttp.get(port, "/api/provisions/" + enc("test-law:第一章.第三条:2")).header("Location");
            JsonNode followed = RawHttp.get(port, location).json();
            assertEquals("test-law:第二章.第三条:2", followed.path("id").asText());
            assertTrue(followed.path("text").asText().contains("二十日内"), followed.toString());

            RawHttp.Response gone = RawHttp.get(port, "/api/provisions/" + enc("test-law:第二章.第五条:2"));
            assertEquals(410, gone.status());
            assertEquals("gone", gone.json().path("error").asText());
            assertTrue(gone.json().path("message").asText().contains("试行期间的规定同时废止"), gone.body());

            assertEquals(404, RawHttp.get(port, "/api/provisions/" + enc("test-law:第一章.第九条:1")).status());
            assertEquals(200, RawHttp.get(port, "/api/provisions/" + enc("test-law:第一章.第二条:1")).status());

            RawHttp.Response page = RawHttp.get(port, "/p/" + enc("test-law:第一章.第三条:1"));
            assertEquals(301, page.status());
            assertEquals("/p/" + enc("test-law:第二章.第三条:1"), page.header("Location"));
            RawHttp.Response retiredPage = RawHttp.get(port, "/p/" + enc("test-law:第二章.第五条:2"));
            assertEquals(410, retiredPage.status(), "the page loads and shows why from the API's answer");
            assertTrue(retiredPage.body().contains("<html"));
            assertEquals(200, RawHttp.get(port, "/p/" + enc("test-law:第二章.第三条:1")).status());
        });
    }
}
