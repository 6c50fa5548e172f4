package org.regatlas.search;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.regatlas.index.Analyzers;

/** Small indexes in memory for the search tests, their fields analysed as the product analyses them. */
final class InMemoryIndex {
    private InMemoryIndex() {}

    /** Makes document {@code i}. */
    interface Maker {
        Document make(int i) throws IOException;
    }

    /**
     * {@code docs} documents made by {@code maker}, committed after every {@code commitEvery} of them (0: only at the
     * end), so in as many segments, or merged into one when {@code merge}.
     */
    static ByteBuffersDirectory of(int docs, int commitEvery, boolean merge, Maker maker) throws IOException {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Analyzers.perField()))) {
            for (int i = 0; i < docs; i++) {
                w.addDocument(maker.make(i));
                if (commitEvery > 0 && i % commitEvery == commitEvery - 1) w.commit();
            }
            if (merge) w.forceMerge(1);
        }
        return dir;
    }

    /** A document with {@code id} in the id field, stored and sortable, as the search reads and orders ids. */
    static Document withId(String id) {
        Document d = new Document();
        d.add(new StringField(org.regatlas.index.Fields.ID, id, Field.Store.YES));
        d.add(new SortedDocValuesField(org.regatlas.index.Fields.ID, new BytesRef(id)));
        return d;
    }
}
