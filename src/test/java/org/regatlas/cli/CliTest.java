package org.regatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.regatlas.api.Json;

class CliTest {
    private static String run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.run(args));
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void docsJsonListsBothSeedDocuments() throws Exception {
        JsonNode docs = Json.mapper().readTree(run("docs", "--json")).path("documents");
        var ids = new java.util.ArrayList<String>();
        docs.forEach(d -> ids.add(d.path("id").asText()));
        assertTrue(ids.containsAll(java.util.List.of("cde-2024-cart-heme", "review-2025-cart-risk")), ids.toString());
    }

    @Test
    void provisionsJsonReturnsTheGuidelineInOrder() throws Exception {
        JsonNode out = Json.mapper().readTree(run("provisions", "cde-2024-cart-heme", "--json"));
        JsonNode first = out.path("provisions").get(0);
        assertEquals("cde-2024-cart-heme:一.（一）:1", first.path("id").asText());
        assertEquals(out.path("total").asInt(), out.path("provisions").size());
    }

    @Test
    void searchAnswersTheSameWhetherTheIndexIsBuiltOrOpenedBesideTheCorpus() throws Exception {
        // The first run may build the index; the second finds it current and opens it while the corpus is parsed.
        for (int i = 0; i < 2; i++) {
            JsonNode out = Json.mapper().readTree(run("search", "washout before lymphodepletion", "--json"));
            assertEquals("cde-2024-cart-heme:二.（三）:3", out.path("hits").get(0).path("id").asText());
            assertTrue(out.path("totalExact").asBoolean());
        }
    }

    @Test
    void showLabelsEachTranslationAsOurs() {
        String chinese = run("show", "cde-2024-cart-heme:二.（三）:3");
        assertTrue(chinese.contains("washout period") && chinese.contains("[English: unofficial translation]"), chinese);
        String english = run("show", "ema-2017-fih-rev1:8.2.6:1");
        assertTrue(english.contains("哨兵给药") && english.contains("[Chinese: unofficial translation]"), english);
    }

    @Test
    void unknownDocumentExitsWithAMessage() {
        assertEquals(2, Main.run("provisions", "no-such-doc"));
    }
}
