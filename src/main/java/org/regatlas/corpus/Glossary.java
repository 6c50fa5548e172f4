package org.regatlas.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The bilingual term list of {@code corpus/glossary.json}: pairs of English and Chinese terms for one concept,
 * used to carry a query from one language into the other. Broader than the taxonomy: any domain term, not only
 * topics.
 */
public record Glossary(List<Entry> entries) {
    /** One concept: its English and Chinese terms. */
    public record Entry(List<String> en, List<String> zh) {
        public Entry {
            en = List.copyOf(en);
            zh = List.copyOf(zh);
        }
    }

    public static final Glossary EMPTY = new Glossary(List.of());

    public Glossary {
        entries = List.copyOf(entries);
    }

    /** Loads {@code file}; a missing file is an empty glossary, a malformed one a {@link CorpusFormatException}. */
    public static Glossary load(Path file, String shownAs) {
        if (!Files.exists(file)) {
            return EMPTY;
        }
        JsonNode root = CorpusJson.read(file, shownAs);
        JsonNode list = root.get("entries");
        if (list == null || !list.isArray()) {
            throw new CorpusFormatException(shownAs + ": field 'entries' must be a list");
        }
        List<Entry> out = new ArrayList<>();
        int i = 0;
        for (JsonNode n : list) {
            JsonFields f = new JsonFields(n, shownAs + ": entries[" + i++ + "]");
            List<String> en = f.strings("en", true);
            List<String> zh = f.strings("zh", true);
            if (en.isEmpty() || zh.isEmpty()) throw f.bad(en.isEmpty() ? "en" : "zh", "must not be empty");
            out.add(new Entry(en, zh));
        }
        return new Glossary(out);
    }
}
