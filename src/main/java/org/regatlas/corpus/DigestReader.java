package org.regatlas.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.regatlas.model.Conditions;
import org.regatlas.model.DocumentMeta;
import org.regatlas.model.LocalizedText;
import org.regatlas.model.Provenance;
import org.regatlas.model.Provision;
import org.regatlas.model.SectionRef;
import org.regatlas.model.Strength;

/**
 * Reads and validates a digest document's {@code provisions.json}: required fields, known taxonomy ids, a source
 * URL (or {@code doc:<id>}) on every record, well-formed unique ids. A digest never carries an invented section: {@code section} is the
 * fact sheet's, or null. {@code summarises} names the official sections or provisions a record summarises when
 * the guideline's official text is in the corpus too; that they exist is checked once the corpus is parsed.
 */
public final class DigestReader {
    private DigestReader() {}

    static final Set<String> CONFIDENCES = Set.of("seen-primary", "seen-secondary", "inferred");
    static final Set<String> ACTORS = Set.of("sponsor", "investigator", "applicant", "mah", "manufacturer", "hcp",
            "regulator", "ethics-committee", "site");
    private static final Set<String> STRENGTHS = Set.of("MUST", "SHOULD", "MAY", "INFO");
    /** An official section ({@code ich-s6r1-official:I.3.3}) or provision ({@code ...:I.3.3:2}). */
    private static final Pattern SUMMARY_TARGET =
            Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*:[^:\\s]+(?::[1-9]\\d*)?");

    /** Reads the records of {@code meta}'s digest file. */
    public static List<Provision> read(Path file, String shownAs, DocumentMeta meta, Taxonomy taxonomy) {
        JsonNode root = CorpusJson.read(file, shownAs);
        JsonFields top = new JsonFields(root, shownAs);
        String docId = top.required("docId");
        if (!docId.equals(meta.id())) throw top.bad("docId", "is '" + docId + "' but the document is '" + meta.id() + "'");
        JsonNode records = root.get("provisions");
        if (records == null || !records.isArray()) throw top.bad("provisions", "must be a list");

        List<Provision> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int index = 0;
        for (JsonNode n : records) {
            String label = n.hasNonNull("id") ? n.get("id").asText() : "#" + index;
            JsonFields f = new JsonFields(n, shownAs + ": record " + label);
            index++;
            Provision p = record(f, meta, taxonomy);
            if (!seen.add(p.id())) throw f.bad("id", "duplicates another record's id");
            String sectionPart = p.section().idPart();
            String prefix = meta.id() + ":" + sectionPart + ":";
            if (!p.id().startsWith(prefix) || !p.id().substring(prefix.length()).matches("[1-9]\\d*")) {
                throw f.bad("id", "must be '" + prefix + "<ordinal>' (doc id, section or '-', ordinal from 1)");
            }
            out.add(p);
        }
        return out;
    }

    private static Provision record(JsonFields f, DocumentMeta meta, Taxonomy taxonomy) {
        String id = f.required("id");
        LocalizedText text = f.localized("text", true);
        if (text.en() == null || text.zh() == null) throw f.bad("text", "needs both zh and en");
        List<String> sources = f.strings("sources", true);
        if (sources.isEmpty()) throw f.bad("sources", "needs at least one URL");
        for (String s : sources) {
            if (!SourceLinks.isWellFormed(s)) throw f.bad("sources", "has '" + s + "', neither a URL nor doc:<id>");
        }
        List<String> topics = f.strings("topics", true);
        for (String t : topics) {
            if (!taxonomy.hasTopic(t)) throw f.bad("topics", "names unknown topic '" + t + "'");
        }
        List<String> sections = f.strings("protocolSections", false);
        for (String s : sections) {
            if (!taxonomy.hasProtocolSection(s)) throw f.bad("protocolSections", "names unknown protocol section '" + s + "'");
        }
        List<String> actors = f.strings("actors", false);
        for (String a : actors) {
            if (!ACTORS.contains(a)) throw f.bad("actors", "has unknown actor '" + a + "'");
        }
        List<String> summarises = f.strings("summarises", false);
        for (String t : summarises) {
            if (!SUMMARY_TARGET.matcher(t).matches() || t.startsWith(meta.id() + ":")) {
                throw f.bad("summarises", "has '" + t + "', not '<doc id>:<section path>[:<ordinal>]' of another doc");
            }
        }
        String section = f.optional("section");
        String lang = meta.language();
        return new Provision(id, meta.id(), new SectionRef(section, section == null ? List.of() : List.of(section)),
                text.preferred(lang), lang, text.en(), text.zh(),
                Strength.valueOf(f.oneOf("strength", STRENGTHS)), false, actors, topics, conditions(f), sections,
                null, Provenance.DIGEST, sources, f.oneOf("confidence", CONFIDENCES), f.optional("note"),
                List.of(), f.optional("factId"), summarises);
    }

    private static Conditions conditions(JsonFields f) {
        JsonFields c = f.object("conditions");
        Map<String, List<String>> values = new HashMap<>();
        var names = c.node().fieldNames();
        while (names.hasNext()) {
            String dim = names.next();
            if (!Conditions.DIMENSIONS.contains(dim)) {
                throw c.bad(dim, "is not a condition dimension (" + String.join(", ", Conditions.DIMENSIONS) + ")");
            }
            values.put(dim, c.strings(dim, false));
        }
        return new Conditions(values);
    }
}
