package org.regatlas.checklist.read;

/**
 * A protocol file that cannot become a checklist, with the kind of problem so the API can answer 413, 415 or 422
 * and the CLI can say what to fix. The message names the file and the problem, never a stack trace.
 */
public final class ProtocolException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What is wrong with the file. */
    public enum Problem {
        /** Larger than {@link ProtocolReader#MAX_BYTES}. */
        TOO_LARGE,
        /** A file type no reader handles. */
        UNSUPPORTED_TYPE,
        /** Corrupt, encrypted or image-only: the reader could not get text out of it. */
        UNREADABLE,
        /** Readable but without text to check. */
        EMPTY
    }

    private final Problem problem;

    public ProtocolException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public ProtocolException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
