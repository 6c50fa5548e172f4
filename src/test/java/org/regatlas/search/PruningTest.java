package org.regatlas.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.regatlas.index.Fields;

/**
 * A large index where a common word matches every document: the top hits must be the same whether every match is
 * scored or the search skips what cannot make the page, and the digest weight must survive the skipping.
 */
class PruningTest {
    private static final int DOCS = 6000;
    private static final Sort SCORE_THEN_ID = new Sort(SortField.FIELD_SCORE, new SortField(Fields.ID, SortField.Type.STRING));
    private static final FacetsConfig FACETS = new FacetsConfig();
    private static ByteBuffersDirectory dir;
    private static DirectoryReader reader;
    private static IndexSearcher searcher;
    private static FacetOrdinals ordinals;

    @BeforeAll
    static void index() throws IOException {
        dir = InMemoryIndex.of(DOCS, 0, true, i -> {
            Document d = InMemoryIndex.withId(String.format("d%05d", i));
            StringBuilder text = new StringBuilder("细胞 treatment");
            if (i % 37 == 0) text.append(" washout").append(" washout".repeat(i % 3));
            if (i % 11 == 0) text.append(" lymphodepletion");
            text.append(" filler".repeat(i % 5));
            d.add(new TextField(Fields.TEXT, text.toString(), Field.Store.NO));
            d.add(new NumericDocValuesField(Fields.AUTHORITY, i % 4 == 0 ? Fields.DIGEST : Fields.OFFICIAL));
            d.add(new SortedSetDocValuesFacetField(Fields.JURISDICTION, i % 2 == 0 ? "CN" : "US"));
            return FACETS.build(d);
        });
        reader = DirectoryReader.open(dir);
        searcher = new IndexSearcher(reader);
        ordinals = FacetOrdinals.of(reader, java.util.List.of(Fields.JURISDICTION));
        searcher.setSimilarity(LuceneQueries.similarity());
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        dir.close();
    }

    private static Query query() {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String w : new String[] {"细胞", "treatment", "washout", "lymphodepletion"}) {
            b.add(new TermQuery(new Term(Fields.TEXT, w)), BooleanClause.Occur.SHOULD);
        }
        return new PriorQuery(b.build(), new Priors(0.4f, 1f, 1f, null, 1f));
    }

    private static int count(HitsAndFacets.Result r, String jurisdiction) {
        return r.facets(10).get(Fields.JURISDICTION).getOrDefault(jurisdiction, 0);
    }

    private static String[] ids(ScoreDoc[] docs) throws IOException {
        String[] out = new String[docs.length];
        for (int i = 0; i < docs.length; i++) out[i] = searcher.storedFields().document(docs[i].doc).get(Fields.ID);
        return out;
    }

    private static float[] scores(ScoreDoc[] docs) {
        float[] out = new float[docs.length];
        for (int i = 0; i < docs.length; i++) out[i] = (Float) ((FieldDoc) docs[i]).fields[0];
        return out;
    }

    @Test
    void skippingPastTheExactCountKeepsTheSameTopHits() throws IOException {
        HitsAndFacets.Result exact = searcher.search(query(), new HitsAndFacets(SCORE_THEN_ID, 20, Integer.MAX_VALUE, ordinals));
        HitsAndFacets.Result pruned = searcher.search(query(), new HitsAndFacets(SCORE_THEN_ID, 20, 100, ordinals));

        assertTrue(exact.exact());
        assertEquals(DOCS, exact.top().totalHits.value());
        assertFalse(pruned.exact());
        assertTrue(pruned.top().totalHits.value() < DOCS / 2,
                "the search should have skipped most documents, visited " + pruned.top().totalHits.value());
        assertArrayEquals(ids(exact.top().scoreDocs), ids(pruned.top().scoreDocs));
        assertArrayEquals(scores(exact.top().scoreDocs), scores(pruned.top().scoreDocs));
    }

    @Test
    void facetsAreExactWhenTheTotalIsAndLowerBoundsWhenNot() throws IOException {
        HitsAndFacets.Result exact = searcher.search(query(), new HitsAndFacets(SCORE_THEN_ID, 10, Integer.MAX_VALUE, ordinals));
        HitsAndFacets.Result pruned = searcher.search(query(), new HitsAndFacets(SCORE_THEN_ID, 10, 100, ordinals));
        int cnExact = count(exact, "CN");
        int usExact = count(exact, "US");
        int cnPruned = count(pruned, "CN");
        int usPruned = count(pruned, "US");

        assertEquals(DOCS / 2, cnExact);
        assertEquals(DOCS / 2, usExact);
        assertEquals(pruned.top().totalHits.value(), cnPruned + usPruned, "facets count exactly the visited documents");
        assertTrue(cnPruned <= cnExact && usPruned <= usExact);
    }

    @Test
    void aSearchSplitAcrossThreadsFindsTheSameHitsCountsAndFacets() throws IOException {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            IndexSearcher sliced = new SlicedSearcher(reader, pool, 2, 1000);
            sliced.setSimilarity(LuceneQueries.similarity());
            assertEquals(1, reader.leaves().size());
            assertEquals(2, sliced.getSlices().length, "one segment split into a slice per core");
            assertEquals(1, new SlicedSearcher(reader, pool, 2, DOCS).getSlices().length, "too small to split");
            for (String field : new String[] {Fields.TEXT, Fields.TEXT, "no-such-field"}) {   // the second time, held
                assertEquals(searcher.collectionStatistics(field), sliced.collectionStatistics(field), field);
            }

            HitsAndFacets.Result one = searcher.search(query(), new HitsAndFacets(SCORE_THEN_ID, 20, Integer.MAX_VALUE, ordinals));
            HitsAndFacets.Result two = sliced.search(query(), new HitsAndFacets(SCORE_THEN_ID, 20, Integer.MAX_VALUE, ordinals));
            assertEquals(one.top().totalHits, two.top().totalHits);
            assertArrayEquals(ids(one.top().scoreDocs), ids(two.top().scoreDocs));
            assertArrayEquals(scores(one.top().scoreDocs), scores(two.top().scoreDocs));
            assertEquals(one.facets(10), two.facets(10));
            assertEquals(DOCS / 2, count(two, "CN"));

            HitsAndFacets.Result pruned = sliced.search(query(), new HitsAndFacets(SCORE_THEN_ID, 20, 100, ordinals));
            assertArrayEquals(ids(one.top().scoreDocs), ids(pruned.top().scoreDocs), "skipping in every slice");
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aDigestScoresItsWeightTimesTheOfficialTextsScore() throws IOException {
        Query q = query();
        Query inner = ((PriorQuery) q).inner();
        ScoreDoc[] all = searcher.search(q, DOCS).scoreDocs;
        ScoreDoc[] raw = searcher.search(inner, DOCS).scoreDocs;
        float[] rawByDoc = new float[DOCS];
        for (ScoreDoc d : raw) rawByDoc[d.doc] = d.score;
        for (ScoreDoc d : Arrays.copyOf(all, 200)) {
            boolean digest = Integer.parseInt(searcher.storedFields().document(d.doc).get(Fields.ID).substring(1)) % 4 == 0;
            assertEquals(rawByDoc[d.doc] * (digest ? 0.4f : 1f), d.score, 1e-6);
            Explanation e = searcher.explain(q, d.doc);
            assertEquals(d.score, e.getValue().floatValue(), 1e-6);
        }
    }
}
