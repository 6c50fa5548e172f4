package org.regatlas.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.junit.jupiter.api.Test;

class QueryDslTest {
    private static String dsl(org.apache.lucene.search.Query q) {
        return OpenSearchClient.write(QueryDsl.of(q));
    }

    @Test
    void aWeightedTermKeepsItsWeightInsideTheField() {
        assertThat(dsl(new BoostQuery(new TermQuery(new Term("text", "细胞")), 2f)))
                .isEqualTo("{\"term\":{\"text\":{\"value\":\"细胞\",\"boost\":2.0}}}");
    }

    @Test
    void aKeywordTermIsScoredOnItsBm25SubField() {
        assertThat(dsl(new TermQuery(new Term("topic", "ltfu")))).isEqualTo("{\"term\":{\"topic.bm25\":{\"value\":\"ltfu\"}}}");
    }

    @Test
    void booleanOccursMinimumAndDisMaxCarryOver() {
        BooleanQuery q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term("text", "a")), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term("text", "b")), BooleanClause.Occur.SHOULD)
                .add(new DisjunctionMaxQuery(List.of(new TermQuery(new Term("concept", "g:1"))), 0.1f), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term("text", "c")), BooleanClause.Occur.MUST_NOT)
                .setMinimumNumberShouldMatch(1).build();
        assertThat(dsl(q)).isEqualTo("{\"bool\":{\"should\":[{\"term\":{\"text\":{\"value\":\"a\"}}},"
                + "{\"term\":{\"text\":{\"value\":\"b\"}}}],\"must\":[{\"dis_max\":{\"queries\":[{\"term\":{\"concept\":"
                + "{\"value\":\"g:1\"}}}],\"tie_breaker\":0.1}}],\"must_not\":[{\"term\":{\"text\":{\"value\":\"c\"}}}],"
                + "\"minimum_should_match\":1}}");
    }

    @Test
    void aPhraseWithAStopWordGapAllowsThatGap() {
        PhraseQuery p = new PhraseQuery.Builder().add(new Term("textEn", "releas"), 0).add(new Term("textEn", "syndrom"), 2)
                .build();
        assertThat(dsl(p)).isEqualTo("{\"span_near\":{\"clauses\":[{\"span_term\":{\"textEn\":{\"value\":\"releas\"}}},"
                + "{\"span_term\":{\"textEn\":{\"value\":\"syndrom\"}}}],\"slop\":1,\"in_order\":true}}");
    }

    @Test
    void aQueryWithNoOpenSearchFormIsRefusedByName() {
        assertThatThrownBy(() -> dsl(new WildcardQuery(new Term("text", "a*")))).hasMessageContaining("WildcardQuery");
    }
}
