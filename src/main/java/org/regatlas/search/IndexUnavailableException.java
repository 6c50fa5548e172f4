package org.regatlas.search;

/** No index is open yet (first build still running). */
public final class IndexUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public IndexUnavailableException(String message) {
        super(message);
    }
}
