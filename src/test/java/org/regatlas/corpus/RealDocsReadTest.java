package org.regatlas.corpus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.regatlas.TestCorpus;
import org.regatlas.parse.SectionParser;

/** Every real guideline and protocol file in ../shared/real-docs reads without throwing and yields sections. */
class RealDocsReadTest {
    static Stream<Path> realDocs() throws IOException {
        Path shared = TestCorpus.shared();
        if (shared == null || !Files.isDirectory(shared.resolve("real-docs"))) {
            return Stream.of(Path.of("(../shared/real-docs absent)"));
        }
        try (Stream<Path> s = Files.walk(shared.resolve("real-docs"))) {
            List<Path> files = s.filter(Files::isRegularFile)
                    .filter(p -> SourceReaders.forFile(p).isPresent())
                    .filter(p -> !p.getFileName().toString().equals("MANIFEST.md"))
                    .sorted().toList();
            return files.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realDocs")
    void readsWithoutThrowingAndYieldsSections(Path file) throws Exception {
        assumeTrue(Files.exists(file), "../shared/real-docs is absent");
        SourceText text = SourceReaders.read(file);
        assertFalse(text.text().isBlank(), file + " has no text");
        var outline = SectionParser.parse(text);
        assertTrue(outline.root().children().size() >= 1, file + " yields no sections");
    }
}
