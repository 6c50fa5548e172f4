package org.regatlas.corpus;

import java.nio.file.Path;

/**
 * PDF through PDFBox, then the same line-break repair as extracted text. Encrypted, corrupt and image-only
 * PDFs (no text layer) are refused with the reason; so is one with far more text than any guideline or protocol.
 */
public final class PdfReader implements SourceReader {
    @Override
    public SourceText read(Path file) throws UnreadableSourceException {
        return PdfPages.read(file).text();
    }
}
