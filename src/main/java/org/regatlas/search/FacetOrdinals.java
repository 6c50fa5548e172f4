package org.regatlas.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;
import org.jspecify.annotations.Nullable;

/**
 * The facet values of one index reader, decoded once: every value's dimension and label by global ordinal. A search
 * then counts ordinals while it collects ({@link HitsAndFacets}) and turns the counts into labelled facets without
 * reading the terms again. Lucene's {@code SortedSetDocValuesFacetCounts} looked up and decoded every label on every
 * search, and recorded the matches in a bit set to count them in a second pass: that was a sixth of a search.
 * Counts come out as {@code getTopChildren} gives them: largest first, equal counts in label order. Immutable.
 */
final class FacetOrdinals {
    private final List<String> dims;
    private final @Nullable OrdinalMap ordinals;
    /** Per global ordinal: the index of its dimension in {@link #dims}, or -1 for a value of no dimension asked for. */
    private final int[] dimOf;
    private final String[] labels;

    private FacetOrdinals(List<String> dims, @Nullable OrdinalMap ordinals, int[] dimOf, String[] labels) {
        this.dims = dims;
        this.ordinals = ordinals;
        this.dimOf = dimOf;
        this.labels = labels;
    }

    /** The facet values of {@code reader} in the flat dimensions {@code dims}; null when it has no facet field. */
    static @Nullable FacetOrdinals of(IndexReader reader, List<String> dims) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        SortedSetDocValues[] perLeaf = new SortedSetDocValues[leaves.size()];
        boolean any = false;
        for (int i = 0; i < perLeaf.length; i++) {
            perLeaf[i] = leafValues(leaves.get(i));
            any |= perLeaf[i].getValueCount() > 0;
        }
        if (!any) return null;
        // One segment (the built index is merged to one) needs no map: its ordinals are the global ones.
        OrdinalMap map = perLeaf.length == 1 ? null
                : OrdinalMap.build(reader.getReaderCacheHelper() == null ? null : reader.getReaderCacheHelper().getKey(),
                        perLeaf, PackedInts.DEFAULT);
        int count = Math.toIntExact(map == null ? perLeaf[0].getValueCount() : map.getValueCount());
        int[] dimOf = new int[count];
        String[] labels = new String[count];
        for (int g = 0; g < count; g++) {
            int leaf = map == null ? 0 : map.getFirstSegmentNumber(g);
            long ord = map == null ? g : map.getFirstSegmentOrd(g);
            String[] path = FacetsConfig.stringToPath(perLeaf[leaf].lookupOrd(ord).utf8ToString());
            dimOf[g] = path.length == 2 ? dims.indexOf(path[0]) : -1;
            labels[g] = path.length == 2 ? path[1] : "";
        }
        return new FacetOrdinals(List.copyOf(dims), map, dimOf, labels);
    }

    private static SortedSetDocValues leafValues(LeafReaderContext leaf) throws IOException {
        return DocValues.getSortedSet(leaf.reader(), FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
    }

    /** A fresh array for one collector's counts, indexed by global ordinal. */
    int[] newCounts() {
        return new int[labels.length];
    }

    /** Counts the facet values of the documents of one leaf into a count array. Not thread-safe: one per collector. */
    final class LeafCounter {
        private final SortedSetDocValues values;
        private final @Nullable LongValues toGlobal;
        private final int[] counts;

        LeafCounter(LeafReaderContext leaf, int[] counts) throws IOException {
            this.values = leafValues(leaf);
            this.toGlobal = ordinals == null ? null : ordinals.getGlobalOrds(leaf.ord);
            this.counts = counts;
        }

        void count(int doc) throws IOException {
            if (!values.advanceExact(doc)) return;
            for (int i = values.docValueCount(); i > 0; i--) {
                long ord = values.nextOrd();
                counts[(int) (toGlobal == null ? ord : toGlobal.get(ord))]++;
            }
        }
    }

    /**
     * Each dimension's values with a count above zero, largest first and equal counts in label order, at most
     * {@code limit} per dimension; every dimension asked for has an entry, empty when nothing was counted in it.
     */
    Map<String, Map<String, Integer>> top(int[] counts, int limit) {
        // Per dimension, (largest count, then smallest ordinal) first: the count inverted in the high bits of a long.
        long[][] byDim = new long[dims.size()][];
        int[] sizes = new int[dims.size()];
        for (int g = 0; g < counts.length; g++) {
            int d = dimOf[g];
            if (counts[g] <= 0 || d < 0) continue;
            if (byDim[d] == null) byDim[d] = new long[8];
            if (sizes[d] == byDim[d].length) byDim[d] = java.util.Arrays.copyOf(byDim[d], sizes[d] * 2);
            byDim[d][sizes[d]++] = ((long) (Integer.MAX_VALUE - counts[g]) << 32) | g;
        }
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        for (int d = 0; d < dims.size(); d++) {
            Map<String, Integer> values = new LinkedHashMap<>();
            if (byDim[d] != null) {
                java.util.Arrays.sort(byDim[d], 0, sizes[d]);
                for (int i = 0; i < Math.min(limit, sizes[d]); i++) {
                    int g = (int) byDim[d][i];
                    values.put(labels[g], counts[g]);
                }
            }
            out.put(dims.get(d), values);
        }
        return out;
    }
}
