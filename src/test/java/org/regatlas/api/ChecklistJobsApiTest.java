package org.regatlas.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regatlas.Multipart;
import org.regatlas.TestIndex;

/**
 * The checklist job limit: with every slot taken, a request is refused at once with 429 and Retry-After. The test
 * takes the slot itself, so nothing depends on timing.
 */
class ChecklistJobsApiTest {

    private static HttpResponse<String> postProtocol(String origin) throws Exception {
        byte[] body = Multipart.body("protocol-zh.txt",
                Files.readAllBytes(Path.of("src/test/resources/fixtures/protocol-zh.txt")), Map.of());
        return Multipart.post(origin, "/api/checklists", body, null, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void requestOverTheLimitIs429WithRetryAfterAndTheSlotFreesAgain() {
        ChecklistJobs jobs = new ChecklistJobs(1);
        var app = ApiServer.create(new ServiceHolder(TestIndex.services()), null,
                ApiConfig.defaults().withMaxChecklistJobs(1), jobs);
        JavalinTest.test(app, (server, client) -> {
            ChecklistJobs.Job running = jobs.start();        // a job in progress holds the only slot
            HttpResponse<String> refused = postProtocol(client.getOrigin());
            assertEquals(429, refused.statusCode(), refused.body());
            assertEquals(String.valueOf(ChecklistJobs.RETRY_AFTER_SECONDS),
                    refused.headers().firstValue("Retry-After").orElse(""));
            JsonNode body = Json.mapper().readTree(refused.body());
            assertEquals("too_many_requests", body.path("error").asText());
            assertTrue(body.path("message").asText().contains("1 checklist"), refused.body());
            assertEquals(200, client.get("/api/health").code(), "other routes are not limited");

            running.close();
            HttpResponse<String> accepted = postProtocol(client.getOrigin());
            assertEquals(200, accepted.statusCode(), accepted.body());
            HttpResponse<String> again = postProtocol(client.getOrigin());
            assertEquals(200, again.statusCode(), "a finished request gives its slot back");
        });
    }

    @Test
    void refusedAndFailedRequestsGiveTheirSlotBack() {
        ChecklistJobs jobs = new ChecklistJobs(1);
        var app = ApiServer.create(new ServiceHolder(TestIndex.services()), null, ApiConfig.defaults(), jobs);
        JavalinTest.test(app, (server, client) -> {
            HttpRequest notAFile = HttpRequest.newBuilder(URI.create(client.getOrigin() + "/api/checklists"))
                    .header("Content-Type", Multipart.CONTENT_TYPE)
                    .POST(HttpRequest.BodyPublishers.ofString("--" + Multipart.BOUNDARY + "--\r\n")).build();
            assertEquals(400, HttpClient.newHttpClient().send(notAFile, HttpResponse.BodyHandlers.ofString())
                    .statusCode());
            jobs.start().close();                            // the slot is free again: this would throw 429 otherwise
        });
    }
}
