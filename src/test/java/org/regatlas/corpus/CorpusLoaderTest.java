package org.regatlas.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regatlas.TestCorpus;
import org.regatlas.model.Problem;

/** Broken corpus input is reported with the file and field, and the rest of the corpus still loads. */
class CorpusLoaderTest {
    private static final String GOOD = """
        {"id": "%s", "title": {"en": "A guideline"}, "jurisdiction": "US", "agency": "FDA", "body": "CBER",
         "type": "guidance", "status": "final", "issued": "2024-01", "effective": null, "reference": null,
         "url": "https://example.org/g", "language": "en", "supersedes": [], "provenance": "verbatim",
         "source": "text.txt"}
        """;

    private static Path doc(Path corpus, String id, String json, String sourceName, byte[] source) throws IOException {
        Path dir = Files.createDirectories(corpus.resolve("documents").resolve(id));
        if (json != null) Files.writeString(dir.resolve("document.json"), json);
        if (source != null) Files.write(dir.resolve(sourceName), source);
        return dir;
    }

    private static String problemFor(LoadedCorpus c, String id) {
        return c.problems().stream().map(Problem::toString).filter(p -> p.contains(id)).findFirst().orElse("");
    }

    @Test
    void brokenDocumentsAreReportedByFileAndFieldWhileTheRestLoads(@TempDir Path tmp) throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(TestCorpus.corpusDir().resolve("taxonomy.json"), corpus.resolve("taxonomy.json"));
        doc(corpus, "good-doc", GOOD.formatted("good-doc"), "text.txt", "I. INTRODUCTION\nSponsors should do X.\n".getBytes());
        doc(corpus, "broken-json", "{\"id\": \"broken-json\", ", "text.txt", "x".getBytes());
        doc(corpus, "bad-jurisdiction", GOOD.formatted("bad-jurisdiction").replace("\"US\"", "\"MARS\""), "text.txt", "x. y.".getBytes());
        doc(corpus, "bad-date", GOOD.formatted("bad-date").replace("2024-01", "January 2024"), "text.txt", "x. y.".getBytes());
        doc(corpus, "empty-meta", "", "text.txt", "x".getBytes());
        doc(corpus, "binary-txt", GOOD.formatted("binary-txt"), "text.txt", new byte[] {'%', 'P', 'D', 'F', 0, 0, 7});
        doc(corpus, "empty-source", GOOD.formatted("empty-source"), "text.txt", new byte[0]);
        doc(corpus, "no-title", GOOD.formatted("no-title").replace("\"title\": {\"en\": \"A guideline\"},", ""), "text.txt", "x".getBytes());

        LoadedCorpus c = new CorpusLoader(corpus).load();
        assertEquals(List.of("good-doc"), c.documents().stream().map(CorpusDocument::id).toList());
        assertEquals(7, c.errorCount());
        assertTrue(problemFor(c, "broken-json").contains("corpus/documents/broken-json/document.json: malformed JSON"),
                problemFor(c, "broken-json"));
        assertTrue(problemFor(c, "bad-jurisdiction").contains("field 'jurisdiction' has unknown value 'MARS'"));
        assertTrue(problemFor(c, "bad-date").contains("field 'issued' must be an ISO date"));
        assertTrue(problemFor(c, "empty-meta").contains("empty-meta/document.json: the file is empty"));
        assertTrue(problemFor(c, "binary-txt").contains("binary-txt/text.txt") && problemFor(c, "binary-txt").contains("binary"));
        assertTrue(problemFor(c, "empty-source").contains("is empty"));
        assertTrue(problemFor(c, "no-title").contains("field 'title' is missing"));
    }

    @Test
    void aRecordedChecksumMustMatchTheSourceFile(@TempDir Path tmp) throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(TestCorpus.corpusDir().resolve("taxonomy.json"), corpus.resolve("taxonomy.json"));
        byte[] text = "I. INTRODUCTION\nSponsors should do X.\n".getBytes();
        String actual = "c9f732ae3069a9dfe8d60281045a4f71a32c8e862e959e9c8e45f3dbe4dfc10d";   // sha256sum of the text
        Path dir = doc(corpus, "summed", GOOD.formatted("summed")
                .replace("\"text.txt\"", "\"text.txt\", \"sha256\": \"" + actual + "\""), "text.txt", text);
        assertEquals(actual, CorpusLoader.sha256(dir.resolve("text.txt")));
        LoadedCorpus right = new CorpusLoader(corpus).load();
        assertEquals(actual, right.documents().get(0).meta().sha256(), right.problems().toString());

        Files.write(dir.resolve("text.txt"), "I. INTRODUCTION\nSponsors must do X.\n".getBytes());
        LoadedCorpus changed = new CorpusLoader(corpus).load();
        assertTrue(changed.documents().isEmpty());
        assertTrue(problemFor(changed, "summed").contains("field 'sha256' is " + actual + " but 'text.txt' has "),
                problemFor(changed, "summed"));
        Files.writeString(dir.resolve("document.json"), GOOD.formatted("summed")
                .replace("\"text.txt\"", "\"text.txt\", \"sha256\": \"ABC\""));
        assertTrue(problemFor(new CorpusLoader(corpus).load(), "summed").contains("field 'sha256' must be 64 lower-case hex"));
    }

    @Test
    void digestRecordsNeedAUrlKnownTopicsAndUniqueIds(@TempDir Path tmp) throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(TestCorpus.corpusDir().resolve("taxonomy.json"), corpus.resolve("taxonomy.json"));
        String meta = GOOD.formatted("digest-doc").replace("\"verbatim\"", "\"digest\"").replace("text.txt", "provisions.json");
        String record = """
            {"id": "digest-doc:-:%d", "factId": "X-1", "section": null, "text": {"en": "Follow up.", "zh": "随访。"},
             "strength": "SHOULD", "actors": ["sponsor"], "topics": ["%s"], "conditions": {}, "protocolSections": [],
             "sources": [%s], "confidence": "seen-primary", "note": null}
            """;
        doc(corpus, "digest-doc", meta, "provisions.json", ("{\"docId\": \"digest-doc\", \"provisions\": ["
                + record.formatted(1, "ltfu", "\"https://example.org\"") + "]}").getBytes());
        LoadedCorpus ok = new CorpusLoader(corpus).load();
        assertEquals(1, ok.documents().get(0).digests().size(), ok.problems().toString());

        Files.writeString(corpus.resolve("documents/digest-doc/provisions.json"), "{\"docId\": \"digest-doc\", \"provisions\": ["
                + record.formatted(1, "ltfu", "") + "]}");
        assertTrue(new CorpusLoader(corpus).load().problems().get(0).message().contains("record digest-doc:-:1: field 'sources' needs at least one URL"));

        Files.writeString(corpus.resolve("documents/digest-doc/provisions.json"), "{\"docId\": \"digest-doc\", \"provisions\": ["
                + record.formatted(1, "no-such-topic", "\"https://example.org\"") + "]}");
        assertTrue(new CorpusLoader(corpus).load().problems().get(0).message().contains("unknown topic 'no-such-topic'"));

        Files.writeString(corpus.resolve("documents/digest-doc/provisions.json"), "{\"docId\": \"digest-doc\", \"provisions\": ["
                + record.formatted(1, "ltfu", "\"https://example.org\"") + "," + record.formatted(1, "ltfu", "\"https://example.org\"") + "]}");
        assertTrue(new CorpusLoader(corpus).load().problems().get(0).message().contains("duplicates another record's id"));
    }
}
