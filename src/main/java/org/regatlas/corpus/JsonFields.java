package org.regatlas.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regatlas.model.LocalizedText;

/**
 * Reads typed fields from a JSON object and fails with a message naming the file, the record and the field, so a
 * curator knows exactly what to fix.
 */
final class JsonFields {
    private final JsonNode node;
    private final String where;

    JsonFields(JsonNode node, String where) {
        this.node = node;
        this.where = where;
    }

    String where() {
        return where;
    }

    String required(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) throw bad(field, "is missing");
        if (!v.isTextual() || v.asText().isBlank()) throw bad(field, "must be a non-empty string");
        return v.asText().strip();
    }

    @Nullable String optional(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw bad(field, "must be a string or null");
        return v.asText().isBlank() ? null : v.asText().strip();
    }

    String oneOf(String field, Set<String> allowed) {
        String v = required(field);
        if (!allowed.contains(v)) throw bad(field, "has unknown value '" + v + "' (allowed: " + String.join(", ", sorted(allowed)) + ")");
        return v;
    }

    List<String> strings(String field, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) throw bad(field, "is missing");
            return List.of();
        }
        if (!v.isArray()) throw bad(field, "must be a list of strings");
        List<String> out = new ArrayList<>();
        for (JsonNode e : v) {
            if (!e.isTextual() || e.asText().isBlank()) throw bad(field, "must contain only non-empty strings");
            out.add(e.asText().strip());
        }
        return out;
    }

    @Nullable LocalizedText localized(String field, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) throw bad(field, "is missing");
            return null;
        }
        if (!v.isObject()) throw bad(field, "must be an object {\"zh\": ..., \"en\": ...}");
        String zh = v.hasNonNull("zh") ? v.get("zh").asText() : null;
        String en = v.hasNonNull("en") ? v.get("en").asText() : null;
        if ((zh == null || zh.isBlank()) && (en == null || en.isBlank())) throw bad(field, "needs a zh or an en value");
        return new LocalizedText(zh, en);
    }

    JsonFields object(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) return new JsonFields(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode(), where + "." + field);
        if (!v.isObject()) throw bad(field, "must be an object");
        return new JsonFields(v, where + "." + field);
    }

    JsonNode node() {
        return node;
    }

    CorpusFormatException bad(String field, String problem) {
        return new CorpusFormatException(where + ": field '" + field + "' " + problem);
    }

    private static List<String> sorted(Set<String> s) {
        return s.stream().sorted().toList();
    }
}
