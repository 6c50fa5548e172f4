package org.regatlas.corpus;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDF through PDFBox, then the same line-break repair as extracted text. Encrypted, corrupt and image-only
 * PDFs (no text layer) are refused with the reason.
 */
public final class PdfReader implements SourceReader {
    @Override
    public SourceText read(Path file) throws UnreadableSourceException {
        String raw;
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw new UnreadableSourceException(file, "is encrypted and does not allow text extraction");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            stripper.setPageEnd("\n\f");
            raw = stripper.getText(pdf);
        } catch (InvalidPasswordException e) {
            throw new UnreadableSourceException(file, "is password-protected", e);
        } catch (IOException | RuntimeException e) {
            // The library's own wording ("Missing root object specification in trailer") stays in the cause, for the
            // log: the person who uploaded the file needs to know what to do, not which parser gave up.
            throw new UnreadableSourceException(file, "is not a readable PDF (damaged, truncated or not a PDF)", e);
        }
        String text = TextRepair.repair(PageFurniture.remove(raw));
        if (text.codePoints().filter(Character::isLetterOrDigit).count() < 20) {
            throw new UnreadableSourceException(file, "has no text layer (scanned images only?)");
        }
        return SourceText.plain(text);
    }
}
