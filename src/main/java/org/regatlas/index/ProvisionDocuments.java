package org.regatlas.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.regatlas.corpus.ConceptMatcher;
import org.regatlas.corpus.Glossary;
import org.regatlas.corpus.Taxonomy;
import org.regatlas.model.DocumentMeta;
import org.regatlas.model.Provision;

/** Maps a provision and its document to a Lucene {@link Document} following {@link Fields}. Thread-safe. */
public final class ProvisionDocuments {
    /** The fields phrase queries run on; the context fields are scored by term frequency alone. */
    private static final Set<String> WITH_POSITIONS = Set.of(Fields.TEXT, Fields.TEXT_EN, Fields.TRANSLATED_ZH);
    /** Analysed text without positions: BM25 needs only frequencies and norms, and positions cost indexing time. */
    private static final FieldType CONTEXT_TYPE = contextType();
    /** A concept id: one untokenized term per occurrence, frequencies and norms kept for BM25. */
    private static final FieldType CONCEPT_TYPE = conceptType();

    private final ConceptMatcher concepts;
    private final FacetsConfig facets = facetsConfig();
    private final Analyzer analyzer = Analyzers.perField();

    public ProvisionDocuments(Taxonomy taxonomy, Glossary glossary) {
        this.concepts = new ConceptMatcher(taxonomy, glossary);
    }

    private static FieldType contextType() {
        FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        t.freeze();
        return t;
    }

    private static FieldType conceptType() {
        FieldType t = new FieldType();
        t.setTokenized(false);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        t.freeze();
        return t;
    }

