package org.regatlas.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.regatlas.TestCorpus;
import org.regatlas.model.DocumentMeta;
import org.regatlas.model.Provenance;
import org.regatlas.model.Provision;
import org.regatlas.parse.ParsedDocument;

/** The digest documents: they load, cite, and stay true to the fact sheets they were written from. */
class DigestCorpusTest {
    /** Digest records per document, as grounded by the fact sheets; change only together with the corpus. */
    private static final Map<String, Integer> EXPECTED_COUNTS = new TreeMap<>(Map.ofEntries(
            Map.entry("astct-2019-crs-icans-grading", 25), Map.entry("cde-2021-gene-modified-cell-nonclinical", 1),
            Map.entry("cde-2021-immune-cell-clinical-trials", 10), Map.entry("cde-2022-cart-rmp", 13),
            Map.entry("cde-2023-cgt-clinical-communication", 4), Map.entry("cde-2024-cell-therapy-clinical-pharmacology", 22),
            Map.entry("cfda-2017-cell-therapy-research-evaluation", 16), Map.entry("ema-2020-gm-cells-rev1", 15),
            Map.entry("ema-2025-investigational-atmp", 23), Map.entry("ema-atmp-follow-up-rmp", 20),
            Map.entry("ema-cart-post-authorisation-studies", 15), Map.entry("ema-cart-psur-frequency", 8),
            Map.entry("ema-prac-2024-tcell-malignancy", 13), Map.entry("ema-prime", 17), Map.entry("fda-2017-kymriah-pmr", 7),
            Map.entry("fda-2020-gt-cmc-ind", 12), Map.entry("fda-2020-gt-ltfu", 19), Map.entry("fda-2020-rcr-testing", 16),
            Map.entry("fda-2022-cart-development-draft", 0), Map.entry("fda-2024-cart-development", 22),
            Map.entry("fda-2024-cart-tcell-malignancy", 20), Map.entry("fda-2024-cgt-faq-draft", 17), Map.entry("ich-s6r1", 125),
            Map.entry("ich-s8", 27)));

    private static List<ParsedDocument> digests() {
        return TestCorpus.parsed().documents().stream().filter(d -> d.meta().provenance() == Provenance.DIGEST).toList();
    }

    @Test
    void everyDocumentFolderLoadsWithoutProblems() throws IOException {
        assertEquals(List.of(), TestCorpus.loaded().problems());
        long folders;
        try (var s = Files.list(TestCorpus.corpusDir().resolve("documents"))) {
            folders = s.filter(Files::isDirectory).count();
        }
        assertEquals(folders, TestCorpus.parsed().documents().size());
    }

    @Test
    void digestCountsMatchWhatTheFactSheetsGround() {
        Map<String, Integer> actual = new TreeMap<>();
        digests().forEach(d -> actual.put(d.id(), d.provisions().size()));
        assertEquals(EXPECTED_COUNTS, actual);
        assertTrue(actual.values().stream().mapToInt(Integer::intValue).sum() >= 300);
    }

    @Test
    void everyDigestHasBothLanguagesAUrlAKnownConfidenceAndNoInferredFacts() {
        for (ParsedDocument d : digests()) {
            for (Provision p : d.provisions()) {
                assertNotNull(p.textEn(), p.id());
                assertNotNull(p.textZh(), p.id());
                assertTrue(!p.sources().isEmpty() && p.sources().stream().allMatch(SourceLinks::isWellFormed), p.id());
                assertTrue(List.of("seen-primary", "seen-secondary").contains(p.confidence()), p.id() + " " + p.confidence());
                p.topics().forEach(t -> assertTrue(TestCorpus.parsed().taxonomy().hasTopic(t), p.id() + " topic " + t));
            }
        }
    }

    @Test
    void ichDocumentsSayTheyApplyToCarTOnlyByAnalogy() {
        for (String id : List.of("ich-s6r1", "ich-s8")) {
            ParsedDocument d = TestCorpus.parsed().document(id).orElseThrow();
            assertTrue(d.meta().notes().en().toLowerCase().contains("analogy"), id);
            assertTrue(d.provisions().stream().allMatch(p -> p.note() != null && p.note().contains("analogy")), id);
        }
    }

    @Test
    void sectionsUrlsAndFactIdsOccurInTheFactSheets() throws IOException {
        Path shared = TestCorpus.shared();
        assumeTrue(shared != null && Files.isDirectory(shared.resolve("guideline-facts")), "../shared/guideline-facts is absent");
        Map<String, String> sheets = Map.of(
                "CN", Files.readString(shared.resolve("guideline-facts/cn-nmpa-cde.md")),
                "US", Files.readString(shared.resolve("guideline-facts/us-fda.md")),
                "EU", Files.readString(shared.resolve("guideline-facts/eu-ema-ich.md")),
                "INTL", Files.readString(shared.resolve("guideline-facts/eu-ema-ich.md")));
        // Agency pages found beyond the sheets are registered, each with what it is and where it was seen.
        var registered = new java.util.HashSet<String>();
        var register = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(TestCorpus.corpusDir().resolve("agency-pages.json").toFile());
        for (var page : register.path("pages")) {
            assertTrue(SourceLinks.isAgencyPage(page.path("url").asText()), page.path("url").asText());
            assertTrue(!page.path("seenAt").asText().isBlank() && !page.path("what").asText().isBlank());
            registered.add(page.path("url").asText());
        }
        List<String> missing = new ArrayList<>();
        for (ParsedDocument d : digests()) {
            DocumentMeta m = d.meta();
            String sheet = m.id().startsWith("astct") ? sheets.get("US") : sheets.get(m.jurisdiction().name());
            if (m.url() != null && !sheet.contains(m.url()) && !registered.contains(m.url())) missing.add(m.id() + " url " + m.url());
            Path file = TestCorpus.corpusDir().resolve("documents").resolve(m.id()).resolve("provisions.json");
            var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile());
            for (var rec : root.path("provisions")) {
                String id = rec.path("id").asText();
                if (!sheet.contains(rec.path("factId").asText())) missing.add(id + " factId " + rec.path("factId").asText());
                if (!rec.path("section").isNull() && !sheet.contains(rec.path("section").asText())) {
                    missing.add(id + " section " + rec.path("section").asText());
                }
                for (var url : rec.path("sources")) {
                    String u = url.asText();
                    if (u.startsWith("http") && !sheet.contains(u) && !registered.contains(u)) missing.add(id + " source " + u);
                }
            }
        }
        assertEquals(List.of(), missing);
    }
}
