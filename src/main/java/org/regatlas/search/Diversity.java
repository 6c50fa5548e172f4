package org.regatlas.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.ScoreDoc;
import org.regatlas.index.Fields;

/**
 * Keeps one document from crowding out the others at the top of a ranking: each further hit from a document already
 * shown counts {@link #DECAY} times less (the second 0.85, the third 0.72...), so the one provision of the agency
 * asked about is not pushed below ten sentences of one long guideline. Only the first {@link #POOL} hits are
 * reordered; past them the order is the score's. Thread-safe.
 */
final class Diversity {
    private Diversity() {}

    /** Factor per hit of the same document already ranked higher (1: no diversity). */
    static final float DECAY = tune("DIVERSITY_DECAY", 1.0f);
    /** Hits reordered; the pool is read whatever the page size, so every page of a query agrees. */
    static final int POOL = (int) tune("DIVERSITY_POOL", 30);

    private static float tune(String name, float def) {
        String v = System.getProperty("regatlas.tune." + name);
        return v == null ? def : Float.parseFloat(v);
    }

    /** The hits to collect for a page ending at {@code wanted}. */
    static int window(int wanted) {
        return DECAY >= 1f ? wanted : Math.min(SearchQuery.MAX_WINDOW, Math.max(wanted, POOL));
    }

    /** The source document of each index document, as a small number, read once per reader. */
    record DocOf(int[] ordinals) {
        static DocOf of(IndexReader reader) throws IOException {
            int[] out = new int[reader.maxDoc()];
            Map<String, Integer> numbers = new HashMap<>();
            for (LeafReaderContext leaf : reader.leaves()) {
                SortedDocValues values = DocValues.getSorted(leaf.reader(), Fields.DOC_ID);
                String[] byOrd = new String[values.getValueCount()];
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (!values.advanceExact(doc)) {
                        out[leaf.docBase + doc] = -1;
                        continue;
                    }
                    int ord = values.ordValue();
                    if (byOrd[ord] == null) byOrd[ord] = values.lookupOrd(ord).utf8ToString();
                    out[leaf.docBase + doc] = numbers.computeIfAbsent(byOrd[ord], k -> numbers.size());
                }
            }
            return new DocOf(out);
        }
    }

    /** {@code ranked} (best first) with the first {@link #POOL} reordered by their score discounted per document. */
    static ScoreDoc[] rerank(ScoreDoc[] ranked, DocOf docOf) {
        if (DECAY >= 1f || ranked.length < 2) return ranked;
        int n = Math.min(POOL, ranked.length);
        ScoreDoc[] out = ranked.clone();
        boolean[] taken = new boolean[n];
        Map<Integer, Integer> shown = new HashMap<>();
        for (int slot = 0; slot < n; slot++) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (taken[i]) continue;
                double s = score(ranked[i]) * Math.pow(DECAY, shown.getOrDefault(docOf.ordinals()[ranked[i].doc], 0));
                if (s > bestScore) {   // strictly greater: ties keep the score order (itself broken by id)
                    best = i;
                    bestScore = s;
                }
            }
            taken[best] = true;
            out[slot] = ranked[best];
            shown.merge(docOf.ordinals()[ranked[best].doc], 1, Integer::sum);
        }
        return out;
    }

    /** The relevance score of a hit: the sort value when the search sorted by score then id. */
    private static double score(ScoreDoc d) {
        if (d instanceof org.apache.lucene.search.FieldDoc fd && fd.fields != null) {
            for (Object o : fd.fields) if (o instanceof Float f) return f;
        }
        return d.score;
    }
}
