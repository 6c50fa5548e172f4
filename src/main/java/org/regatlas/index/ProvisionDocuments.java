package org.regatlas.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
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
    /** A concept id: one untokenized term per occurrence, frequencies and norms kept for BM25. */
    private static final FieldType CONCEPT_TYPE = conceptType();

    private final Taxonomy taxonomy;
    private final ConceptMatcher concepts;
    private final FacetsConfig facets = facetsConfig();

    public ProvisionDocuments(Taxonomy taxonomy, Glossary glossary) {
        this.taxonomy = taxonomy;
        this.concepts = new ConceptMatcher(taxonomy, glossary);
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

    /** The Lucene document for {@code p}, facets included. */
    public Document toDocument(Provision p, DocumentMeta doc) throws java.io.IOException {
        return toDocument(p, doc, "");
    }

    /** The Lucene document for {@code p} with the text of its neighbouring sentences as weak context. */
    public Document toDocument(Provision p, DocumentMeta doc, String neighbours) throws java.io.IOException {
        Document d = new Document();
        d.add(new StringField(Fields.ID, p.id(), Field.Store.YES));
        d.add(new SortedDocValuesField(Fields.ID, new BytesRef(p.id())));
        keyword(d, Fields.DOC_ID, doc.id());
        keyword(d, Fields.JURISDICTION, doc.jurisdiction().name());
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
        d.add(new StoredField(Fields.DOC_TITLE, doc.title().preferred(doc.language())));
        d.add(new StoredField(Fields.SECTION_PATH, p.section().idPart()));
        d.add(new StoredField(Fields.SECTION_HEADINGS, String.join(Fields.SEPARATOR, p.section().headings())));
        d.add(new StoredField(Fields.LANG, p.lang()));
        d.add(new NumericDocValuesField(Fields.IS_DIGEST, p.provenance() == org.regatlas.model.Provenance.DIGEST ? 1 : 0));

        // Displayed text: stored and indexed; the digest's other language is indexed but not displayed.
        d.add(new TextField(Fields.TEXT, p.text(), Field.Store.YES));
        for (String other : otherLanguage(p)) {
            d.add(new TextField(Fields.TEXT, other, Field.Store.NO));
        }
        for (String t : allText(p)) {
            d.add(new TextField(Fields.TEXT_EN, t, Field.Store.NO));
        }
        concepts(d, Fields.CONCEPT, allText(p));
        String context = String.join(" ", p.section().headings()) + " " + doc.title().joined();
        d.add(new TextField(Fields.CONTEXT, context, Field.Store.NO));
        d.add(new TextField(Fields.CONTEXT_EN, context, Field.Store.NO));
        concepts(d, Fields.CONTEXT_CONCEPT, List.of(context));
        if (!neighbours.isBlank()) {
            d.add(new TextField(Fields.NEIGHBOURS, neighbours, Field.Store.NO));
            d.add(new TextField(Fields.NEIGHBOURS_EN, neighbours, Field.Store.NO));
            concepts(d, Fields.NEIGHBOURS_CONCEPT, List.of(neighbours));
        }
        String topicTerms = topicTerms(p.topics());
        if (!topicTerms.isEmpty()) {
            d.add(new TextField(Fields.TOPIC_TERMS, topicTerms, Field.Store.NO));
            d.add(new TextField(Fields.TOPIC_TERMS_EN, topicTerms, Field.Store.NO));
        }
        return facets.build(d);
    }

    /**
     * The concepts of {@code texts} (translations of one another): each concept as often as the text naming it
     * most often names it, so a digest's two languages do not count a concept twice.
     */
    private void concepts(Document d, String field, List<String> texts) {
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (String t : texts) {
            java.util.Map<String, Integer> own = new java.util.HashMap<>();
            for (String id : concepts.ids(t)) own.merge(id, 1, Integer::sum);
            own.forEach((id, n) -> counts.merge(id, n, Math::max));
        }
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

    private static List<String> allText(Provision p) {
        List<String> out = new ArrayList<>(List.of(p.text()));
        out.addAll(otherLanguage(p));
        return out;
    }

    private String topicTerms(List<String> topics) {
        Set<String> terms = new LinkedHashSet<>();
        for (String id : topics) {
            taxonomy.topic(id).ifPresent(t -> {
                if (t.label().zh() != null) terms.add(t.label().zh());
                if (t.label().en() != null) terms.add(t.label().en());
                terms.addAll(t.synonymsZh());
                terms.addAll(t.synonymsEn());
                terms.addAll(t.abbreviations());
            });
        }
        return String.join(" ; ", terms);
    }

    /** yyyymmdd with unknown parts as 00, so 2024-12 sorts after 2024-01-15 and before 2025. */
    static long issuedSort(String issued) {
        if (issued == null) return 0;
        String[] parts = issued.split("-");
        long y = Long.parseLong(parts[0]);
        long m = parts.length > 1 ? Long.parseLong(parts[1]) : 0;
        long day = parts.length > 2 ? Long.parseLong(parts[2]) : 0;
        return y * 10000 + m * 100 + day;
    }
}
