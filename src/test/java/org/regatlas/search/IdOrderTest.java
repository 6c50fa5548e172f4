package org.regatlas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.junit.jupiter.api.Test;
import org.regatlas.index.Fields;

/**
 * Hits ranked by score then {@link IdOrder} come in the order a sort on the id string gives, ties of score included,
 * over several segments and with documents indexed in no particular id order.
 */
class IdOrderTest {
    @Test
    void ranksAsTheIdStringDoesAcrossSegments() throws IOException {
        for (boolean merge : new boolean[] {false, true}) {
            try (var dir = InMemoryIndex.of(500, 37, merge, i -> {
                    // Ids out of index order (i * 7919 mod 500 is a permutation), scores tied in groups of five.
                    Document d = InMemoryIndex.withId(String.format("p%03d:%d", (i * 7919) % 500, i % 3));
                    d.add(new TextField(Fields.TEXT, "word ".repeat(1 + i % 5), Field.Store.NO));
                    d.add(new NumericDocValuesField(Fields.AUTHORITY, Fields.OFFICIAL));
                    return d;
                });
                 DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Query q = new TermQuery(new Term(Fields.TEXT, "word"));
                Sort byString = new Sort(SortField.FIELD_SCORE, new SortField(Fields.ID, SortField.Type.STRING));
                Sort byRank = new Sort(SortField.FIELD_SCORE, IdOrder.of(reader).sortField());
                for (int n : new int[] {10, 50, 500}) {
                    assertEquals(docs(searcher, q, byString, n), docs(searcher, q, byRank, n), "top " + n);
                }
            }
        }
    }

    private static List<String> docs(IndexSearcher searcher, Query q, Sort sort, int n) throws IOException {
        TopFieldDocs top = searcher.search(q, new TopFieldCollectorManager(sort, n, null, Integer.MAX_VALUE));
        List<String> out = new ArrayList<>();
        for (ScoreDoc d : top.scoreDocs) out.add(d.doc + "@" + ((FieldDoc) d).fields[0]);
        return out;
    }
}
