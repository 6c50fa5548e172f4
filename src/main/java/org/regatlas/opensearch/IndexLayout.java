package org.regatlas.opensearch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.regatlas.index.Fields;

/**
 * The index template of the provisions on OpenSearch: the fields of {@link Fields} with OpenSearch's own analysis
 * (analysis-common) set up to give the tokens of {@link org.regatlas.index.Analyzers}, term for term and position for
 * position, so that a query scores the same on both engines.
 */
final class IndexLayout {
    private IndexLayout() {}

    /** Bump with {@link Fields#SCHEMA_VERSION}: an index of another layout is rebuilt. */
    static final int VERSION = Fields.SCHEMA_VERSION * 100 + 2;
    /** The field a provision's displayed text is kept in (in the source only; {@link Fields#TEXT} is what is searched). */
    static final String SHOWN = "shown";
    /**
     * The priors of a provision in one number, authority × 16 + strength rank × 4 + readable languages: what
     * multiplies its score is looked up by this (see {@link QueryDsl#priors}).
     */
    static final String PRIOR_KEY = "priorKey";
    static final String BIGRAM = "regatlas_bigram";
    /** The sub-field of a keyword field that a term query scores (see {@link #mappings}). */
    static final String SCORED = "bm25";
    /** The keyword sub-field of {@link Fields#CONCEPT}, for its aggregation. */
    static final String IDS = "ids";
    static final String ENGLISH = "regatlas_english";

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The keyword fields: filters, facets and the id sort. */
    static final List<String> KEYWORDS = List.of(Fields.ID, Fields.DOC_ID, Fields.JURISDICTION, Fields.AGENCY,
            Fields.STRENGTH, Fields.STATUS, Fields.PROVENANCE, Fields.TOPIC, Fields.PROTOCOL_SECTION, Fields.YEAR,
            Fields.SCOPE_EXCLUDES, Fields.ANSWERS);

    static int priorKey(int authority, int rank, int readable) {
        return authority * 16 + rank * 4 + readable;
    }

    /** The composable index template for indices named {@code pattern}. */
    static ObjectNode template(String pattern, String fingerprint) {
        ObjectNode t = JSON.createObjectNode();
        t.putArray("index_patterns").add(pattern);
        ObjectNode body = t.putObject("template");
        body.set("settings", settings());
        body.set("mappings", mappings(fingerprint));
        t.put("priority", 100);
        return t;
    }

    /** The settings of a new index: shards and replicas given, the analysis of the embedded index. */
    static ObjectNode indexSettings(int shards, int replicas) {
        ObjectNode s = JSON.createObjectNode();
        ObjectNode index = s.putObject("settings").putObject("index");
        index.put("number_of_shards", shards);
        index.put("number_of_replicas", replicas);
        index.put("refresh_interval", "-1");   // set to 1s once loaded
        return s;
    }

