package org.regatlas.checklist.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regatlas.model.Checks;

/**
 * A status key (checklist-keys/README.md): checklist items of one protocol, each with the status a reviewer judged
 * right and, when the judgement is debatable, every status that counts as right.
 *
 * @param set      the name figures are reported under ({@code audit}, {@code heldout})
 * @param protocol the protocol judged, relative to the shared folder (a sponsor's) or to the repository (ours)
 */
public record StatusKey(String set, String protocol, List<Entry> entries) {
    /** The status of a sentence that should not be a checklist item at all (an INFO sentence, a placeholder). */
    public static final String ABSENT = "absent";

    /** The six statuses of DESIGN.md, and {@link #ABSENT}. */
    public static final List<String> STATUSES = List.of("addressed", "partial", "missing", "needs-review",
            "not-applicable", "outside-protocol", ABSENT);

    /**
     * One judged item.
     *
     * @param marker     a short substring of the item's text (whitespace removed), for finding it after renumbering
     * @param position   its 1-based position in the checklist the key was judged on (the audit's {@code #})
     * @param acceptable every status that counts as right; the first is the judged status
     */
    public record Entry(String provisionId, String marker, @Nullable Integer position, String origin,
                        List<String> acceptable, @Nullable String section, @Nullable Integer page, String rationale) {
        public Entry {
            Checks.notBlank(provisionId, "provisionId");
            Checks.notBlank(marker, "marker");
            Checks.argument(!acceptable.isEmpty(), "acceptable", "must name at least one status");
            acceptable = List.copyOf(acceptable);
        }

        public String status() {
            return acceptable.getFirst();
        }

        public boolean accepts(String reported) {
            return acceptable.contains(reported);
        }
    }

    public StatusKey {
        Checks.notBlank(set, "set");
        entries = List.copyOf(entries);
    }

    /** Reads a status key; a status outside {@link #STATUSES} or a repeated provision id is an error. */
    public static StatusKey read(Path file) {
        JsonNode root = KeyFiles.read(file);
        List<Entry> entries = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode n : root.path("items")) {
            String id = KeyFiles.text(n, "provisionId", file);
            if (!ids.add(id)) throw new IllegalArgumentException(file + ": provision " + id + " is judged twice");
            List<String> acceptable = new ArrayList<>();
            acceptable.add(KeyFiles.text(n, "status", file));
            for (JsonNode a : n.path("acceptable")) if (!acceptable.contains(a.asText())) acceptable.add(a.asText());
            for (String s : acceptable) {
                if (!STATUSES.contains(s)) {
                    throw new IllegalArgumentException(file + ": provision " + id + " has status '" + s + "' (known: "
                            + String.join(", ", STATUSES) + ")");
                }
            }
            entries.add(new Entry(id, KeyFiles.text(n, "marker", file), KeyFiles.optionalInt(n, "auditNo"),
                    n.path("origin").asText("unspecified"), acceptable, KeyFiles.optionalText(n, "protocolSection"),
                    KeyFiles.optionalInt(n, "page"), n.path("rationale").asText("")));
        }
        if (entries.isEmpty()) throw new IllegalArgumentException(file + ": no items found");
        return new StatusKey(KeyFiles.text(root, "set", file), root.path("protocol").asText(""), entries);
    }

    /** Whether a JSON file is a status key (an object with {@code set} and {@code items}) rather than another key. */
    public static boolean isStatusKey(JsonNode root) {
        return root.isObject() && root.has("items") && root.has("set") && !root.has("protocols");
    }
}
