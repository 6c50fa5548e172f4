package org.regatlas.checklist.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Reading the JSON key files, with errors that name the file and the field. */
final class KeyFiles {
    private KeyFiles() {}

    static JsonNode read(Path file) {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read as JSON (" + e.getMessage() + ")", e);
        }
    }

    static String text(JsonNode node, String field, Path file) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new IllegalArgumentException(file + ": '" + field + "' is missing or blank in " + shorten(node));
        }
        return v.asText();
    }

    static @Nullable String optionalText(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static @Nullable Integer optionalInt(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.canConvertToInt() ? null : v.asInt();
    }

    private static String shorten(JsonNode node) {
        String s = node.toString();
        return s.length() > 120 ? s.substring(0, 120) + "..." : s;
    }
}
