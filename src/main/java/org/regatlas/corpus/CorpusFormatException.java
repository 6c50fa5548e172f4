package org.regatlas.corpus;

/** A corpus file whose content breaks the corpus format; the message names the file, record and field. */
public final class CorpusFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CorpusFormatException(String message) {
        super(message);
    }
}