    private static ObjectNode settings() {
        ObjectNode s = JSON.createObjectNode();
        ObjectNode index = s.putObject("index");
        // Lucene's BM25 with its defaults, as the embedded search scores.
        ObjectNode bm25 = index.putObject("similarity").putObject("default");
        bm25.put("type", "BM25");
        bm25.put("k1", 1.2);
        bm25.put("b", 0.75);
        ObjectNode analysis = index.putObject("analysis");
        // Full-width ASCII folded to its ordinary form before tokenising, as Lucene's CJKWidthCharFilter does.
        ObjectNode width = analysis.putObject("char_filter").putObject("regatlas_width");
        width.put("type", "mapping");
        ArrayNode mappings = width.putArray("mappings");
        for (int c = 0xFF01; c <= 0xFF5E; c++) mappings.add(escaped(c) + "=>" + escaped(c - 0xFEE0));
        ObjectNode filters = analysis.putObject("filter");
        ObjectNode noHan = filters.putObject("regatlas_no_ideographic");
        noHan.put("type", "keep_types");
        noHan.put("mode", "exclude");
        noHan.putArray("types").add("<IDEOGRAPHIC>");
        ObjectNode possessive = filters.putObject("regatlas_possessive");
        possessive.put("type", "stemmer");
        possessive.put("language", "possessive_english");
        ObjectNode stop = filters.putObject("regatlas_stop");
        stop.put("type", "stop");
        stop.put("stopwords", "_english_");
        ObjectNode analyzers = analysis.putObject("analyzer");
        ObjectNode bigram = analyzers.putObject(BIGRAM);
        bigram.put("type", "custom");
        bigram.put("tokenizer", "standard");
        bigram.putArray("char_filter").add("regatlas_width");
        bigram.putArray("filter").add("lowercase").add("cjk_bigram");
        ObjectNode english = analyzers.putObject(ENGLISH);
        english.put("type", "custom");
        english.put("tokenizer", "standard");
        english.putArray("filter").add("regatlas_no_ideographic").add("regatlas_possessive").add("lowercase")
                .add("regatlas_stop").add("porter_stem");
        return s;
    }

    /** A character as a mapping rule writes it, escaped so none is read as the rule's own syntax. */
    private static String escaped(int c) {
        return String.format("\\u%04X", c);
    }

    private static ObjectNode mappings(String fingerprint) {
        ObjectNode m = JSON.createObjectNode();
        m.put("dynamic", "false");   // display-only fields stay in the source, unindexed
        ObjectNode meta = m.putObject("_meta");
        meta.put("fingerprint", fingerprint);
        meta.put("layout", VERSION);
        ObjectNode props = m.putObject("properties");
        for (String k : KEYWORDS) {
            // A keyword to filter, count and sort by; and the same value as one term scored by BM25, as a term query
            // on the embedded index's string fields scores it (a keyword's term query scores a constant).
            ObjectNode f = props.putObject(k);
            f.put("type", "keyword");
            ObjectNode scored = f.putObject("fields").putObject(SCORED);
            scored.put("type", "text");
            scored.put("analyzer", "keyword");
            scored.put("index_options", "docs");
            scored.put("norms", false);
        }
        props.putObject(Fields.ISSUED_SORT).put("type", "long");
        ObjectNode prior = props.putObject(PRIOR_KEY);
        prior.put("type", "integer");
        prior.put("doc_values", false);
        text(props, Fields.TEXT, BIGRAM, "positions");
        text(props, Fields.TEXT_EN, ENGLISH, "positions");
        text(props, Fields.TRANSLATED_ZH, BIGRAM, "positions");
        text(props, Fields.CONTEXT, BIGRAM, "freqs");
        text(props, Fields.CONTEXT_EN, ENGLISH, "freqs");
        text(props, Fields.NEIGHBOURS, BIGRAM, "freqs");
        text(props, Fields.NEIGHBOURS_EN, ENGLISH, "freqs");
        for (String c : List.of(Fields.CONCEPT, Fields.CONTEXT_CONCEPT, Fields.NEIGHBOURS_CONCEPT)) {
            // One term per occurrence with frequencies and norms, as BM25 scores the embedded index's concept fields.
            ObjectNode f = props.putObject(c);
            f.put("type", "text");
            f.put("analyzer", "keyword");
            f.put("index_options", "freqs");
            f.put("norms", true);
            if (c.equals(Fields.CONCEPT)) {
                // The concept's document frequency is read by aggregation, which needs a keyword's doc values.
                f.putObject("fields").putObject(IDS).put("type", "keyword");
            }
        }
        return m;
    }

    private static void text(ObjectNode props, String field, String analyzer, String options) {
        ObjectNode f = props.putObject(field);
        f.put("type", "text");
        f.put("analyzer", analyzer);
        f.put("index_options", options);
        // The values of one field follow one another with no gap, as the embedded index adds them.
        if (options.equals("positions")) f.put("position_increment_gap", 0);
    }
}
