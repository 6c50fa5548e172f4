package org.regatlas.corpus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a person adding a guideline is told when its PDF cannot be read. */
class OfficialPdfReaderTest {
    @Test
    void aDamagedPdfIsRefusedInPlainWordsWithoutTheLibrarysClassName(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("guidance.pdf");
        Files.write(file, "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII));
        UnreadableSourceException e = assertThrows(UnreadableSourceException.class,
                () -> new OfficialPdfReader().read(file));
        assertTrue(e.getMessage().contains("damaged, truncated or not a PDF"), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        assertTrue(e.getMessage().contains("guidance.pdf"), e.getMessage());
    }
}
