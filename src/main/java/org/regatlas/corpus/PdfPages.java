package org.regatlas.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.regatlas.model.Deadline;

/**
 * Reads a PDF as {@link PdfReader} does (running headers and footers removed, line breaks repaired) and keeps each
 * page's text too, so a reader can tell on which page a paragraph stands. One extraction serves both, bounded in
 * characters, operators and the thread's {@link Deadline} ({@link BoundedTextStripper}). Thread-safe.
 */
public final class PdfPages {
    private PdfPages() {}

    /**
     * A PDF's normalized text and its pages.
     *
     * @param text  the normalized text, as {@link PdfReader} gives it
     * @param pages each page's text, running lines removed, line breaks as extracted; page 1 first
     */
    public record Paged(SourceText text, List<String> pages) {
        public Paged {
            pages = List.copyOf(pages);
        }
    }

    /** Reads {@code file}; refuses encrypted, corrupt and image-only PDFs with the reason. */
    public static Paged read(Path file) throws UnreadableSourceException {
        String raw;
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw new UnreadableSourceException(file, "is encrypted and does not allow text extraction");
            }
            PDFTextStripper stripper = new BoundedTextStripper();
            stripper.setSortByPosition(false);
            stripper.setPageEnd("\n\f");
            raw = stripper.getText(pdf);
        } catch (InvalidPasswordException e) {
            throw new UnreadableSourceException(file, "is password-protected", e);
        } catch (BoundedTextStripper.TooMuchTextException e) {
            throw new UnreadableSourceException(file, e.getMessage(), e);
        } catch (Deadline.DeadlineExceededException e) {
            throw e;                                  // the caller's time is up: not a fault of the file
        } catch (IOException | RuntimeException e) {
            // The library's own wording ("Missing root object specification in trailer") stays in the cause, for the
            // log: the person who uploaded the file needs to know what to do, not which parser gave up.
            throw new UnreadableSourceException(file, "is not a readable PDF (damaged, truncated or not a PDF)", e);
        }
        List<String> pages = PageFurniture.pages(raw);
        String text = TextRepair.repair(String.join("", pages));
        if (text.codePoints().filter(Character::isLetterOrDigit).count() < 20) {
            throw new UnreadableSourceException(file, "has no text layer (scanned images only?)");
        }
        return new Paged(SourceText.plain(text), pages);
    }
}
