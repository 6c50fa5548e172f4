package org.regatlas.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.regatlas.model.Checks;

/**
 * The team's unofficial translation of a verbatim document's sentences ({@code translation.en.json} beside the
 * source). Entries are keyed by the source sentence, not by provision id, so they outlive a renumbering; the key is
 * compared with all whitespace removed, so a change in the extraction's spacing or line breaks does not orphan an
 * entry, while any change of a character does (a stale translation is then reported, never shown).
 *
 * @param lang    the language translated into ({@code en})
 * @param entries source sentence and translation, in reading order
 */
public record Translation(String lang, List<Entry> entries) {
    /** No translation. */
    public static final Translation NONE = new Translation("en", List.of());

    /** One sentence of the source and its translation. */
    public record Entry(String source, String text) {
        public Entry {
            Checks.notBlank(source, "source");
            Checks.notBlank(text, "text");
        }

        /** The source with all whitespace removed: what a provision's text is matched against. */
        public String key() {
            return Translation.key(source);
        }
    }

    public Translation {
        Checks.notBlank(lang, "lang");
        entries = List.copyOf(entries);
    }

    /** {@code s} with all whitespace removed. */
    public static String key(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(c -> !Character.isWhitespace(c) && c != '\u00A0' && c != '\u3000')
                .forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** The entries by {@link Entry#key()}. */
    public Map<String, Entry> byKey() {
        Map<String, Entry> out = new HashMap<>();
        for (Entry e : entries) out.put(e.key(), e);
        return out;
    }

    /**
     * Reads a translation file: {@code {"docId", "lang", "sentences": [{"zh", "en"}]}}. Every entry needs both
     * texts, and a source sentence appears once.
     */
    static Translation read(Path file, String shownAs, String docId, String sourceLang) {
        JsonNode root = CorpusJson.read(file, shownAs);
        JsonFields top = new JsonFields(root, shownAs);
        String id = top.required("docId");
        if (!id.equals(docId)) throw top.bad("docId", "is '" + id + "' but the document is '" + docId + "'");
        String lang = top.oneOf("lang", java.util.Set.of("en", "zh"));
        if (lang.equals(sourceLang)) throw top.bad("lang", "is the document's own language '" + lang + "'");
        JsonNode sentences = root.get("sentences");
        if (sentences == null || !sentences.isArray()) throw top.bad("sentences", "must be a list");
        List<Entry> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int index = 0;
        for (JsonNode n : sentences) {
            index++;
            JsonFields f = new JsonFields(n, shownAs + ": sentence #" + index);
            Entry e = new Entry(f.required(sourceLang), f.required(lang));
            Integer before = seen.putIfAbsent(e.key(), index);
            if (before != null) throw f.bad(sourceLang, "repeats sentence #" + before);
            out.add(e);
        }
        return new Translation(lang, out);
    }
}
