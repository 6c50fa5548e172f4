package org.regatlas.opensearch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regatlas.corpus.ConceptMatcher;
import org.regatlas.corpus.Glossary;
import org.regatlas.corpus.Taxonomy;
import org.regatlas.index.Fields;
import org.regatlas.index.ProvisionDocuments;
import org.regatlas.model.DocumentMeta;
import org.regatlas.model.Provision;

/**
 * A document's provisions as OpenSearch source documents holding what the embedded index holds of each (see
 * {@link ProvisionDocuments}): the same texts in the same fields, the same context and neighbouring sentences, and
 * the concept ids RegAtlas finds at index time as keyword terms, once per occurrence. OpenSearch analyses the texts
 * with the analyzers of {@link IndexLayout}. Thread-safe.
 */
final class SourceDocuments {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConceptMatcher concepts;

    SourceDocuments(Taxonomy taxonomy, Glossary glossary) {
        this.concepts = new ConceptMatcher(taxonomy, glossary);
    }

    /** The source documents of one document's provisions, in reading order. */
    List<ObjectNode> of(List<Provision> all, DocumentMeta doc) {
        List<Map<String, Integer>> named = new ArrayList<>(all.size());
        for (Provision p : all) named.add(conceptCounts(p.text()));
        List<ObjectNode> out = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            Provision p = all.get(i);
            ObjectNode d = JSON.createObjectNode();
            metadata(d, p, doc);
            d.put(IndexLayout.SHOWN, p.text());
            ArrayNode text = d.putArray(Fields.TEXT).add(p.text());
            ArrayNode english = d.putArray(Fields.TEXT_EN).add(p.text());
            Map<String, Integer> own = new LinkedHashMap<>(named.get(i));
            if (p.isTranslated("en")) {
                // The team's translation: shown, searched in the English field only, its further concepts added.
                d.put(Fields.TRANSLATION_EN, p.textEn());
                english.add(p.textEn());
                conceptCounts(p.textEn()).forEach(own::putIfAbsent);
            } else if (p.isTranslated("zh")) {
                // the Chinese translation of an English official sentence: shown and searched in a field of its own
                d.put(Fields.TRANSLATION_ZH, p.textZh());
                d.put(Fields.TRANSLATED_ZH, p.textZh());
            } else {
                for (String other : otherLanguage(p)) {
                    text.add(other);
                    english.add(other);
                    conceptCounts(other).forEach((id, c) -> own.merge(id, c, Math::max));
                }
            }
            concepts(d, Fields.CONCEPT, own);
            String context = String.join(" ", p.section().headings()) + " " + doc.title().joined();
            d.put(Fields.CONTEXT, context);
            d.put(Fields.CONTEXT_EN, context);
            concepts(d, Fields.CONTEXT_CONCEPT, conceptCounts(context));
            List<Integer> around = ProvisionDocuments.neighbourIndexes(all, i);
            if (!around.isEmpty()) {
                ArrayNode bigrams = d.putArray(Fields.NEIGHBOURS);
                ArrayNode stems = d.putArray(Fields.NEIGHBOURS_EN);
                Map<String, Integer> near = new LinkedHashMap<>();
                for (int j : around) {
                    bigrams.add(all.get(j).text());
                    stems.add(all.get(j).text());
                    named.get(j).forEach((id, c) -> near.merge(id, c, Integer::sum));
                }
                concepts(d, Fields.NEIGHBOURS_CONCEPT, near);
            }
            out.add(d);
        }
        return out;
    }

    private static void metadata(ObjectNode d, Provision p, DocumentMeta doc) {
        d.put(Fields.ID, p.id());
        d.put(Fields.DOC_ID, doc.id());
        d.put(Fields.JURISDICTION, doc.jurisdiction().name());
        d.put(Fields.AGENCY, doc.agency());
        if (doc.scope() != null && !doc.scope().excludes().isEmpty()) {
            ArrayNode excludes = d.putArray(Fields.SCOPE_EXCLUDES);
            doc.scope().excludes().forEach(excludes::add);
        }
        if (ProvisionDocuments.statesQuantity(p)) d.putArray(Fields.ANSWERS).add(Fields.QUANTITY);
        d.put(Fields.STRENGTH, p.strength().name());
        d.put(Fields.STATUS, doc.status().wireName());
        d.put(Fields.PROVENANCE, p.provenance().wireName());
        ArrayNode topics = d.putArray(Fields.TOPIC);
        p.topics().forEach(topics::add);
        ArrayNode sections = d.putArray(Fields.PROTOCOL_SECTION);
        p.protocolSections().forEach(sections::add);
        if (doc.year() != null) d.put(Fields.YEAR, String.valueOf(doc.year()));
        d.put(Fields.ISSUED_SORT, ProvisionDocuments.issuedSort(doc.issued()));
        if (doc.issued() != null) d.put(Fields.ISSUED, doc.issued());
        if (p.factId() != null) d.put(Fields.FACT_ID, p.factId());
        if (!p.summarises().isEmpty()) {
            ArrayNode summarises = d.putArray(Fields.SUMMARISES);   // source only: the page puts summaries after
            p.summarises().forEach(summarises::add);
        }
        d.put(Fields.DOC_TITLE, doc.title().preferred(doc.language()));
        d.put(Fields.SECTION_PATH, p.section().idPart());
        ArrayNode headings = d.putArray(Fields.SECTION_HEADINGS);
        p.section().headings().forEach(headings::add);
        d.put(Fields.LANG, p.lang());
        d.put(IndexLayout.PRIOR_KEY, IndexLayout.priorKey(ProvisionDocuments.authority(p, doc), p.strength().ordinal(),
                ProvisionDocuments.readable(p)));
    }

    /** How often {@code text} names each vocabulary concept. */
    private Map<String, Integer> conceptCounts(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String id : concepts.ids(text)) counts.merge(id, 1, Integer::sum);
        return counts;
    }

    /** Each concept id once per occurrence, so BM25 scores its frequency. */
    private static void concepts(ObjectNode d, String field, Map<String, Integer> counts) {
        if (counts.isEmpty()) return;
        ArrayNode ids = d.putArray(field);
        counts.forEach((id, n) -> {
            for (int i = 0; i < n; i++) ids.add(id);
        });
    }

    private static List<String> otherLanguage(Provision p) {
        List<String> out = new ArrayList<>();
        if (p.textEn() != null && !p.textEn().equals(p.text())) out.add(p.textEn());
        if (p.textZh() != null && !p.textZh().equals(p.text())) out.add(p.textZh());
        return out;
    }
}
