package org.regatlas.corpus;

import java.nio.file.Path;

/** A source file that cannot be read as the format its name claims (corrupt, encrypted, binary, empty). */
public final class UnreadableSourceException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Path path;

    public UnreadableSourceException(Path path, String reason) {
        super(path + ": " + reason);
        this.path = path;
    }

    public UnreadableSourceException(Path path, String reason, Throwable cause) {
        super(path + ": " + reason, cause);
        this.path = path;
    }

    public Path path() {
        return path;
    }
}
