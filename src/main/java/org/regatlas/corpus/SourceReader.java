package org.regatlas.corpus;

import java.nio.file.Path;

/** Reads one source format into normalized text. Implementations are stateless and thread-safe. */
public interface SourceReader {
    /** Reads {@code file}; throws when it is not a readable file of this format. */
    SourceText read(Path file) throws UnreadableSourceException;
}
