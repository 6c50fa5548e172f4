package org.regatlas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.junit.jupiter.api.Test;
import org.regatlas.index.Fields;

/** The packed codes say what the doc values say, a missing value as the priors read it; an odd value is flagged. */
class PriorCodesTest {
    @Test
    void codesDecodeToTheDocValues() throws IOException {
        try (var dir = InMemoryIndex.of(40, 0, true, i -> {
                Document d = InMemoryIndex.withId("p" + i);
                if (i % 5 != 0) d.add(new NumericDocValuesField(Fields.AUTHORITY, i % 3));
                if (i % 7 != 0) d.add(new NumericDocValuesField(Fields.STRENGTH_RANK, i % 4));
                if (i % 6 != 0) d.add(new NumericDocValuesField(Fields.READABLE, i % 4));
                return d;
            });
             DirectoryReader reader = DirectoryReader.open(dir)) {
            LeafReader leaf = reader.leaves().get(0).reader();
            PriorCodes codes = PriorCodes.of(leaf);
            assertTrue(codes.regular());
            assertEquals(codes, PriorCodes.of(leaf), "read once per segment");
            for (int i = 0; i < 40; i++) {
                int doc = docOf(leaf, "p" + i);
                int code = codes.codes()[doc];
                assertEquals(i % 5 != 0 ? i % 3 : Fields.OFFICIAL, PriorCodes.kind(code), "kind of p" + i);
                assertEquals(i % 7 != 0 ? i % 4 : 0, PriorCodes.rank(code), "rank of p" + i);
                assertEquals(i % 6 != 0 ? i % 4 : Fields.READ_ZH | Fields.READ_EN, PriorCodes.readable(code), "p" + i);
            }
        }
    }

    @Test
    void aValueBeyondTwoBitsIsNotPacked() throws IOException {
        try (var dir = InMemoryIndex.of(3, 0, true, i -> {
                Document d = InMemoryIndex.withId("p" + i);
                d.add(new NumericDocValuesField(Fields.AUTHORITY, i == 1 ? 9 : 0));
                return d;
            });
             DirectoryReader reader = DirectoryReader.open(dir)) {
            assertFalse(PriorCodes.of(reader.leaves().get(0).reader()).regular());
        }
    }

    private static int docOf(LeafReader leaf, String id) throws IOException {
        var ids = org.apache.lucene.index.DocValues.getSorted(leaf, Fields.ID);
        for (int doc = ids.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
            if (ids.lookupOrd(ids.ordValue()).utf8ToString().equals(id)) return doc;
        }
        throw new AssertionError("no " + id);
    }
}
