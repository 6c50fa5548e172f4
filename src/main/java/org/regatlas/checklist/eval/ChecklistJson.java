package org.regatlas.checklist.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.regatlas.checklist.layout.Checklist;
import org.regatlas.checklist.export.ChecklistFormat;

/**
 * A checklist as its JSON export shows it (DESIGN.md "Checklist JSON"): items with provision id, text and status,
 * the profile, the warnings. Scorers read this rather than the records so that a key keeps scoring while the
 * records behind the export change; a field that is not there yet (warnings, modality) reads as absent.
 */
public final class ChecklistJson {
    private final JsonNode root;
    private final List<JsonNode> items = new ArrayList<>();
    private final Map<String, JsonNode> byId = new HashMap<>();

    private ChecklistJson(JsonNode root) {
        this.root = root;
        for (JsonNode item : root.path("items")) {
            items.add(item);
            byId.putIfAbsent(item.path("provisionId").asText(), item);
        }
    }

    public static ChecklistJson of(Checklist checklist) {
        try {
            return new ChecklistJson(new ObjectMapper().readTree(ChecklistFormat.JSON.bytes(checklist)));
        } catch (IOException e) {
            throw new UncheckedIOException("reading back the checklist's JSON", e);
        }
    }

    public static ChecklistJson of(JsonNode root) {
        return new ChecklistJson(root);
    }

    /** A checklist saved with {@code regatlas checklist --format json}. */
    public static ChecklistJson read(Path file) {
        return new ChecklistJson(KeyFiles.read(file));
    }

    public int size() {
        return items.size();
    }

    /**
     * The item a key entry means: the one with its provision id when that item's text holds the marker; otherwise
     * the only item whose text holds the marker (provisions renumbered); otherwise the one with its provision id
     * (text reworded); otherwise none (the checklist left the sentence out).
     */
    public Optional<JsonNode> find(String provisionId, String marker) {
        String m = squash(marker);
        JsonNode exact = byId.get(provisionId);
        if (exact != null && squash(exact.path("text").asText()).contains(m)) return Optional.of(exact);
        List<JsonNode> holding = items.stream().filter(i -> squash(i.path("text").asText()).contains(m)).toList();
        if (holding.size() == 1) return Optional.of(holding.getFirst());
        return Optional.ofNullable(exact);
    }

    /** The status of an item, or {@link StatusKey#ABSENT} when there is none. */
    public String status(Optional<JsonNode> item) {
        return item.map(i -> i.path("status").asText()).orElse(StatusKey.ABSENT);
    }

    /** Whether the checklist carries a warning with this code. */
    public boolean hasWarning(String code) {
        for (JsonNode w : root.path("warnings")) if (code.equals(w.path("code").asText())) return true;
        return false;
    }

    /** The values of a profile field: {@code profile.NAME}, else {@code profile.conditions.NAME}; text or list. */
    public List<String> profileValues(String name) {
        JsonNode profile = root.path("profile");
        JsonNode v = profile.has(name) ? profile.get(name) : profile.path("conditions").path(name);
        List<String> out = new ArrayList<>();
        if (v.isTextual()) out.add(v.asText());
        for (JsonNode e : v) if (e.isTextual()) out.add(e.asText());
        if (v.isObject() && v.has("value")) out.add(v.path("value").asText());
        return out;
    }

    /**
     * The provision each of the summary's top gaps cites, in order: the id its citation ends with ("... [id]", or
     * "... [id] (English: unofficial translation)").
     */
    public List<String> topGapProvisionIds() {
        List<String> out = new ArrayList<>();
        for (JsonNode g : root.path("summary").path("topGaps")) {
            Matcher m = CITED_ID.matcher(g.path("citation").asText());
            if (m.find()) out.add(m.group(1));
        }
        return out;
    }

    private static final Pattern CITED_ID = Pattern.compile("\\[([^\\]]+)\\](?:\\s*\\([^)]*\\))?\\s*$");

    public @Nullable String title() {
        JsonNode t = root.path("protocol").path("title");
        return t.isTextual() ? t.asText() : null;
    }

    static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }
}
