package org.regatlas.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;
import org.regatlas.TestCorpus;
import org.regatlas.corpus.ConceptMatcher;
import org.regatlas.model.Provision;
import org.regatlas.parse.ParsedCorpus;
import org.regatlas.parse.ParsedDocument;

/**
 * Texts are analysed once and replayed into every field and document that repeats them; the index must hold exactly
 * the terms that analysing each field's own text would give, for every provision of the shipped corpus.
 */
class ProvisionDocumentsTest {
    private static final Analyzer ANALYZER = Analyzers.perField();

    @Test
    void replayedFieldsHoldTheTermsOfAnalysingTheirText() throws IOException {
        ParsedCorpus corpus = TestCorpus.parsed();
        ProvisionDocuments mapper = new ProvisionDocuments(corpus.taxonomy(), corpus.glossary());
        ConceptMatcher matcher = new ConceptMatcher(corpus.taxonomy(), corpus.glossary());
        int checked = 0;
        int withNeighbours = 0;
        for (ParsedDocument doc : corpus.documents()) {
            List<Provision> all = doc.provisions();
            if (all.isEmpty()) continue;
            List<Document> docs = mapper.toDocuments(all, doc.meta());
            assertEquals(all.size(), docs.size());
            for (int i = 0; i < all.size(); i++) {
                Provision p = all.get(i);
                Document d = docs.get(i);
                assertEquals(p.id(), d.get(Fields.ID));
                assertEquals(p.text(), d.get(Fields.TEXT), "the stored text is the provision's");

                List<String> texts = new ArrayList<>(List.of(p.text()));
                boolean translated = p.isTranslated("en");
                if (translated) {
                    // The team's translation: stored, and in the English field only.
                    assertEquals(p.textEn(), d.get(Fields.TRANSLATION_EN), p.id());
                    assertEquals(analysed(Fields.TEXT, texts), indexed(d, Fields.TEXT), p.id());
                    assertEquals(analysed(Fields.TEXT_EN, List.of(p.text(), p.textEn())), indexed(d, Fields.TEXT_EN),
                            p.id());
                } else if (p.isTranslated("zh")) {
                    // The team's Chinese of an English official sentence: stored, and in a bigram field of its own.
                    assertEquals(p.textZh(), d.get(Fields.TRANSLATION_ZH), p.id());
                    assertEquals(analysed(Fields.TEXT, texts), indexed(d, Fields.TEXT), p.id());
                    assertEquals(analysed(Fields.TEXT, List.of(p.textZh())), indexed(d, Fields.TRANSLATED_ZH), p.id());
                    assertEquals(analysed(Fields.TEXT_EN, texts), indexed(d, Fields.TEXT_EN), p.id());
                } else {
                    if (p.textEn() != null && !p.textEn().equals(p.text())) texts.add(p.textEn());
                    if (p.textZh() != null && !p.textZh().equals(p.text())) texts.add(p.textZh());
                    assertEquals(null, d.get(Fields.TRANSLATION_EN), p.id());
                    assertEquals(analysed(Fields.TEXT, texts), indexed(d, Fields.TEXT), p.id());
                    assertEquals(analysed(Fields.TEXT_EN, texts), indexed(d, Fields.TEXT_EN), p.id());
                }

                String context = String.join(" ", p.section().headings()) + " " + doc.meta().title().joined();
                assertEquals(analysed(Fields.CONTEXT, List.of(context)), indexed(d, Fields.CONTEXT), p.id());
                assertEquals(analysed(Fields.CONTEXT_EN, List.of(context)), indexed(d, Fields.CONTEXT_EN), p.id());

                String neighbours = neighbourText(all, i);
                assertEquals(analysed(Fields.NEIGHBOURS, List.of(neighbours)), indexed(d, Fields.NEIGHBOURS), p.id());
                assertEquals(analysed(Fields.NEIGHBOURS_EN, List.of(neighbours)), indexed(d, Fields.NEIGHBOURS_EN), p.id());
                if (!neighbours.isEmpty()) withNeighbours++;

                // Each neighbouring sentence names its own concepts: none is matched across the two.
                List<String> around = ProvisionDocuments.neighbourIndexes(all, i).stream().map(j -> all.get(j).text()).toList();
                assertEquals(concepts(matcher, around), indexed(d, Fields.NEIGHBOURS_CONCEPT), p.id());
                assertEquals(concepts(matcher, List.of(context)), indexed(d, Fields.CONTEXT_CONCEPT), p.id());
                Map<String, Integer> own = new TreeMap<>();
                for (String t : texts) concepts(matcher, List.of(t)).forEach((id, c) -> own.merge(id, c, Math::max));
                // A translation adds the concepts only it names; the official sentence's counts stand.
                if (translated) concepts(matcher, List.of(p.textEn())).forEach(own::putIfAbsent);
                assertEquals(own, indexed(d, Fields.CONCEPT), p.id());

                checked++;
            }
        }
        assertEquals(corpus.provisionCount(), checked);
        assertTrue(withNeighbours > 200, "the neighbour fields were checked on real neighbours: " + withNeighbours);
        assertTrue(corpus.provisions().stream().filter(p -> p.isTranslated("en")).count() > 200,
                "translated provisions were checked");
        assertTrue(corpus.provisions().stream().filter(p -> p.isTranslated("zh")).count() > 1500,
                "provisions translated into Chinese were checked");
    }

    /** The sentence before and after in the same section, for a verbatim provision. */
    private static String neighbourText(List<Provision> all, int i) {
        StringBuilder sb = new StringBuilder();
        for (int j : ProvisionDocuments.neighbourIndexes(all, i)) sb.append(all.get(j).text()).append('\n');
        return sb.toString();
    }

    /** How often the texts together name each concept. */
    private static Map<String, Integer> concepts(ConceptMatcher matcher, List<String> texts) {
        Map<String, Integer> out = new TreeMap<>();
        for (String t : texts) for (String id : matcher.ids(t)) out.merge(id, 1, Integer::sum);
        return out;
    }

    /** Term frequencies of analysing each text as {@code field}. */
    private static Map<String, Integer> analysed(String field, List<String> texts) throws IOException {
        Map<String, Integer> out = new TreeMap<>();
        for (String t : texts) {
            try (TokenStream ts = ANALYZER.tokenStream(field, t)) {
                count(ts, out);
            }
        }
        return out;
    }

    /** Term frequencies of what the document's fields named {@code field} will index. */
    private static Map<String, Integer> indexed(Document d, String field) throws IOException {
        Map<String, Integer> out = new TreeMap<>();
        for (IndexableField f : d.getFields(field)) {
            if (f.fieldType().indexOptions() == org.apache.lucene.index.IndexOptions.NONE) continue;
            try (TokenStream ts = f.tokenStream(ANALYZER, null)) {
                count(ts, out);
            }
        }
        return out;
    }

    private static void count(TokenStream ts, Map<String, Integer> into) throws IOException {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) into.merge(term.toString(), 1, Integer::sum);
        ts.end();
    }
}