    /** The facet configuration shared by the writer and the searcher. */
    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(Fields.TOPIC, true);
        return config;
    }

    /**
     * The Lucene documents of one source document's provisions, in reading order: each with the sentences before and
     * after it in its section as weak context ({@link #neighbourIndexes}). Each text is analysed once, though
     * it also goes into its neighbours' context, and a heading once for all the provisions under it.
     */
    public List<Document> toDocuments(List<Provision> all, DocumentMeta doc) {
        int n = all.size();
        Tokens[] bigrams = new Tokens[n];
        Tokens[] english = new Tokens[n];
        List<Map<String, Integer>> named = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String text = all.get(i).text();
            bigrams[i] = Tokens.of(analyzer, Fields.TEXT, text);
            english[i] = Tokens.of(analyzer, Fields.TEXT_EN, text);
            named.add(conceptCounts(text));
        }
        Map<String, Context> contexts = new HashMap<>();
        List<Document> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Provision p = all.get(i);
            Document d = new Document();
            metadata(d, p, doc);
            // Displayed text: stored and indexed; the digest's other language is indexed but not displayed.
            d.add(new StoredField(Fields.TEXT, p.text()));
            d.add(analysed(Fields.TEXT, List.of(bigrams[i])));
            d.add(analysed(Fields.TEXT_EN, List.of(english[i])));
            Map<String, Integer> own = new LinkedHashMap<>(named.get(i));
            if (p.isTranslated("en")) {
                translation(d, p.textEn(), own);
            } else if (p.isTranslated("zh")) {
                chineseTranslation(d, p.textZh());
            } else {
                for (String other : otherLanguage(p)) {
                    d.add(analysed(Fields.TEXT, List.of(Tokens.of(analyzer, Fields.TEXT, other))));
                    d.add(analysed(Fields.TEXT_EN, List.of(Tokens.of(analyzer, Fields.TEXT_EN, other))));
                    // Translations of one another: a concept counts as often as the text naming it most often names it.
                    conceptCounts(other).forEach((id, c) -> own.merge(id, c, Math::max));
                }
            }
            concepts(d, Fields.CONCEPT, own);

            String contextText = String.join(" ", p.section().headings()) + " " + doc.title().joined();
            Context context = contexts.computeIfAbsent(contextText, this::context);
            d.add(analysed(Fields.CONTEXT, List.of(context.bigrams())));
            d.add(analysed(Fields.CONTEXT_EN, List.of(context.english())));
            concepts(d, Fields.CONTEXT_CONCEPT, context.concepts());

            List<Integer> around = neighbourIndexes(all, i);
            if (!around.isEmpty()) {
                d.add(analysed(Fields.NEIGHBOURS, around.stream().map(j -> bigrams[j]).toList()));
                d.add(analysed(Fields.NEIGHBOURS_EN, around.stream().map(j -> english[j]).toList()));
                Map<String, Integer> near = new LinkedHashMap<>();
                for (int j : around) named.get(j).forEach((id, c) -> near.merge(id, c, Integer::sum));
                concepts(d, Fields.NEIGHBOURS_CONCEPT, near);
            }
            try {
                out.add(facets.build(d));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("building facet fields", e);
            }
        }
        return out;
    }

    /**
     * The team's English translation of a Chinese official sentence: stored to be shown, and searched in the English
     * field only. In the bigram field its words would lengthen the official text and lower its Chinese matches
     * (search-dev zh nDCG@10 fell). The concepts it names that the official sentence does not name are added; those
     * both name keep the official sentence's count (the translation's count lowered a Chinese query).
     */
    private void translation(Document d, String english, Map<String, Integer> concepts) {
        d.add(new StoredField(Fields.TRANSLATION_EN, english));
        d.add(analysed(Fields.TEXT_EN, List.of(Tokens.of(analyzer, Fields.TEXT_EN, english))));
        conceptCounts(english).forEach(concepts::putIfAbsent);
    }

    /**
     * The team's Chinese translation of an English official sentence: stored to be shown, and searched in a bigram
     * field of its own, where Chinese queries match it. It adds no concept: the vocabulary is bilingual, so the
     * official sentence names its concepts already, and those only our Chinese wording named moved English queries
     * (two held-out sets down by 0.017 and 0.028); a Chinese translation should not change what English finds.
     */
    private void chineseTranslation(Document d, String chinese) {
        d.add(new StoredField(Fields.TRANSLATION_ZH, chinese));
        d.add(analysed(Fields.TRANSLATED_ZH, List.of(Tokens.of(analyzer, Fields.TEXT, chinese))));
    }

    /**
     * The positions of the sentences around a verbatim provision in its own section (one before, one after): a
     * sentence is often about what its neighbours name ("大多数 SPM 发生在治疗后 1～3 年内" follows the sentence on SPM
     * incidence). Digest records stand alone.
     */
    public static List<Integer> neighbourIndexes(List<Provision> all, int i) {
        Provision p = all.get(i);
        if (p.provenance() != org.regatlas.model.Provenance.VERBATIM) return List.of();
        List<Integer> out = new ArrayList<>(2);
        for (int j : new int[] {i - 1, i + 1}) {
            if (j >= 0 && j < all.size() && all.get(j).section().idPart().equals(p.section().idPart())) out.add(j);
        }
        return out;
    }

    /** A section's headings and its document's title, analysed and matched once for every provision under them. */
    private record Context(Tokens bigrams, Tokens english, Map<String, Integer> concepts) {}

    private Context context(String text) {
        return new Context(Tokens.of(analyzer, Fields.CONTEXT, text), Tokens.of(analyzer, Fields.CONTEXT_EN, text),
                conceptCounts(text));
    }

    private static Field analysed(String field, List<Tokens> parts) {
        return new Field(field, Tokens.replay(parts), WITH_POSITIONS.contains(field) ? TextField.TYPE_NOT_STORED : CONTEXT_TYPE);
    }

    private void metadata(Document d, Provision p, DocumentMeta doc) {
        d.add(new StringField(Fields.ID, p.id(), Field.Store.YES));
        d.add(new SortedDocValuesField(Fields.ID, new BytesRef(p.id())));
        keyword(d, Fields.DOC_ID, doc.id());
        d.add(new SortedDocValuesField(Fields.DOC_ID, new BytesRef(doc.id())));   // which document, for diversity
        keyword(d, Fields.JURISDICTION, doc.jurisdiction().name());
        if (doc.scope() != null) {
            for (String x : doc.scope().excludes()) d.add(new StringField(Fields.SCOPE_EXCLUDES, x, Field.Store.NO));
        }
        if (statesQuantity(p)) d.add(new StringField(Fields.ANSWERS, Fields.QUANTITY, Field.Store.NO));
        keyword(d, Fields.AGENCY, doc.agency());
        keyword(d, Fields.STRENGTH, p.strength().name());
        keyword(d, Fields.STATUS, doc.status().wireName());
        keyword(d, Fields.PROVENANCE, p.provenance().wireName());
        for (String t : p.topics()) {
            keyword(d, Fields.TOPIC, t);
        }
        for (String s : p.protocolSections()) {
            d.add(new StringField(Fields.PROTOCOL_SECTION, s, Field.Store.YES));
        }
        Integer year = doc.year();
        if (year != null) {
            d.add(new IntPoint(Fields.YEAR, year));
            d.add(new SortedSetDocValuesFacetField(Fields.YEAR, String.valueOf(year)));
            d.add(new StoredField(Fields.YEAR, year));
        }
        d.add(new NumericDocValuesField(Fields.ISSUED_SORT, issuedSort(doc.issued())));
        if (doc.issued() != null) d.add(new StoredField(Fields.ISSUED, doc.issued()));
        if (p.factId() != null) d.add(new StoredField(Fields.FACT_ID, p.factId()));
        for (String t : p.summarises()) d.add(new SortedSetDocValuesField(Fields.SUMMARISES, new BytesRef(t)));
        d.add(new StoredField(Fields.DOC_TITLE, doc.title().preferred(doc.language())));
        d.add(new StoredField(Fields.SECTION_PATH, p.section().idPart()));
        d.add(new StoredField(Fields.SECTION_HEADINGS, String.join(Fields.SEPARATOR, p.section().headings())));
        d.add(new StoredField(Fields.LANG, p.lang()));
        d.add(new NumericDocValuesField(Fields.AUTHORITY, authority(p, doc)));
        d.add(new NumericDocValuesField(Fields.STRENGTH_RANK, p.strength().ordinal()));
        d.add(new NumericDocValuesField(Fields.READABLE, readable(p)));
    }

    /**
     * Where {@code p} stands as a source: an entry of a reference list is cited literature (a bibliography line
     * answers no question about the rules); a review article is literature about the guidelines (secondary, whatever
     * its provenance); otherwise the official wording or the team's digest of it.
     */
    public static int authority(Provision p, DocumentMeta doc) {
        if (ReferenceLists.heads(p.section().headings())) return Fields.REFERENCE;
        if (doc.type().equals("review")) return Fields.SECONDARY;
        return p.provenance() == org.regatlas.model.Provenance.DIGEST ? Fields.DIGEST : Fields.OFFICIAL;
    }

    /** Whether {@code p} states a quantity ({@link Quantities}) in any of its languages. */
    public static boolean statesQuantity(Provision p) {
        return Quantities.stated(p.text()) || Quantities.stated(p.textEn()) || Quantities.stated(p.textZh());
    }

    /** The languages {@code p} can be read in ({@link Fields#READABLE}). */
    public static int readable(Provision p) {
        // The team's Chinese of an English official sentence lets a Chinese query find it but does not make it Chinese
        // text: a Chinese query still prefers what is written in Chinese, official or digest (counted as readable,
        // search-dev fell 0.8583 -> 0.8422 and the digest set's Chinese queries 0.813 -> 0.761).
        boolean zh = p.lang().equals("zh") || p.textZh() != null && !p.isTranslated("zh");
        boolean en = p.lang().equals("en") || p.textEn() != null;
        return (zh ? Fields.READ_ZH : 0) | (en ? Fields.READ_EN : 0);
    }

    /** How often {@code text} names each vocabulary concept. */
    private Map<String, Integer> conceptCounts(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String id : concepts.ids(text)) counts.merge(id, 1, Integer::sum);
        return counts;
    }

    /** Each concept id once per occurrence, so BM25 scores its frequency. */
    private static void concepts(Document d, String field, Map<String, Integer> counts) {
        counts.forEach((id, n) -> {
            for (int i = 0; i < n; i++) d.add(new Field(field, id, CONCEPT_TYPE));
        });
    }

    private static void keyword(Document d, String field, String value) {
        d.add(new StringField(field, value, Field.Store.YES));
        d.add(new SortedSetDocValuesFacetField(field, value));
    }

    private static List<String> otherLanguage(Provision p) {
        List<String> out = new ArrayList<>();
        if (p.textEn() != null && !p.textEn().equals(p.text())) out.add(p.textEn());
        if (p.textZh() != null && !p.textZh().equals(p.text())) out.add(p.textZh());
        return out;
    }

    /** yyyymmdd with unknown parts as 00, so 2024-12 sorts after 2024-01-15 and before 2025. */
    public static long issuedSort(String issued) {
        if (issued == null) return 0;
        String[] parts = issued.split("-");
        long y = Long.parseLong(parts[0]);
        long m = parts.length > 1 ? Long.parseLong(parts[1]) : 0;
        long day = parts.length > 2 ? Long.parseLong(parts[2]) : 0;
        return y * 10000 + m * 100 + day;
    }
}
