package org.regatlas.checklist.obligation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.regatlas.index.Analyzers;
import org.regatlas.index.Fields;

/**
 * Builds the Lucene query that looks for an obligation in a protocol: the terms of its concepts in both languages
 * (required concepts at full weight, context concepts at half), the cross-lingual expansion of its wording (every
 * taxonomy and glossary concept its text names, carried into the other language: 洗脱期 → washout, 独立评审委员会 →
 * independent review committee), and its own words (bigrams for Chinese protocols, English stems for digests'
 * English text). The expansion is read from the checklist's {@link ConceptVocabulary} (the same taxonomy and
 * glossary as search), which finds all concepts in one pass. Queries do not
 * depend on the protocol, so they are built once per corpus.
 */
public final class EvidenceQueries {
    private static final int MAX_CLAUSES = 400;
    private static final int TERMS_PER_CONCEPT = 8;

    private final QueryBuilder builder = new QueryBuilder(Analyzers.perField());
    private final ConceptVocabulary vocabulary;

    public EvidenceQueries(ConceptVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * The query for {@code o}; {@code chineseProtocol} adds the Chinese terms and the bigrams of the wording, which an
     * English protocol cannot match (it keeps the English terms and abbreviations).
     */
    Query build(Obligation o, boolean chineseProtocol) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        int[] clauses = {0};
        Set<String> required = new LinkedHashSet<>(o.elements().required());
        Set<String> concepts = new LinkedHashSet<>(o.elements().all());
        String wording = o.provision().textZh() != null ? o.provision().textZh() : o.provision().text();
        String english = o.provision().textEn();
        for (String id : vocabulary.ids(wording + (english == null ? "" : "\n" + english))) {
            // general words (treatment, patient) match everywhere: leave them out
            if (vocabulary.concept(id).map(Concept::checkable).orElse(false)) concepts.add(id);
        }
        for (String id : concepts) {
            float boost = required.contains(id) ? 1.0f : o.elements().context().contains(id) ? 0.5f : 0.3f;
            vocabulary.concept(id).ifPresent(c -> {
                for (String en : first(c.en())) {
                    add(q, clauses, builder.createPhraseQuery(Fields.TEXT_EN, en), boost);
                    if (en.contains(" ")) {     // the words on their own: "lymphoma guideline" for "clinical guideline"
                        add(q, clauses, builder.createBooleanQuery(Fields.TEXT_EN, en), boost * 0.3f);
                    }
                }
                if (!chineseProtocol) return;
                for (String zh : first(c.zh())) add(q, clauses, builder.createPhraseQuery(Fields.TEXT, zh), boost);
            });
        }
        if (chineseProtocol) add(q, clauses, builder.createBooleanQuery(Fields.TEXT, wording), 0.3f);
        if (english != null) add(q, clauses, builder.createBooleanQuery(Fields.TEXT_EN, english), 0.5f);
        return q.build();
    }

    private static List<String> first(List<String> terms) {
        return terms.size() <= TERMS_PER_CONCEPT ? terms : terms.subList(0, TERMS_PER_CONCEPT);
    }

    private static void add(BooleanQuery.Builder q, int[] clauses, Query part, float boost) {
        if (part == null || clauses[0] >= MAX_CLAUSES) return;
        q.add(new BoostQuery(part, boost), BooleanClause.Occur.SHOULD);
        clauses[0]++;
    }
}
