package org.regatlas.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.regatlas.Multipart;
import org.regatlas.TestIndex;

/**
 * The uploads that once held a checklist slot (and a core) for minutes, replayed at a size that still takes far longer
 * than the limit set here: each job ends within its time limit with 503 {@code checklist_timeout} (or, if it got
 * fast enough, 200), searches keep being answered within a second meanwhile, and the slot is free afterwards.
 * {@code bench/attacks.sh} replays them at full size against a running server.
 */
class ChecklistAttackIT {
    private static final int LIMIT_SECONDS = 5;
    /** The deadline is checked between obligations and every thousand paragraphs; a generous slack for a busy CI. */
    private static final long END_WITHIN_MS = (LIMIT_SECONDS + 10) * 1000L;

    /** 128,000 one-line paragraphs under one heading (2.9 MB; 77 s once). */
    static byte[] manyParagraphsMarkdown(int paragraphs) {
        StringBuilder md = new StringBuilder("# Study protocol\n\n## 6 Treatment\n\n");
        for (int i = 0; i < paragraphs; i++) md.append("Patients receive dose ").append(i).append(" mg.\n\n");
        return md.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A DOCX whose document.xml is {@code paragraphs} short paragraphs (10:1 deflated, under the zip-bomb ratio). */
    static byte[] manyParagraphsDocx(int paragraphs) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas"
                    + ".openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\""
                    + "application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
                    + "ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\""
                    + "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas"
                    + ".openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://"
                    + "schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\""
                    + "word/document.xml\"/></Relationships>");
            StringBuilder doc = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\""
                    + "http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
            doc.append("<w:p><w:r><w:t>6 Treatment</w:t></w:r></w:p>");
            for (int i = 0; i < paragraphs; i++) {
                doc.append("<w:p><w:r><w:t>Patients receive dose ").append(i).append(" mg.</w:t></w:r></w:p>");
            }
            put(zip, "word/document.xml", doc.append("</w:body></w:document>").toString());
        }
        return out.toByteArray();
    }

    /**
     * A one-page PDF whose content stream inflates to {@code inflatedBytes} of text operators (Flate compresses the
     * repetition about a thousandfold: 6.8 MB once inflated to 2 GB).
     */
    static byte[] inflatingPdf(long inflatedBytes) throws IOException {
        byte[] op = "BT /F1 12 Tf 72 700 Td (Patients receive dose) Tj ET\n".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (var z = new java.util.zip.DeflaterOutputStream(deflated,
                new java.util.zip.Deflater(java.util.zip.Deflater.BEST_COMPRESSION))) {
            byte[] block = new byte[op.length * 1024];
            for (int i = 0; i < 1024; i++) System.arraycopy(op, 0, block, i * op.length, op.length);
            for (long n = 0; n < inflatedBytes; n += block.length) z.write(block);
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        pdf.write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> "
                    + "/Contents 4 0 R >>",
            null,
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        for (int i = 0; i < objects.length; i++) {
            offsets.add(pdf.size());
            pdf.write(((i + 1) + " 0 obj\n").getBytes(StandardCharsets.US_ASCII));
            if (objects[i] != null) {
                pdf.write(objects[i].getBytes(StandardCharsets.US_ASCII));
            } else {
                pdf.write(("<< /Length " + deflated.size() + " /Filter /FlateDecode >>\nstream\n")
                        .getBytes(StandardCharsets.US_ASCII));
                deflated.writeTo(pdf);
                pdf.write("\nendstream".getBytes(StandardCharsets.US_ASCII));
            }
            pdf.write("\nendobj\n".getBytes(StandardCharsets.US_ASCII));
        }
        int xref = pdf.size();
        StringBuilder tail = new StringBuilder("xref\n0 " + (objects.length + 1) + "\n0000000000 65535 f \n");
        for (int off : offsets) tail.append(String.format("%010d 00000 n \n", off));
        tail.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        pdf.write(tail.toString().getBytes(StandardCharsets.US_ASCII));
        return pdf.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    @Test
    void slowUploadsEndWithinTheirLimitWhileSearchesAreAnswered() throws Exception {
        var app = ApiServer.create(new ServiceHolder(TestIndex.services()), null,
                ApiConfig.defaults().withChecklistSeconds(LIMIT_SECONDS));
        JavalinTest.test(app, (server, client) -> {
            for (int i = 0; i < 20; i++) client.get("/api/search?q=CRS%20grading&size=10");    // warm, as in use
            List<String> report = new ArrayList<>();
            attack(client.getOrigin(), client, "attack.md", manyParagraphsMarkdown(128_000), report);
            attack(client.getOrigin(), client, "under-the-line-limit.md", manyParagraphsMarkdown(90_000), report);
            attack(client.getOrigin(), client, "attack.docx", manyParagraphsDocx(200_000), report);
            attack(client.getOrigin(), client, "attack.pdf", inflatingPdf(500L * 1024 * 1024), report);
            // The slots are free again: an honest protocol is checked.
            byte[] honest = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(
                    "src/test/resources/fixtures/protocol-zh.txt"));
            var ok = Multipart.post(client.getOrigin(), "/api/checklists", Multipart.body("protocol-zh.txt", honest,
                    Map.of()), null, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ok.statusCode(), ok.body());
        });
    }

    private static void attack(String origin, io.javalin.testtools.HttpClient client, String name, byte[] file,
            List<String> report) throws Exception {
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<String>> upload = CompletableFuture.supplyAsync(() -> {
            try {
                return Multipart.post(origin, "/api/checklists", Multipart.body(name, file, Map.of()), null,
                        HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        long slowestSearch = 0;
        int searches = 0;
        while (!upload.isDone() && System.nanoTime() - start < END_WITHIN_MS * 1_000_000) {
            long t = System.nanoTime();
            assertEquals(200, client.get("/api/search?q=CRS%20grading&size=10").code());
            slowestSearch = Math.max(slowestSearch, (System.nanoTime() - t) / 1_000_000);
            searches++;
            Thread.sleep(100);
        }
        HttpResponse<String> res = upload.get(END_WITHIN_MS, TimeUnit.MILLISECONDS);
        long millis = (System.nanoTime() - start) / 1_000_000;
        JsonNode body = Json.mapper().readTree(res.body().isEmpty() ? "{}" : res.body());
        report.add(name + " (" + file.length / 1024 + " KB): " + res.statusCode() + " " + body.path("error").asText()
                + " in " + millis + " ms; " + searches + " searches, slowest " + slowestSearch + " ms; "
                + body.path("message").asText());
        System.out.println("ChecklistAttackIT: " + report.get(report.size() - 1));
        assertTrue(List.of(200, 413, 422, 503).contains(res.statusCode()), res.body());
        if (res.statusCode() == 503) assertEquals("checklist_timeout", body.path("error").asText(), res.body());
        assertTrue(millis < END_WITHIN_MS, name + " ended after " + millis + " ms");
        assertTrue(slowestSearch < 1000, name + ": a search took " + slowestSearch + " ms");
    }
}
