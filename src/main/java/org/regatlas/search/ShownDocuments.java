package org.regatlas.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.regatlas.corpus.ConceptMatcher;
import org.regatlas.index.Fields;
import org.regatlas.model.Span;

/**
 * The provisions searches have shown, read from one index reader: their stored fields decoded into a hit, and their
 * text's tokens and the places it names concepts, for highlighting. Reading a hit decompresses the block it is
 * stored in, and highlighting it analysed its text and scanned it for the query's concepts; together that was a
 * third of a search over the shipped corpus, for provisions that come up again and again. Each document number has
 * one slot (its low bits); a slot holds the last document read into it, so at most {@link #MAX_SLOTS} documents are
 * held (a few megabytes), and an index no larger (the shipped corpus) is held whole once shown. This keeps
 * documents, never answers: every search still runs. Thread-safe.
 */
final class ShownDocuments {
    static final int MAX_SLOTS = 4096;

    /**
     * One document: its stored fields as a hit (not yet highlighted or scored), the tokens of its text, and the places
     * its text names concepts, by concept; and the same of its translation (ours, English or Chinese), if it has one.
     */
    record Shown(int doc, SearchHit hit, Highlighter.Tokens tokens, Map<String, List<Span>> places,
                 @org.jspecify.annotations.Nullable Shown translation) {
        /** {@code named} (in text order) grouped by concept, each concept's places in text order. */
        static Map<String, List<Span>> byConcept(List<ConceptMatcher.Named> named) {
            Map<String, List<Span>> out = new HashMap<>();
            for (ConceptMatcher.Named n : named) {
                out.computeIfAbsent(n.id(), k -> new ArrayList<>(2)).add(new Span(n.start(), n.end()));
            }
            out.replaceAll((k, v) -> List.copyOf(v));
            return Map.copyOf(out);
        }

        /**
         * Where the text names one of {@code ids}, each place once, by start. A search looks up its few concepts
         * here rather than testing every place the text names any concept.
         */
        List<Span> spans(Set<String> ids) {
            List<Span> out = null;
            for (String id : ids) {
                List<Span> at = places.get(id);
                if (at == null) continue;
                if (out == null) out = new ArrayList<>(at.size());
                for (Span s : at) if (!out.contains(s)) out.add(s);
            }
            if (out == null) return List.of();
            out.sort(SPAN_ORDER);
            return out;
        }
    }

    private static final Comparator<Span> SPAN_ORDER = Comparator.comparingInt(Span::start).thenComparingInt(Span::end);

    private final AtomicReferenceArray<Shown> slots;
    private final int mask;
    private final ConceptMatcher concepts;

    /** @param concepts the whole vocabulary, so that a document's places serve any query's concepts */
    ShownDocuments(IndexReader reader, ConceptMatcher concepts) {
        this.concepts = concepts;
        int wanted = Math.max(2, Math.min(MAX_SLOTS, reader.maxDoc()));
        int size = Integer.highestOneBit(wanted - 1) << 1;   // the power of two at or above
        this.slots = new AtomicReferenceArray<>(size);
        this.mask = size - 1;
    }

    /** Document {@code doc} of {@code reader} (the reader these documents are of), read unless held. */
    Shown get(int doc, IndexReader reader) throws IOException {
        Shown held = slots.get(doc & mask);
        if (held != null && held.doc() == doc) return held;
        SearchHit hit = hit(reader.storedFields().document(doc));
        // The team's English of a Chinese sentence is marked by the query's English stems and concepts, its Chinese of
        // an English one by the query's words as the text is.
        Shown translation = hit.textEn() != null
                ? new Shown(doc, hit, Highlighter.Tokens.english(hit.textEn()), Shown.byConcept(concepts.named(hit.textEn())),
                        null)
                : hit.textZh() != null ? new Shown(doc, hit, Highlighter.Tokens.of(hit.textZh()),
                        Shown.byConcept(concepts.named(hit.textZh())), null) : null;
        Shown fresh = new Shown(doc, hit, Highlighter.Tokens.of(hit.text()), Shown.byConcept(concepts.named(hit.text())),
                translation);
        slots.set(doc & mask, fresh);
        return fresh;
    }

    /** The stored fields of a provision as a hit, with no highlight and no score yet. */
    private static SearchHit hit(Document d) {
        String headings = d.get(Fields.SECTION_HEADINGS);
        String path = d.get(Fields.SECTION_PATH);
        String text = d.get(Fields.TEXT);
        String english = d.get(Fields.TRANSLATION_EN);
        String chinese = d.get(Fields.TRANSLATION_ZH);
        return new SearchHit(d.get(Fields.ID), d.get(Fields.DOC_ID), d.get(Fields.DOC_TITLE), d.get(Fields.JURISDICTION),
                d.get(Fields.AGENCY), "-".equals(path) ? null : path,
                headings == null || headings.isEmpty() ? List.of() : List.of(headings.split(Fields.SEPARATOR)),
                text == null ? "" : text, "", d.get(Fields.STRENGTH), List.of(d.getValues(Fields.TOPIC)),
                d.get(Fields.PROVENANCE), d.get(Fields.ISSUED), d.get(Fields.STATUS), 0f,
                english != null ? List.of("en") : chinese != null ? List.of("zh") : List.of(), english, null,
                d.get(Fields.FACT_ID), chinese, null);
    }
}
