package org.regatlas.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.regatlas.Multipart;
import org.regatlas.TestIndex;
import org.regatlas.api.ApiConfig;
import org.regatlas.api.ApiServer;
import org.regatlas.api.Json;
import org.regatlas.api.RawHttp;
import org.regatlas.checklist.export.ChecklistFormat;
import org.regatlas.checklist.read.ProtocolReader;

class ChecklistApiTest {
    private static Javalin app() {
        return ApiServer.create(TestIndex.services(), ApiConfig.defaults());
    }

    private static byte[] multipart(String fileName, byte[] content, Map<String, String> fields) {
        return Multipart.body(fileName, content, fields);
    }

    private static HttpResponse<byte[]> post(String origin, String path, byte[] body, String accept) {
        return Multipart.post(origin, path, body, accept, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonNode json(HttpResponse<byte[]> res) throws Exception {
        return Json.mapper().readTree(res.body());
    }

    @Test
    void postedProtocolAnswersTheChecklistJson() {
        JavalinTest.test(app(), (server, client) -> {
            byte[] body = multipart("protocol-zh.txt", Files.readAllBytes(Samples.chineseFixture()), Map.of("jurisdiction", "CN"));
            HttpResponse<byte[]> res = post(client.getOrigin(), "/api/checklists", body, null);
            assertEquals(200, res.statusCode(), new String(res.body(), StandardCharsets.UTF_8));
            assertTrue(res.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            JsonNode c = json(res);
            assertEquals("CN", c.path("profile").path("jurisdictions").get(0).asText());
            assertTrue(c.path("items").size() > 20);
            assertTrue(c.path("protocol").path("sections").size() >= 10);
            assertTrue(c.path("summary").path("addressed").asInt() > 0);
        });
    }

    @Test
    void formatParameterAnswersAnXlsxWorkbook() {
        JavalinTest.test(app(), (server, client) -> {
            byte[] body = multipart("protocol-zh.txt", Files.readAllBytes(Samples.chineseFixture()), Map.of("indication", "MM"));
            HttpResponse<byte[]> res = post(client.getOrigin(), "/api/checklists?format=xlsx", body, null);
            assertEquals(200, res.statusCode());
            assertEquals(ChecklistFormat.XLSX.mediaType(), res.headers().firstValue("Content-Type").orElse(""));
            assertTrue(res.headers().firstValue("Content-Disposition").orElse("").contains("protocol-zh-checklist.xlsx"));
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(res.body()))) {
                assertEquals("Status", wb.getSheet("Checklist").getRow(0).getCell(1).getStringCellValue());
            }
        });
    }

    @Test
    void acceptHeaderChoosesMarkdown() {
        JavalinTest.test(app(), (server, client) -> {
            byte[] body = multipart("protocol-zh.txt", Files.readAllBytes(Samples.chineseFixture()), Map.of());
            HttpResponse<byte[]> res = post(client.getOrigin(), "/api/checklists", body, "text/markdown");
            assertEquals(200, res.statusCode());
            assertTrue(new String(res.body(), StandardCharsets.UTF_8).startsWith("# Checklist: "));
        });
    }

    @Test
    void unsupportedTypeIs415AndTheServerKeepsServing() {
        JavalinTest.test(app(), (server, client) -> {
            HttpResponse<byte[]> res = post(client.getOrigin(), "/api/checklists", multipart("scan.png", new byte[] {1, 2, 3}, Map.of()), null);
            assertEquals(415, res.statusCode());
            assertEquals("unsupported_media_type", json(res).path("error").asText());
            assertTrue(json(res).path("message").asText().contains(".png"));
            assertEquals(200, client.get("/api/health").code());
        });
    }

    @Test
    void emptyFileAndCorruptPdfAre422() {
        JavalinTest.test(app(), (server, client) -> {
            HttpResponse<byte[]> empty = post(client.getOrigin(), "/api/checklists", multipart("empty.pdf", new byte[0], Map.of()), null);
            assertEquals(422, empty.statusCode());
            assertTrue(json(empty).path("message").asText().contains("empty"), json(empty).toString());
            byte[] corrupt = "%PDF-1.7\nthis is not really a pdf".getBytes(StandardCharsets.US_ASCII);
            HttpResponse<byte[]> bad = post(client.getOrigin(), "/api/checklists", multipart("broken.pdf", corrupt, Map.of()), null);
            assertEquals(422, bad.statusCode());
            assertEquals("unprocessable", json(bad).path("error").asText());
            assertTrue(json(bad).path("message").asText().contains("broken.pdf"), json(bad).toString());
            assertEquals(200, client.get("/api/health").code());
        });
    }

    @Test
    void fileOverFiftyMegabytesIs413() {
        JavalinTest.test(app(), (server, client) -> {
            // The server answers from the declared length, before reading the body. Only the headers are sent: a
            // client still writing 51 MB when the server closes gets a reset that can swallow the answer.
            long declared = ProtocolReader.MAX_BYTES + 1024 * 1024 + 10;
            RawHttp.Response res = RawHttp.send(server.port(), "POST", "/api/checklists", null,
                    "Content-Type: " + Multipart.CONTENT_TYPE, "Content-Length: " + declared);
            assertEquals(413, res.status());
            assertEquals("too_large", res.json().path("error").asText());
            assertTrue(res.json().path("message").asText().contains("50 MB"), res.body());
            assertEquals(200, client.get("/api/health").code());
        });
    }

    @Test
    void modalityFieldSetsTheWarningAndAnUnknownModalityIs400NamingTheKnownOnes() {
        JavalinTest.test(app(), (server, client) -> {
            byte[] fixture = Files.readAllBytes(Samples.chineseFixture());
            HttpResponse<byte[]> res = post(client.getOrigin(), "/api/checklists",
                    multipart("protocol-zh.txt", fixture, Map.of("modality", "bispecific")), null);
            assertEquals(200, res.statusCode(), new String(res.body(), StandardCharsets.UTF_8));
            JsonNode c = json(res);
            assertEquals("t-cell-engager", c.path("profile").path("modality").get(0).asText());
            boolean warned = false;
            for (JsonNode w : c.path("warnings")) warned |= w.path("code").asText().equals("not-cell-therapy");
            assertTrue(warned, "not-cell-therapy warning");
            HttpResponse<byte[]> bad = post(client.getOrigin(), "/api/checklists",
                    multipart("protocol-zh.txt", fixture, Map.of("modality", "vaccine")), null);
            assertEquals(400, bad.statusCode());
            String message = json(bad).path("message").asText();
            assertTrue(message.contains("vaccine") && message.contains("t-cell-engager"), message);
        });
    }

    @Test
    void missingFileFieldUnknownProfileValueAndUnknownFormatAre400() {
        JavalinTest.test(app(), (server, client) -> {
            assertEquals(400, post(client.getOrigin(), "/api/checklists", multipart(null, null, Map.of("indication", "MM")), null).statusCode());
            byte[] body = multipart("protocol-zh.txt", Files.readAllBytes(Samples.chineseFixture()), Map.of("indication", "glioma"));
            HttpResponse<byte[]> res = post(client.getOrigin(), "/api/checklists", body, null);
            assertEquals(400, res.statusCode());
            assertTrue(json(res).path("message").asText().contains("glioma"));
            assertEquals(400, post(client.getOrigin(), "/api/checklists?format=pdf", body, null).statusCode());
        });
    }

    @Test
    void bodyThatIsNotMultipartIs415() {
        JavalinTest.test(app(), (server, client) -> {
            var res = client.post("/api/checklists", "{\"file\":\"x\"}");
            assertEquals(415, res.code());
        });
    }
}
