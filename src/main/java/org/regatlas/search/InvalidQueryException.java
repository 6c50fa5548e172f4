package org.regatlas.search;

/** A query the user syntax cannot accept; the message says what is wrong and where. */
public final class InvalidQueryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidQueryException(String message) {
        super(message);
    }
}
