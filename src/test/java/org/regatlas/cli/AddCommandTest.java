package org.regatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code regatlas add}: a document added in one move, its parse reported; refusals leave nothing behind. */
class AddCommandTest {
    @TempDir
    Path corpus;

    private static final Path PDF = Path.of("corpus", "documents", "ema-2017-fih-rev1",
            "EMA_2017_EMEA-CHMP-SWP-28367-07-Rev1_First-in-Human-and-Early-Clinical-Trials.pdf");

    @BeforeEach
    void vocabulary() throws IOException {
        Files.copy(Path.of("corpus", "taxonomy.json"), corpus.resolve("taxonomy.json"));
        Files.copy(Path.of("corpus", "glossary.json"), corpus.resolve("glossary.json"));
        Files.createDirectories(corpus.resolve("documents"));
    }

    private record Run(int code, String out, String err) {}

    private Run add(String file, String id) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run("add", file, "--id", id, "--jurisdiction", "EU", "--agency", "EMA",
                    "--issued", "2017-07-20", "--corpus", corpus.toString());
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private long entries() throws IOException {
        try (Stream<Path> s = Files.list(corpus)) {
            return s.count();
        }
    }

    @Test
    void addsAPdfAndPrintsItsTreeAndReport() throws IOException {
        Run r = add(PDF.toString(), "ema-fih");
        assertEquals(0, r.code(), r.err());
        Path folder = corpus.resolve("documents/ema-fih");
        assertTrue(Files.isRegularFile(folder.resolve("document.json")));
        assertTrue(Files.isRegularFile(folder.resolve(PDF.getFileName())));
        String meta = Files.readString(folder.resolve("document.json"));
        assertTrue(meta.contains("6d05cacd3b6da723f15d608ded724b620d76309e275bc6424a229e804411d719"), meta);
        assertTrue(r.out().contains("8.2.1"), r.out());
        assertTrue(r.out().contains("table of contents    40 entries, 40 found as headings"), r.out());
        assertTrue(r.out().contains("no warnings"), r.out());
        assertEquals(3, entries(), "no staging folder is left beside the corpus");
    }

    @Test
    void refusesADuplicateIdAndLeavesTheExistingDocument() throws IOException {
        assertEquals(0, add(PDF.toString(), "ema-fih").code());
        Run again = add(PDF.toString(), "ema-fih");
        assertEquals(2, again.code());
        assertTrue(again.err().contains("a document with id 'ema-fih' already exists"), again.err());
        assertEquals(3, entries());
    }

    @Test
    void refusesAnUnreadableFileWithoutWritingAnything() throws IOException {
        Path broken = corpus.getParent().resolve(corpus.getFileName() + "-broken.pdf");
        Files.writeString(broken, "%PDF-1.7 not really a PDF");
        try {
            Run r = add(broken.toString(), "broken");
            assertEquals(2, r.code());
            assertTrue(r.err().contains("is not a readable PDF") && r.err().contains("nothing was added"), r.err());
            assertFalse(Files.exists(corpus.resolve("documents/broken")));
            assertEquals(3, entries());
        } finally {
            Files.deleteIfExists(broken);
        }
    }

    @Test
    void refusesAMalformedId() {
        Run r = add(PDF.toString(), "Not_Kebab");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--id must be kebab-case"), r.err());
    }
}
