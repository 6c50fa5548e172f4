package org.regatlas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.regatlas.TestCorpus;
import org.regatlas.index.Fields;

/** A query word reaches the provisions tagged with the topics whose names it matches, weighted by how well. */
class TopicNamesTest {
    private static final TopicNames NAMES = new TopicNames(TestCorpus.parsed().taxonomy());

    @Test
    void aChineseRunReachesTheTopicItNamesAboveTopicsSharingAFewBigrams() {
        Map<String, Float> topics = topics(NAMES.expand("长期随访", true, 1f));
        assertEquals("ltfu", topics.keySet().iterator().next(), "best match first: " + topics);
        float best = topics.get("ltfu");
        topics.forEach((id, w) -> assertTrue(w <= best, id + " weighs no more than the topic named in full"));
    }

    @Test
    void englishWordsMatchTheNamesByTheirStems() {
        Map<String, Float> topics = topics(NAMES.expand("tumour lysis", false, 1f));
        assertEquals("tls", topics.keySet().iterator().next(), topics.toString());
    }

    @Test
    void theWeightScalesEveryTopicAndAWordNamingNoneAddsNothing() {
        Map<String, Float> one = topics(NAMES.expand("safety monitoring", false, 1f));
        Map<String, Float> half = topics(NAMES.expand("safety monitoring", false, 0.5f));
        assertEquals(one.keySet(), half.keySet());
        one.forEach((id, w) -> assertEquals(w / 2, half.get(id), 1e-6, id));
        assertTrue(one.size() <= TopicNames.MAX_TOPICS);
        assertNull(NAMES.expand("zzzzqqq", false, 1f));
        assertNull(NAMES.expand("的", true, 1f), "a stop word or a character no name has");
    }

    /** Topic id to weight, in the expansion's order; each clause filters on the provision's topic field. */
    private static Map<String, Float> topics(Query q) {
        assertNotNull(q);
        Map<String, Float> out = new LinkedHashMap<>();
        for (BooleanClause c : ((BooleanQuery) q).clauses()) {
            assertEquals(BooleanClause.Occur.SHOULD, c.occur());
            BoostQuery boosted = (BoostQuery) c.query();
            TermQuery term = (TermQuery) ((ConstantScoreQuery) boosted.getQuery()).getQuery();
            assertEquals(Fields.TOPIC, term.getTerm().field());
            out.put(term.getTerm().text(), boosted.getBoost());
        }
        return out;
    }
}
