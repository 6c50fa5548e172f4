package org.regatlas.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.regatlas.model.LocalizedText;

/** Loads and checks {@code corpus/taxonomy.json}: unique ids, known parents, known topic references. */
public final class TaxonomyLoader {
    private TaxonomyLoader() {}

    /** Loads the taxonomy; a missing file yields an empty taxonomy, a broken one a {@link CorpusFormatException}. */
    public static Taxonomy load(Path file, String shownAs) {
        if (!Files.exists(file)) {
            return Taxonomy.EMPTY;
        }
        JsonNode root = CorpusJson.read(file, shownAs);
        List<Taxonomy.Topic> topics = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int i = 0;
        for (JsonNode n : array(root, "topics", shownAs)) {
            JsonFields f = new JsonFields(n, shownAs + ": topics[" + i++ + "]");
            String id = f.required("id");
            if (!ids.add(id)) throw new CorpusFormatException(f.where() + ": duplicate topic id '" + id + "'");
            JsonFields syn = f.object("synonyms");
            topics.add(new Taxonomy.Topic(id, f.optional("parent"), localized(f), syn.strings("zh", false),
                    syn.strings("en", false), f.strings("abbreviations", false)));
        }
        for (Taxonomy.Topic t : topics) {
            if (t.parent() != null && !ids.contains(t.parent())) {
                throw new CorpusFormatException(shownAs + ": topic '" + t.id() + "' has unknown parent '" + t.parent() + "'");
            }
        }
        List<Taxonomy.ProtocolSectionKind> kinds = new ArrayList<>();
        Set<String> kindIds = new HashSet<>();
        i = 0;
        for (JsonNode n : array(root, "protocolSections", shownAs)) {
            JsonFields f = new JsonFields(n, shownAs + ": protocolSections[" + i++ + "]");
            String id = f.required("id");
            if (!kindIds.add(id)) throw new CorpusFormatException(f.where() + ": duplicate protocol-section id '" + id + "'");
            List<String> refs = f.strings("topics", false);
            for (String r : refs) {
                if (!ids.contains(r)) throw f.bad("topics", "names unknown topic '" + r + "'");
            }
            JsonFields h = f.object("headings");
            kinds.add(new Taxonomy.ProtocolSectionKind(id, localized(f), f.optional("m11"), h.strings("zh", false),
                    h.strings("en", false), refs));
        }
        return new Taxonomy(topics, kinds);
    }

    private static LocalizedText localized(JsonFields f) {
        return f.localized("label", true);
    }

    private static Iterable<JsonNode> array(JsonNode root, String field, String shownAs) {
        JsonNode a = root.get(field);
        if (a == null || !a.isArray()) {
            throw new CorpusFormatException(shownAs + ": field '" + field + "' must be a list");
        }
        return a;
    }
}
