package org.regatlas.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.regatlas.TestIndex;

/**
 * Long pasted text: a query at the length limit reaches the search by GET (not a 414 from the server first), and the
 * same parameters can be sent as a form body with POST.
 */
class LongQueryApiTest {
    /** A Chinese sentence of the shipped guideline, repeated to the wanted length. */
    private static String chinese(int chars) {
        String s = "对于嵌合抗原受体细胞治疗的临床试验，申办方应在方案中明确细胞因子释放综合征的分级标准和处理原则。";
        return s.repeat(chars / s.length() + 1).substring(0, chars);
    }

    private static Javalin app() {
        return ApiServer.create(TestIndex.services(), new ApiConfig(Path.of("web")));
    }

    private static HttpResponse<String> post(String origin, String contentType, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(origin + "/api/search"))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void overlongChineseQueryByGetIsRefusedByTheRouteNotTheServer() {
        JavalinTest.test(app(), (server, client) -> {
            String q = chinese(1001);
            assertTrue(("/api/search?q=" + enc(q)).length() > 8192, "longer than Jetty's default header room");
            var res = RawHttp.get(server.port(), "/api/search?q=" + enc(q));
            assertEquals(400, res.status(), res.body());
            assertTrue(res.json().path("message").asText().contains("at most 1000"), res.body());
        });
    }

    @Test
    void postedFormIsSearchedLikeTheQueryString() {
        JavalinTest.test(app(), (server, client) -> {
            String q = "细胞因子释放综合征 分级";
            HttpResponse<String> posted = post(client.getOrigin(), "application/x-www-form-urlencoded",
                    "q=" + enc(q) + "&jurisdiction=CN&size=5");
            assertEquals(200, posted.statusCode(), posted.body());
            JsonNode viaPost = Json.mapper().readTree(posted.body());
            JsonNode viaGet = Json.mapper().readTree(client.get("/api/search?q=" + enc(q) + "&jurisdiction=CN&size=5")
                    .body().string());
            assertTrue(viaPost.path("total").asLong() > 0, posted.body());
            assertEquals(viaGet.path("total"), viaPost.path("total"));
            assertEquals(viaGet.path("hits").findValuesAsText("id"), viaPost.path("hits").findValuesAsText("id"));
            for (JsonNode hit : viaPost.path("hits")) assertEquals("CN", hit.path("jurisdiction").asText());
        });
    }

    @Test
    void postedFormIsCheckedLikeTheQueryString() {
        JavalinTest.test(app(), (server, client) -> {
            HttpResponse<String> badUtf8 = post(client.getOrigin(), "application/x-www-form-urlencoded", "q=%C3%28");
            assertEquals(400, badUtf8.statusCode(), badUtf8.body());
            assertTrue(badUtf8.body().contains("form body is not valid UTF-8 in parameter 'q'"), badUtf8.body());
            HttpResponse<String> tooLong = post(client.getOrigin(), "application/x-www-form-urlencoded",
                    "q=" + enc(chinese(1001)));
            assertEquals(400, tooLong.statusCode(), tooLong.body());
            HttpResponse<String> json = post(client.getOrigin(), "application/json", "{\"q\": \"CRS\"}");
            assertEquals(415, json.statusCode(), json.body());
            assertTrue(json.body().contains("application/x-www-form-urlencoded"), json.body());
        });
    }

    @Test
    void pastedTextPastTheClauseLimitIsSearchedAndSaysWhatWasLeftOutOnSearchAndCompare() {
        JavalinTest.test(app(), (server, client) -> {
            // Distinct Chinese text of the guideline's own kind: 1,000 characters once made Lucene refuse the query.
            String q = chinese(1000);
            for (String path : new String[] {"/api/search?q=" + enc(q), "/api/compare?topic=crs&q=" + enc(q),
                    "/api/search?q=" + enc("car ".repeat(210).strip())}) {
                var res = RawHttp.get(server.port(), path);
                assertEquals(200, res.status(), path + " " + res.body());
                JsonNode leftOut = path.startsWith("/api/search") ? res.json().path("understood").path("leftOut")
                        : res.json().path("leftOut");
                assertTrue(leftOut.isArray(), res.body());
            }
            HttpResponse<String> posted = post(client.getOrigin(), "application/x-www-form-urlencoded", "q=" + enc(q));
            assertEquals(200, posted.statusCode(), posted.body());
            assertTrue(Json.mapper().readTree(posted.body()).path("total").asLong() > 0, posted.body());
        });
    }

    @Test
    void operatorsPastTheClauseLimitAreA400SayingWhy() {
        JavalinTest.test(app(), (server, client) -> {
            StringBuilder q = new StringBuilder();
            for (int i = 0; i < 30; i++) q.append(i == 0 ? "" : " AND ").append("嵌合抗原受体细胞产品的长期随访安全性数据").append(i);
            var res = RawHttp.get(server.port(), "/api/search?q=" + enc(q.toString()));
            assertEquals(400, res.status(), res.body());
            assertTrue(res.json().path("message").asText().contains("too complex"), res.body());
        });
    }
}
