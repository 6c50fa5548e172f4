package org.regatlas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;
import org.regatlas.index.Analyzers;
import org.regatlas.index.Fields;

/** A word's query is built once and copied to the fields of the same analyzer: the copy must be what building gives. */
class LuceneQueriesTest {
    private static final QueryBuilder BUILDER = new QueryBuilder(Analyzers.perField());
    private static final LuceneQueries QUERIES = new LuceneQueries(
            new org.regatlas.corpus.ConceptMatcher(org.regatlas.corpus.Taxonomy.EMPTY, org.regatlas.corpus.Glossary.EMPTY),
            new TopicNames(org.regatlas.corpus.Taxonomy.EMPTY));
    private static final List<String> WORDS = List.of("洗脱期", "细胞因子释放综合征", "CAR-T细胞", "T315I突变", "washout",
            "long-term", "PK/PD", "95%", "ＣＲＳ", "B细胞淋巴瘤", "relapsed/refractory", "2.3%", "a", "的");

    @Test
    void aQueryCopiedToTheContextAndNeighbourFieldsIsTheOneBuiltThere() {
        for (String w : WORDS) {
            for (BooleanClause.Occur occur : List.of(BooleanClause.Occur.SHOULD, BooleanClause.Occur.MUST)) {
                var text = BUILDER.createBooleanQuery(Fields.TEXT, w, occur);
                assertEquals(BUILDER.createBooleanQuery(Fields.CONTEXT, w, occur), copy(text, Fields.CONTEXT), w);
                assertEquals(BUILDER.createBooleanQuery(Fields.NEIGHBOURS, w, occur), copy(text, Fields.NEIGHBOURS), w);
                var en = BUILDER.createBooleanQuery(Fields.TEXT_EN, w, occur);
                assertEquals(BUILDER.createBooleanQuery(Fields.CONTEXT_EN, w, occur), copy(en, Fields.CONTEXT_EN), w);
                assertEquals(BUILDER.createBooleanQuery(Fields.NEIGHBOURS_EN, w, occur), copy(en, Fields.NEIGHBOURS_EN), w);
            }
        }
    }

    private static org.apache.lucene.search.Query copy(org.apache.lucene.search.Query q, String field) {
        return q == null ? null : QUERIES.copyOnField(q, field);
    }

    @Test
    void aShapeTheCopyDoesNotKnowIsNotCopied() {
        assertNull(QUERIES.copyOnField(new org.apache.lucene.search.PhraseQuery(Fields.TEXT, "ab", "bc"), Fields.CONTEXT));
    }

    @Test
    void rememberedPartsMakeTheQueryAFreshBuilderMakes() {
        var vocabulary = new org.regatlas.corpus.CorpusLoader(java.nio.file.Path.of("corpus")).loadVocabulary();
        var concepts = new org.regatlas.corpus.ConceptMatcher(vocabulary.taxonomy(), vocabulary.glossary());
        var topics = new TopicNames(vocabulary.taxonomy());
        LuceneQueries used = new LuceneQueries(concepts, topics);
        for (String q : List.of("washout period before lymphodepletion", "细胞因子释放综合征 分级", "CRS +ICANS -神经毒性",
                "\"bridging therapy\" jurisdiction:CN", "washout 洗脱期 washout")) {
            var clauses = QuerySyntax.parse(q);
            var first = used.build(clauses, java.util.Map.of());
            var again = used.build(clauses, java.util.Map.of());
            var fresh = new LuceneQueries(concepts, topics).build(clauses, java.util.Map.of());
            assertEquals(fresh.query(), first.query(), q);
            assertEquals(fresh.query(), again.query(), q);
            assertEquals(fresh.concepts(), again.concepts(), q);
        }
    }
}
