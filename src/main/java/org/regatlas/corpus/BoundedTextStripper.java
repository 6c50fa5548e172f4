package org.regatlas.corpus;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.regatlas.model.Deadline;

/**
 * PDFBox's text extraction with bounds: at most {@link #MAX_CHARS} characters of text and {@link #MAX_OPERATORS}
 * content-stream operators per document, and a {@link Deadline#checkpoint()} every few thousand operators. A small
 * PDF whose content streams inflate to gigabytes of text operators otherwise keeps a core busy for minutes; an
 * honest 300-page protocol has about a million characters and a few million operators. Not thread-safe (one per
 * extraction, like its parent).
 */
final class BoundedTextStripper extends PDFTextStripper {
    /** Characters of text one document may give: 20 times a long protocol. */
    static final long MAX_CHARS = 20_000_000;
    /** Content-stream operators one document may run. */
    static final long MAX_OPERATORS = 200_000_000;
    private static final int CHECK_EVERY = 4096;

    private long chars;
    private long operators;

    /** Thrown when a document is over one of the bounds; the message says which. */
    static final class TooMuchTextException extends IOException {
        private static final long serialVersionUID = 1L;

        TooMuchTextException(String message) {
            super(message);
        }
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (++operators % CHECK_EVERY == 0) {
            Deadline.checkpoint();
            if (operators > MAX_OPERATORS) {
                throw new TooMuchTextException("has over " + MAX_OPERATORS / 1_000_000 + " million drawing "
                        + "operations in its pages, far more than any protocol");
            }
        }
        super.processOperator(operator, operands);
    }

    @Override
    protected void writeString(String text, List<TextPosition> textPositions) throws IOException {
        chars += text.length();
        if (chars > MAX_CHARS) {
            throw new TooMuchTextException("has over " + MAX_CHARS / 1_000_000 + " million characters of text, far "
                    + "more than any protocol");
        }
        super.writeString(text, textPositions);
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        Deadline.checkpoint();
        super.startPage(page);
    }
}
