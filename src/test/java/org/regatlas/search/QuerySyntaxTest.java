package org.regatlas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regatlas.search.QuerySyntax.Clause;
import org.regatlas.search.QuerySyntax.Occur;

class QuerySyntaxTest {
    @Test
    void wordsAreOptionalAndOperatorsRequireOrExclude() {
        List<Clause> c = QuerySyntax.parse("washout AND bridging -pediatric NOT 儿童 \"target value\" jurisdiction:CN");
        assertEquals(List.of(
                new Clause(Occur.MUST, new QuerySyntax.Text("washout")),
                new Clause(Occur.MUST, new QuerySyntax.Text("bridging")),
                new Clause(Occur.MUST_NOT, new QuerySyntax.Text("pediatric")),
                new Clause(Occur.MUST_NOT, new QuerySyntax.Text("儿童")),
                new Clause(Occur.SHOULD, new QuerySyntax.Phrase("target value")),
                new Clause(Occur.SHOULD, new QuerySyntax.Filter("jurisdiction", "CN"))), c);
    }

    @Test
    void colonsInOrdinaryWordsAreText() {
        assertEquals(List.of(new Clause(Occur.SHOULD, new QuerySyntax.Text("IL-6:")),
                new Clause(Occur.SHOULD, new QuerySyntax.Text("note:x"))), QuerySyntax.parse("IL-6: note:x"));
    }

    @Test
    void groupsNest() {
        List<Clause> c = QuerySyntax.parse("(CRS OR ICANS) AND grading");
        assertTrue(c.get(0).node() instanceof QuerySyntax.Group);
        assertEquals(Occur.MUST, c.get(0).occur());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        `"unclosed phrase`   | Unclosed quote
        `(CRS OR ICANS`      | Unclosed '('
        `CRS)`               | Unbalanced ')'
        `AND washout`        | 'AND' needs a search term on both sides
        `washout OR`         | 'OR' needs a search term on both sides
        `washout NOT`        | 'NOT' needs a search term after it
        `jurisdiction:`      | Filter 'jurisdiction:' needs a value
        """)
    void malformedQueriesAreRejectedWithTheProblemNamed(String query, String message) {
        var e = assertThrows(InvalidQueryException.class, () -> QuerySyntax.parse(query));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
