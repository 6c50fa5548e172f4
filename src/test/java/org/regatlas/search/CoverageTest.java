package org.regatlas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.regatlas.index.Fields;

class CoverageTest {
    private static final String[] TEXTS = {
        "infusion reactions infusion rate infusion site infusion",          // one part of the question, repeated
        "secondary T cell lymphoma weeks after infusion",                  // every part
        "lymphoma",                                                        // one part, once
    };

    private static ByteBuffersDirectory index() throws Exception {
        // Several segments, so hits are read leaf by leaf in index order.
        return InMemoryIndex.of(TEXTS.length, 1, false, i -> {
            Document d = InMemoryIndex.withId("p" + i);
            d.add(new TextField(Fields.TEXT_EN, TEXTS[i], Field.Store.NO));
            return d;
        });
    }

    private static List<Query> parts(String... words) {
        return Arrays.stream(words).map(w -> (Query) new TermQuery(new Term(Fields.TEXT_EN, w))).toList();
    }

    @Test
    void theHitMatchingMoreOfTheQueryOutranksOneRepeatingAWord() throws Exception {
        try (DirectoryReader reader = DirectoryReader.open(index())) {
            IndexSearcher searcher = new IndexSearcher(reader);
            ScoreDoc[] ranked = {new ScoreDoc(0, 10f), new ScoreDoc(1, 8f), new ScoreDoc(2, 5f)};
            ScoreDoc[] out = Coverage.rerank(searcher, ranked, parts("infusion", "lymphoma", "secondari"));
            assertEquals(1, out[0].doc, "the hit naming lymphoma, secondary and infusion comes first");
            assertEquals(8f, out[0].score, 1e-4, "a hit matching every part keeps its score");
            ScoreDoc repeating = Arrays.stream(out).filter(d -> d.doc == 0).findFirst().orElseThrow();
            assertTrue(repeating.score < 10f / 3, "a hit matching one part of three is discounted");
        }
    }

    @Test
    void aQueryOfOnePartKeepsItsOrder() throws Exception {
        try (DirectoryReader reader = DirectoryReader.open(index())) {
            ScoreDoc[] ranked = {new ScoreDoc(0, 10f), new ScoreDoc(1, 8f)};
            assertSame(ranked, Coverage.rerank(new IndexSearcher(reader), ranked, parts("infusion")));
        }
    }

    @Test
    void aPartNoHitMatchesWeighsNothing() throws Exception {
        try (DirectoryReader reader = DirectoryReader.open(index())) {
            ScoreDoc[] ranked = {new ScoreDoc(0, 10f), new ScoreDoc(2, 5f)};
            ScoreDoc[] out = Coverage.rerank(new IndexSearcher(reader), ranked, parts("infusion", "absentword"));
            assertEquals(10f, out[0].score, 1e-4);
            assertEquals(0, out[0].doc);
        }
    }
}
