package org.regatlas.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a text file as strict UTF-8, refusing binary content, so a PDF renamed .txt is reported, not indexed. */
final class TextDecoding {
    private TextDecoding() {}

    static String readUtf8(Path file) throws UnreadableSourceException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableSourceException(file, "cannot be read: " + e.getMessage(), e);
        }
        return decode(file, bytes);
    }

    static String decode(Path file, byte[] bytes) throws UnreadableSourceException {
        if (bytes.length == 0) {
            throw new UnreadableSourceException(file, "is empty");
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new UnreadableSourceException(file, "is binary, not text (NUL byte at offset " + i + ")");
            }
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new UnreadableSourceException(file, "is not valid UTF-8 text", e);
        }
    }
}
