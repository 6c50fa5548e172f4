package org.regatlas.api;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.regatlas.Multipart;
import org.regatlas.TestIndex;
import org.regatlas.checklist.read.ProtocolReader;

/**
 * Hostile protocol uploads to {@code POST /api/checklists}: files that are not what they claim, zip bombs, script
 * payloads and bodies over the limit. Each is refused with a 4xx naming the problem (or, for scripts, exported
 * escaped), and the server keeps answering.
 */
class HostileUploadApiTest {
    private static Javalin app() {
        return ApiServer.create(TestIndex.services(), ApiConfig.defaults());
    }

    private static byte[] partHead(String fileName) {
        return Multipart.fileHead(fileName);
    }

    private static byte[] partTail() {
        return Multipart.end();
    }

    private static HttpResponse<String> upload(String origin, String query, String fileName, byte[] content) {
        return Multipart.post(origin, "/api/checklists" + query, Multipart.body(fileName, content, Map.of()), null,
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertRefused(HttpResponse<String> res, int status, String code, String messagePart)
            throws Exception {
        JsonNode body = Json.mapper().readTree(res.body());
        assertAll(() -> assertEquals(status, res.statusCode(), res.body()),
                () -> assertEquals(code, body.path("error").asText()),
                () -> assertTrue(body.path("message").asText().contains(messagePart), res.body()),
                // A refusal tells the caller what is wrong with the file, never which library class gave up.
                () -> assertFalse(body.path("message").asText().matches("(?s).*[A-Za-z]+(Exception|Error)\\b.*"),
                        res.body()),
                () -> assertTrue(res.body().startsWith("{\"error\":\"" + code + "\",\"message\":"), res.body()));
    }

    /** A protocol sentence, then bytes that are not UTF-8 (0xC3 starts a two-byte sequence 0x28 cannot end). */
    private static byte[] invalidUtf8Text() {
        byte[] text = "1 Introduction\nThe sponsor shall monitor every patient for cytokine release syndrome.\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] out = Arrays.copyOf(text, text.length + 2);
        out[text.length] = (byte) 0xC3;
        out[text.length + 1] = (byte) 0x28;
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"protocol.txt", "protocol.md", "protocol.html"})
    void invalidUtf8TextProtocolIs422SayingSo(String fileName) {
        JavalinTest.test(app(), (server, client) -> assertRefused(upload(client.getOrigin(), "", fileName,
                invalidUtf8Text()), 422, "unprocessable", "not valid UTF-8"));
    }

    /**
     * A DOCX whose word/document.xml inflates from about 300 KB to 300 MB. POI's inflate-ratio guard must refuse it
     * while reading, long before the XML would fill the heap.
     */
    private static byte[] zipBombDocx() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-"
                    + "package.relationships+xml\"/><Override PartName=\"/word/document.xml\" "
                    + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document."
                    + "main+xml\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "relationships\"><Relationship Id=\"rId1\" "
                    + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                    + "Target=\"word/document.xml\"/></Relationships>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                    + "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
            byte[] megabyte = new byte[1 << 20];
            Arrays.fill(megabyte, (byte) ' ');
            for (int i = 0; i < 300; i++) zip.write(megabyte);
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    @Test
    void zipBombDocxIs422AndRefusedQuickly() {
        JavalinTest.test(app(), (server, client) -> {
            byte[] bomb = zipBombDocx();
            assertTrue(bomb.length < 2_000_000, "the bomb is small: " + bomb.length);
            long start = System.nanoTime();
            HttpResponse<String> res = upload(client.getOrigin(), "", "bomb.docx", bomb);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertRefused(res, 422, "unprocessable", "bomb.docx");
            assertTrue(res.body().toLowerCase(Locale.ROOT).contains("zip bomb"), res.body());
            // Generous bound against a shared CI machine; inflating the 300 MB would take far longer (or fail).
            assertTrue(millis < 20_000, "refused after " + millis + " ms");
            assertEquals(200, client.get("/api/health").code());
        });
    }

    private static byte[] smallPdf() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(50, 700);
                text.showText("1 Introduction. The sponsor shall monitor cytokine release syndrome in all patients.");
                text.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void malformedPdfsAre422() {
        JavalinTest.test(app(), (server, client) -> {
            byte[] noise = new byte[20_000];
            new Random(42).nextBytes(noise);
            byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
            byte[] random = Arrays.copyOf(header, header.length + noise.length);
            System.arraycopy(noise, 0, random, header.length, noise.length);
            assertRefused(upload(client.getOrigin(), "", "random.pdf", random), 422, "unprocessable", "random.pdf");

            byte[] pdf = smallPdf();
            byte[] truncated = Arrays.copyOf(pdf, pdf.length / 2);
            assertRefused(upload(client.getOrigin(), "", "truncated.pdf", truncated), 422, "unprocessable",
                    "truncated.pdf");
            assertRefused(upload(client.getOrigin(), "", "header-only.pdf", header), 422, "unprocessable",
                    "header-only.pdf");
            assertEquals(200, client.get("/api/health").code());
        });
    }

    private static final String SCRIPTED_PROTOCOL = """
        <html><head><title>Protocol <script>alert('title')</script></title></head><body>
        <h1>1 Introduction <script>alert('heading')</script></h1>
        <p>The sponsor shall monitor every patient for cytokine release syndrome <img src=x onerror=alert(2)>
        and report &lt;script&gt;alert(3)&lt;/script&gt; events.</p>
        <h1>2 Long-term follow-up</h1>
        <p>Patients are followed for 15 years after infusion &lt;img src=x onerror=alert(4)&gt;.</p>
        </body></html>
        """;

    @ParameterizedTest
    @ValueSource(strings = {"html", "md"})
    void scriptPayloadsInAnHtmlProtocolComeOutEscaped(String format) {
        JavalinTest.test(app(), (server, client) -> {
            HttpResponse<String> res = upload(client.getOrigin(), "?format=" + format, "x<script>.html",
                    SCRIPTED_PROTOCOL.getBytes(StandardCharsets.UTF_8));
            assertEquals(200, res.statusCode(), res.body());
            String body = res.body().toLowerCase(Locale.ROOT);
            assertAll(() -> assertFalse(body.contains("<script"), "raw <script> in the " + format + " export"),
                    () -> assertFalse(body.contains("<img"), "raw <img> in the " + format + " export"),
                    () -> assertTrue(body.contains("&lt;script&gt;") || body.contains("\\<script"),
                            "the payload text is kept, escaped"));
            String disposition = res.headers().firstValue("Content-Disposition").orElse("");
            assertFalse(disposition.contains("<") || disposition.contains(">"), disposition);
        });
    }

    @Test
    void jsonExportOfAScriptedProtocolIsServedAsDataNotHtml() {
        JavalinTest.test(app(), (server, client) -> {
            HttpResponse<String> res = upload(client.getOrigin(), "?format=json", "scripted.html",
                    SCRIPTED_PROTOCOL.getBytes(StandardCharsets.UTF_8));
            assertEquals(200, res.statusCode(), res.body());
            assertTrue(res.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            assertEquals("nosniff", res.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertTrue(res.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        });
    }

    @Test
    void declaredLengthOverTheLimitIs413BeforeTheBodyIsRead() {
        JavalinTest.test(app(), (server, client) -> {
            RawHttp.Response res = RawHttp.send(server.port(), "POST", "/api/checklists", partHead("big.pdf"),
                    "Content-Type: " + Multipart.CONTENT_TYPE, "Content-Length: 99999999");
            assertEquals(413, res.status(), res.body());
            assertEquals("too_large", res.json().path("error").asText());
            assertTrue(res.json().path("message").asText().contains("at most 50 MB"), res.body());
        });
    }

    @Test
    void chunkedUploadOverTheLimitIs413() {
        JavalinTest.test(app(), (server, client) -> {
            long size = ProtocolReader.MAX_BYTES + 2L * 1024 * 1024;
            HttpRequest request = HttpRequest.newBuilder(URI.create(client.getOrigin() + "/api/checklists"))
                    .header("Content-Type", Multipart.CONTENT_TYPE)
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(
                            new SequenceInputStream(new ByteArrayInputStream(partHead("huge.txt")), filler(size)),
                            new ByteArrayInputStream(partTail()))))
                    .build();
            HttpResponse<String> res = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            assertRefused(res, 413, "too_large", "at most 50 MB");
            assertEquals(200, client.get("/api/health").code());
        });
    }

    /** {@code n} bytes of 'a' without holding them in memory. */
    private static InputStream filler(long n) {
        return new InputStream() {
            private long left = n;

            @Override
            public int read() {
                return left-- > 0 ? 'a' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) return -1;
                int k = (int) Math.min(len, left);
                Arrays.fill(b, off, off + k, (byte) 'a');
                left -= k;
                return k;
            }
        };
    }
}
