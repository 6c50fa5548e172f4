package org.regatlas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

/** The clause budget of long queries: what is kept, what is left out, and that ordinary queries are untouched. */
class QueryBudgetTest {
    private static final int DOCS = 1000;

    /** A word making {@code clauses} term clauses, each term named after the word. */
    private static QueryBudget.Part word(String surface, int clauses) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (int i = 0; i < clauses; i++) b.add(new TermQuery(new Term("f" + i, surface)), BooleanClause.Occur.SHOULD);
        return new QueryBudget.Part(surface, List.<Query>of(b.build()), List.of());
    }

    /** How many of the {@value #DOCS} provisions hold each word: "rare" few, "common" most, "absent" none. */
    private static int docFreq(Term t) {
        String w = t.text();
        return Map.of("absent", 0).getOrDefault(w, w.startsWith("rare") ? 2 : w.startsWith("common") ? 900 : 100);
    }

    @Test
    void underTheBudgetEveryPartIsKeptAsTypedRepeatsIncluded() {
        List<QueryBudget.Part> parts = List.of(word("car", 5), word("car", 5), word("common", 5));
        QueryBudget.Kept kept = QueryBudget.fit(parts, QueryBudgetTest::docFreq, DOCS);
        assertEquals(parts, kept.parts());
        assertTrue(kept.left().isEmpty());
    }

    @Test
    void overTheBudgetARepeatedWordCountsOnceBeforeAnythingIsLeftOut() {
        List<QueryBudget.Part> parts = new ArrayList<>();
        for (int i = 0; i < 300; i++) parts.add(word(i % 2 == 0 ? "car" : "CAR", 5));
        QueryBudget.Kept kept = QueryBudget.fit(parts, QueryBudgetTest::docFreq, DOCS);
        assertEquals(List.of("car"), kept.parts().stream().map(QueryBudget.Part::surface).toList());
        assertTrue(kept.left().isEmpty());
    }

    @Test
    void overTheBudgetTheCommonestAndAbsentWordsGoFirstAndTheRestKeepTheirOrder() {
        List<QueryBudget.Part> parts = new ArrayList<>();
        for (int i = 0; i < 60; i++) parts.add(word("common" + i, 10));
        parts.add(word("absent", 10));
        for (int i = 0; i < 30; i++) parts.add(word("rare" + i, 10));
        for (int i = 0; i < 15; i++) parts.add(word("mid" + i, 10));
        QueryBudget.Kept kept = QueryBudget.fit(parts, QueryBudgetTest::docFreq, DOCS);
        List<String> surfaces = kept.parts().stream().map(QueryBudget.Part::surface).toList();
        assertTrue(QueryBudget.clauses(kept.parts()) <= QueryBudget.FREE_WORDS_LIMIT);
        assertTrue(surfaces.containsAll(parts.subList(61, 106).stream().map(QueryBudget.Part::surface).toList()),
                "every rare and mid word kept: " + surfaces);
        assertTrue(kept.left().contains("absent"));
        assertTrue(kept.left().stream().allMatch(w -> w.startsWith("common") || w.equals("absent")), kept.left().toString());
        assertEquals(surfaces.stream().sorted((a, b) -> parts.indexOf(byName(parts, a)) - parts.indexOf(byName(parts, b)))
                .toList(), surfaces, "kept in the order typed");
    }

    private static QueryBudget.Part byName(List<QueryBudget.Part> parts, String surface) {
        return parts.stream().filter(p -> p.surface().equals(surface)).findFirst().orElseThrow();
    }

    @Test
    void longChineseRunsAreCutIntoPiecesWithoutSplittingACharacter() {
        String run = "细胞".repeat(30) + "𠀀".repeat(30);   // 𠀀 lies outside the BMP: two chars, one code point
        List<String> pieces = QueryBudget.pieces(run);
        assertEquals(run, String.join("", pieces));
        assertTrue(pieces.stream().allMatch(p -> p.codePointCount(0, p.length()) <= QueryBudget.LONGEST_RUN));
        assertTrue(pieces.stream().noneMatch(p -> Character.isLowSurrogate(p.charAt(0))));
        assertEquals(List.of("细胞治疗"), QueryBudget.pieces("细胞治疗"));
    }
}
