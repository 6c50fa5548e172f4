package org.regatlas.corpus;

import java.nio.file.Path;

/** Plain UTF-8 text, typically extracted from PDF; repaired by {@link TextRepair}. */
public final class PlainTextReader implements SourceReader {
    @Override
    public SourceText read(Path file) throws UnreadableSourceException {
        String repaired = TextRepair.repair(TextDecoding.readUtf8(file));
        if (repaired.isBlank()) {
            throw new UnreadableSourceException(file, "has no text");
        }
        return SourceText.plain(repaired);
    }
}
