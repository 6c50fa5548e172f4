package org.regatlas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.regatlas.index.Analyzers;
import org.regatlas.index.Fields;

/** Facet counts taken while collecting must be those Lucene's sorted-set facet counting gives, order included. */
class FacetOrdinalsTest {
    private static final List<String> DIMS = List.of(Fields.JURISDICTION, Fields.TOPIC, Fields.STRENGTH, Fields.STATUS);
    private static final Sort BY_ID = new Sort(new SortField(Fields.ID, SortField.Type.STRING));
    private static final String[] TOPICS = {"crs", "icans", "ltfu", "dose", "gvhd", "rcl", "b-cell"};

    /** Documents with a single-valued and a multi-valued dimension, counts with ties, committed every 70 documents. */
    private static ByteBuffersDirectory index(int docs, boolean oneSegment) throws IOException {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(Fields.TOPIC, true);
        return InMemoryIndex.of(docs, 70, oneSegment, i -> {
            Document d = InMemoryIndex.withId(String.format("d%04d", i));
            d.add(new StringField("parity", i % 2 == 0 ? "even" : "odd", Field.Store.NO));
            d.add(new SortedSetDocValuesFacetField(Fields.JURISDICTION, new String[] {"CN", "US", "EU", "INTL"}[i % 4]));
            if (i % 3 != 0) d.add(new SortedSetDocValuesFacetField(Fields.STRENGTH, i % 3 == 1 ? "MUST" : "SHOULD"));
            for (int t = 0; t < TOPICS.length; t++) {
                if ((i + t) % (t + 2) == 0) d.add(new SortedSetDocValuesFacetField(Fields.TOPIC, TOPICS[t]));
            }
            return config.build(d);
        });
    }

    /** What {@code SortedSetDocValuesFacetCounts.getTopChildren} gives for each dimension, in its order. */
    private static Map<String, Map<String, Integer>> lucene(IndexSearcher searcher, Query query, int limit)
            throws IOException {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(Fields.TOPIC, true);
        FacetsCollector fc = searcher.search(query, new FacetsCollectorManager());
        var counts = new SortedSetDocValuesFacetCounts(
                new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), config), fc);
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        for (String dim : DIMS) {
            Map<String, Integer> values = new LinkedHashMap<>();
            FacetResult r;
            try {
                r = counts.getTopChildren(limit, dim);
            } catch (IllegalArgumentException e) {
                r = null;   // a dimension absent from the index
            }
            if (r != null) for (LabelAndValue lv : r.labelValues) values.put(lv.label, lv.value.intValue());
            out.put(dim, values);
        }
        return out;
    }

    private static Map<String, Map<String, Integer>> collected(IndexSearcher searcher, Query query, int limit)
            throws IOException {
        FacetOrdinals ordinals = FacetOrdinals.of(searcher.getIndexReader(), DIMS);
        return searcher.search(query, new HitsAndFacets(BY_ID, 10, Integer.MAX_VALUE, ordinals)).facets(limit);
    }

    private static void assertSameAsLucene(ByteBuffersDirectory dir, int expectedLeaves) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            assertEquals(expectedLeaves, reader.leaves().size());
            IndexSearcher searcher = new IndexSearcher(reader);
            for (Query q : List.of(new MatchAllDocsQuery(), new TermQuery(new Term("parity", "odd")))) {
                for (int limit : new int[] {200, 3}) {
                    Map<String, Map<String, Integer>> expected = lucene(searcher, q, limit);
                    assertEquals(expected, collected(searcher, q, limit), q + ", limit " + limit);
                    // Map equality ignores order; the order is part of the answer.
                    for (String dim : DIMS) {
                        assertEquals(List.copyOf(expected.get(dim).keySet()),
                                List.copyOf(collected(searcher, q, limit).get(dim).keySet()), dim + " order");
                    }
                }
            }
        }
    }

    @Test
    void countsAndOrderMatchLuceneAcrossSegments() throws IOException {
        try (ByteBuffersDirectory dir = index(500, false)) {
            assertSameAsLucene(dir, 8);
        }
    }

    @Test
    void countsAndOrderMatchLuceneOnOneSegment() throws IOException {
        try (ByteBuffersDirectory dir = index(500, true)) {
            assertSameAsLucene(dir, 1);
        }
    }

    @Test
    void aDimensionWithNoValueInTheIndexIsListedEmpty() throws IOException {
        try (ByteBuffersDirectory dir = index(40, true); DirectoryReader reader = DirectoryReader.open(dir)) {
            Map<String, Map<String, Integer>> facets = collected(new IndexSearcher(reader), new MatchAllDocsQuery(), 200);
            assertEquals(DIMS, List.copyOf(facets.keySet()));
            assertTrue(facets.get(Fields.STATUS).isEmpty());
            assertEquals(Map.of("CN", 10, "US", 10, "EU", 10, "INTL", 10), facets.get(Fields.JURISDICTION));
        }
    }

    @Test
    void anIndexWithoutFacetValuesHasNoOrdinals() throws IOException {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Analyzers.perField()))) {
            Document d = new Document();
            d.add(new StringField(Fields.ID, "x", Field.Store.YES));
            w.addDocument(d);
        }
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            assertNull(FacetOrdinals.of(reader, DIMS));
        }
    }
}
