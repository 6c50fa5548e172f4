package org.regatlas.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The layout cache holds for the code that read a PDF: other code reads it again, and the stale entry goes. */
class LayoutCacheTest {
    private static final String SHA = "a".repeat(64);

    @Test
    void anEntryHoldsOnlyForTheCodeThatWroteIt(@TempDir Path dir) throws IOException {
        SourceText read = new SourceText("Recommended doses are included in Table 3.", List.of(), List.of());
        new LayoutCache(dir, () -> "1111222233334444aaaa").put(SHA, read);
        assertEquals(read.text(), new LayoutCache(dir, () -> "1111222233334444bbbb").get(SHA).text(),
                "the same first 16 characters of the identity are the same code");
        assertNull(new LayoutCache(dir, () -> "9999222233334444aaaa").get(SHA), "a release whose reading changed reads again");

        SourceText reread = new SourceText("Recommended doses are included in Table 3. In all cases, ...", List.of(),
                List.of());
        Files.writeString(dir.resolve(SHA + "-v1.json"), "{}");    // an entry of the older naming
        new LayoutCache(dir, () -> "9999222233334444aaaa").put(SHA, reread);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(SHA + "-v" + LayoutCache.VERSION + "-9999222233334444.json"),
                    files.map(f -> f.getFileName().toString()).toList(), "one entry per PDF: the stale ones go");
        }
        assertEquals(reread.text(), new LayoutCache(dir, () -> "9999222233334444aaaa").get(SHA).text());
    }
}
