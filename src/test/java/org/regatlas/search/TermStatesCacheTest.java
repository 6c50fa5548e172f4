package org.regatlas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.regatlas.index.Fields;

/** A term looked up once serves every later query over the same reader, with the same hits and scores. */
class TermStatesCacheTest {
    @Test
    void aHeldTermScoresAsAFreshLookupAndIsLookedUpOnce() throws IOException {
        // 50 documents in several segments.
        try (ByteBuffersDirectory dir = InMemoryIndex.of(50, 20, false, i -> {
            Document d = new Document();
            d.add(new TextField(Fields.TEXT, "washout " + "period ".repeat(i % 4) + (i % 3 == 0 ? "bridging" : ""),
                    Field.Store.NO));
            return d;
        })) {
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new SlicedSearcher(reader, Runnable::run);
                searcher.setSimilarity(LuceneQueries.similarity());
                TermStatesCache cache = new TermStatesCache(reader);
                for (String word : new String[] {"washout", "period", "bridging", "absent"}) {
                    Term t = new Term(Fields.TEXT, word);
                    ScoreDoc[] fresh = searcher.search(new TermQuery(t), 50).scoreDocs;
                    ScoreDoc[] held = searcher.search(cache.of(t), 50).scoreDocs;
                    ScoreDoc[] again = searcher.search(cache.of(t), 50).scoreDocs;
                    assertTrue(((TermQuery) cache.of(t)).getTermStates().wasBuiltFor(searcher.getTopReaderContext()),
                            "the searcher uses the held lookup rather than looking the term up again");
                    assertEquals(fresh.length, held.length, word);
                    for (int i = 0; i < fresh.length; i++) {
                        assertEquals(fresh[i].doc, held[i].doc, word);
                        assertEquals(fresh[i].score, held[i].score, word);
                        assertEquals(fresh[i].score, again[i].score, word);
                    }
                }
                assertEquals(4, cache.size(), "one lookup per term");
            }
        }
    }
}
