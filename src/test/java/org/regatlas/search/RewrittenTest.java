package org.regatlas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.regatlas.index.Fields;

/** A part kept from rewriting scores, matches and compares as the part Lucene's rewrite would have made. */
class RewrittenTest {
    private static Query term(String field, String text, float boost) {
        return new BoostQuery(new TermQuery(new Term(field, text)), boost);
    }

    /** A concept's shape: the words as typed, or the concept's terms, best one plus a tie-breaker. */
    private static Query concept() {
        Query words = new BooleanQuery.Builder()
                .add(term(Fields.TEXT, "washout", 1f), BooleanClause.Occur.SHOULD)
                .add(new BooleanQuery.Builder().add(term(Fields.TEXT, "period", 1f), BooleanClause.Occur.SHOULD).build(),
                        BooleanClause.Occur.SHOULD)
                .build();
        Query named = new BooleanQuery.Builder()
                .add(new BoostQuery(term(Fields.CONCEPT, "g:1", 2f), 2f), BooleanClause.Occur.SHOULD)
                .add(term(Fields.CONTEXT_CONCEPT, "g:1", 1f), BooleanClause.Occur.SHOULD)
                .build();
        return new DisjunctionMaxQuery(List.of(words, named), 0.1f);
    }

    @Test
    void aKeptDisMaxScoresAsTheOneLuceneRewritesAndIsNotRewrittenAgain() throws IOException {
        try (ByteBuffersDirectory dir = InMemoryIndex.of(40, 0, false, i -> {
            Document d = new Document();
            String text = (i % 2 == 0 ? "washout " : "") + "period ".repeat(i % 3);
            d.add(new TextField(Fields.TEXT, text, Field.Store.NO));
            if (i % 5 == 0) d.add(new TextField(Fields.CONCEPT, "g:1", Field.Store.NO));
            if (i % 7 == 0) d.add(new TextField(Fields.CONTEXT_CONCEPT, "g:1", Field.Store.NO));
            return d;
        })) {
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(LuceneQueries.similarity());
                Query kept = Rewritten.of(concept());
                assertSame(kept, kept.rewrite(searcher));
                assertEquals(kept, Rewritten.of(concept()));
                assertEquals(kept.hashCode(), Rewritten.of(concept()).hashCode());
                // Inside a larger query, twice (the parent's rewrite sums duplicates' weights), beside a plain term.
                Query open = new BooleanQuery.Builder()
                        .add(concept(), BooleanClause.Occur.SHOULD)
                        .add(concept(), BooleanClause.Occur.SHOULD)
                        .add(term(Fields.TEXT, "period", 0.5f), BooleanClause.Occur.SHOULD).build();
                Query closed = new BooleanQuery.Builder()
                        .add(kept, BooleanClause.Occur.SHOULD)
                        .add(Rewritten.of(concept()), BooleanClause.Occur.SHOULD)
                        .add(term(Fields.TEXT, "period", 0.5f), BooleanClause.Occur.SHOULD).build();
                ScoreDoc[] expected = searcher.search(open, 40).scoreDocs;
                ScoreDoc[] actual = searcher.search(closed, 40).scoreDocs;
                assertEquals(expected.length, actual.length);
                for (int i = 0; i < expected.length; i++) {
                    assertEquals(expected[i].doc, actual[i].doc);
                    assertEquals(expected[i].score, actual[i].score);
                }
            }
        }
    }

    @Test
    void aPartThatRewritesToABooleanQueryIsLeftOpenForItsParent() {
        Query single = new DisjunctionMaxQuery(List.of(new BooleanQuery.Builder()
                .add(term(Fields.TEXT, "a", 1f), BooleanClause.Occur.SHOULD)
                .add(term(Fields.TEXT, "b", 1f), BooleanClause.Occur.SHOULD).build()), 0.1f);
        assertInstanceOf(BooleanQuery.class, Rewritten.of(single));
    }
}
