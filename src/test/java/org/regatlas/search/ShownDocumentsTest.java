package org.regatlas.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.regatlas.index.Fields;

/**
 * Shown documents are read once and given back as stored, with their text's tokens and concept places; a slot holds
 * one document.
 */
class ShownDocumentsTest {
    @Test
    void aDocumentIsReadOnceAndADocumentSharingItsSlotReplacesIt() throws IOException {
        int docs = ShownDocuments.MAX_SLOTS + 10;
        try (ByteBuffersDirectory dir = InMemoryIndex.of(docs, 0, false, i -> {
            Document d = new Document();
            d.add(new StoredField(Fields.ID, "p" + i));
            d.add(new StoredField(Fields.TEXT, "第" + i + "条 washout 洗脱期"));
            return d;
        })) {
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                var vocabulary = new org.regatlas.corpus.CorpusLoader(java.nio.file.Path.of("corpus")).loadVocabulary();
                var concepts = new org.regatlas.corpus.ConceptMatcher(vocabulary.taxonomy(), vocabulary.glossary());
                ShownDocuments shown = new ShownDocuments(reader, concepts);
                ShownDocuments.Shown first = shown.get(3, reader);
                assertEquals("p3", first.hit().id());
                assertSame(first, shown.get(3, reader), "held, not read again");
                Highlighter.Tokens expected = Highlighter.Tokens.of("第3条 washout 洗脱期");
                assertArrayEquals(expected.terms(), first.tokens().terms());
                assertArrayEquals(expected.starts(), first.tokens().starts());
                assertArrayEquals(expected.ends(), first.tokens().ends());
                java.util.Set<String> washout = java.util.Set.copyOf(concepts.match("洗脱期").get(0).ids());
                String text = "第3条 washout 洗脱期";
                int zh = text.indexOf("洗脱期");
                assertEquals(java.util.List.of(new org.regatlas.model.Span(4, 11), new org.regatlas.model.Span(zh, zh + 2),
                        new org.regatlas.model.Span(zh, zh + 3)), first.spans(washout),
                        "the concept named in both languages (洗脱 and 洗脱期 both name it), each place once");
                assertEquals(java.util.List.of(), first.spans(java.util.Set.of()));

                int sameSlot = 3 + ShownDocuments.MAX_SLOTS;
                assertEquals("p" + sameSlot, shown.get(sameSlot, reader).hit().id());
                ShownDocuments.Shown again = shown.get(3, reader);
                assertNotSame(first, again, "the slot held the other document in between");
                assertEquals("p3", again.hit().id());
            }
        }
    }
}
