package org.regatlas.search;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.regatlas.index.Fields;

/**
 * The provisions searches have shown, read from one index reader: their stored fields decoded and their text's
 * tokens for highlighting. Reading a hit decompresses the block it is stored in and highlighting it analyses its
 * text; together that was a fifth of a search over the shipped corpus, for provisions that come up again and again.
 * Each document number has one slot (its low bits); a slot holds the last document read into it, so at most
 * {@link #MAX_SLOTS} documents are held (a few megabytes), and an index no larger (the shipped corpus) is held whole
 * once shown. This keeps documents, never answers: every search still runs. Thread-safe.
 */
final class ShownDocuments {
    static final int MAX_SLOTS = 4096;

    /** One document: its stored fields and the tokens of its text. */
    record Shown(int doc, Document document, Highlighter.Tokens tokens) {}

    private final AtomicReferenceArray<Shown> slots;
    private final int mask;

    ShownDocuments(IndexReader reader) {
        int wanted = Math.max(2, Math.min(MAX_SLOTS, reader.maxDoc()));
        int size = Integer.highestOneBit(wanted - 1) << 1;   // the power of two at or above
        this.slots = new AtomicReferenceArray<>(size);
        this.mask = size - 1;
    }

    /** Document {@code doc} of {@code reader} (the reader these documents are of), read unless held. */
    Shown get(int doc, IndexReader reader) throws IOException {
        Shown held = slots.get(doc & mask);
        if (held != null && held.doc() == doc) return held;
        Document d = reader.storedFields().document(doc);
        String text = d.get(Fields.TEXT);
        Shown fresh = new Shown(doc, d, Highlighter.Tokens.of(text == null ? "" : text));
        slots.set(doc & mask, fresh);
        return fresh;
    }
}
