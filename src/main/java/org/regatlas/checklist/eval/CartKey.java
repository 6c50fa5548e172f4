package org.regatlas.checklist.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.regatlas.model.Checks;

/**
 * The CAR-T-specific key (checklist-keys/README.md): obligations that do not apply to a product that is not a CAR-T
 * or other gene-modified cell or gene therapy ({@code cart-specific}), and those that apply to other immune-effector
 * therapies by analogy ({@code class-shared}).
 */
public record CartKey(List<Entry> entries) {
    public static final String SPECIFIC = "cart-specific";
    public static final String SHARED = "class-shared";

    public record Entry(String provisionId, String marker, String kind, String category) {
        public Entry {
            Checks.notBlank(provisionId, "provisionId");
            Checks.notBlank(marker, "marker");
            Checks.argument(kind.equals(SPECIFIC) || kind.equals(SHARED), "class", "must be " + SPECIFIC + " or "
                    + SHARED);
        }
    }

    public CartKey {
        entries = List.copyOf(entries);
    }

    public List<Entry> of(String kind) {
        return entries.stream().filter(e -> e.kind().equals(kind)).toList();
    }

    public static CartKey read(Path file) {
        JsonNode root = KeyFiles.read(file);
        List<Entry> out = new ArrayList<>();
        for (JsonNode n : root.path("items")) {
            out.add(new Entry(KeyFiles.text(n, "provisionId", file), KeyFiles.text(n, "marker", file),
                    KeyFiles.text(n, "class", file), n.path("category").asText("")));
        }
        if (out.isEmpty()) throw new IllegalArgumentException(file + ": no items found");
        return new CartKey(out);
    }
}
