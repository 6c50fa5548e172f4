package org.regatlas.search;

import java.io.IOException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.FieldComparator;
import org.apache.lucene.search.FieldComparatorSource;
import org.apache.lucene.search.Pruning;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.SimpleFieldComparator;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.packed.PackedInts;
import org.regatlas.index.Fields;

/**
 * The provisions of one reader in the order of their ids, as a sort field: equal scores rank by id. Sorting on the id
 * string itself copied the id's bytes out of the doc values each time a hit entered the top hits, which with the 50
 * hits coverage reads was a tenth of a search; here a hit's place is its id's rank among the reader's ids (the global
 * ordinal, which follows the ids' byte order), read from an array. Missing ids rank first, as a string sort puts them.
 * Thread-safe; one per reader.
 */
final class IdOrder extends FieldComparatorSource {
    /** Per segment, per document: its id's rank, -1 without an id. */
    private final int[][] ranks;

    private IdOrder(int[][] ranks) {
        this.ranks = ranks;
    }

    static IdOrder of(IndexReader reader) throws IOException {
        var leaves = reader.leaves();
        SortedDocValues[] values = new SortedDocValues[leaves.size()];
        for (int i = 0; i < values.length; i++) values[i] = DocValues.getSorted(leaves.get(i).reader(), Fields.ID);
        OrdinalMap map = OrdinalMap.build(null, values, PackedInts.DEFAULT);
        int[][] ranks = new int[leaves.size()][];
        for (int i = 0; i < values.length; i++) {
            SortedDocValues ids = DocValues.getSorted(leaves.get(i).reader(), Fields.ID);
            int[] leaf = new int[leaves.get(i).reader().maxDoc()];
            java.util.Arrays.fill(leaf, -1);
            var global = map.getGlobalOrds(i);
            for (int doc = ids.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = ids.nextDoc()) {
                leaf[doc] = (int) global.get(ids.ordValue());
            }
            ranks[leaves.get(i).ord] = leaf;
        }
        return new IdOrder(ranks);
    }

    /** Ascending by id. */
    SortField sortField() {
        return new SortField(Fields.ID, this);
    }

    @Override
    public FieldComparator<Integer> newComparator(String field, int numHits, Pruning pruning, boolean reversed) {
        return new SimpleFieldComparator<>() {
            private final int[] slots = new int[numHits];
            private int[] leaf;
            private int bottom;
            private int top;

            @Override
            protected void doSetNextReader(LeafReaderContext context) {
                leaf = ranks[context.ord];
            }

            @Override
            public int compare(int slot1, int slot2) {
                return Integer.compare(slots[slot1], slots[slot2]);
            }

            @Override
            public void setBottom(int slot) {
                bottom = slots[slot];
            }

            @Override
            public void setTopValue(Integer value) {
                top = value;
            }

            @Override
            public int compareBottom(int doc) {
                return Integer.compare(bottom, leaf[doc]);
            }

            @Override
            public int compareTop(int doc) {
                return Integer.compare(top, leaf[doc]);
            }

            @Override
            public void copy(int slot, int doc) {
                slots[slot] = leaf[doc];
            }

            @Override
            public Integer value(int slot) {
                return slots[slot];
            }

            @Override
            public void setScorer(Scorable scorer) {
                // ranks by id alone
            }
        };
    }
}
