package org.regatlas.model;

/**
 * Something wrong with one input, reported instead of thrown so the rest of the corpus still loads.
 *
 * @param where  the file (and record or field) concerned, e.g. {@code corpus/documents/x/document.json: issued}
 */
public record Problem(Severity severity, String where, String message) {
    public enum Severity { WARNING, ERROR }

    public Problem {
        Checks.notNull(severity, "severity");
        Checks.notBlank(where, "where");
        Checks.notBlank(message, "message");
    }

    public static Problem error(String where, String message) {
        return new Problem(Severity.ERROR, where, message);
    }

    public static Problem warning(String where, String message) {
        return new Problem(Severity.WARNING, where, message);
    }

    @Override
    public String toString() {
        return severity + " " + where + ": " + message;
    }
}
