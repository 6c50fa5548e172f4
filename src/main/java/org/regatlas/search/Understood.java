package org.regatlas.search;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a search understood its query to ask beyond its words, shown with the results so the user can remove it.
 *
 * @param sources     the agencies, jurisdictions and documents the query names, whose provisions rank first (the
 *                    others stay in the results, lower)
 * @param requirement whether the query asks for a requirement ("when are ... required", "是否需要"), which ranks
 *                    obligations and recommendations above background
 * @param leftOut     words of a query too long to search whole, left out as the least informative (those most
 *                    provisions contain), in the order typed; empty for any query of ordinary length
 * @param products    the product classes the query asks about (cell-therapy, gene-therapy, atmp) when it names no
 *                    source: the guidelines whose scope leaves them out rank after those written for them
 * @param answer      the kind of answer the query asks for, whose provisions rank first: {@code definition} ("什么是",
 *                    "definition of") or {@code quantity} ("how long", "多少年"); null when it asks for none in
 *                    particular
 */
public record Understood(List<Source> sources, boolean requirement, List<String> leftOut, List<String> products,
                         @Nullable String answer) {
    public static final Understood NOTHING = new Understood(List.of(), false);

    public Understood {
        sources = List.copyOf(sources);
        leftOut = List.copyOf(leftOut);
        products = List.copyOf(products);
    }

    public Understood(List<Source> sources, boolean requirement) {
        this(sources, requirement, List.of(), List.of(), null);
    }

    /** This, with {@code words} left out of the search. */
    public Understood leaving(List<String> words) {
        return new Understood(sources, requirement, words, products, answer);
    }

    /** This, read as asking about the product classes {@code classes}. */
    Understood about(java.util.Collection<String> classes) {
        return new Understood(sources, requirement, leftOut, List.copyOf(classes), answer);
    }

    /** This, read as asking for an answer of the kind {@code kind} ({@code definition}, {@code quantity}). */
    Understood asking(String kind) {
        return new Understood(sources, requirement, leftOut, products, kind);
    }

    /**
     * One named source.
     *
     * @param dimension {@code agency}, {@code jurisdiction} or {@code doc}, as the filter names
     * @param value     the filter value ({@code FDA}, {@code EU}, {@code ich-s8})
     * @param text      the words of the query that name it
     */
    public record Source(String dimension, String value, String text) {}

    public boolean isEmpty() {
        return sources.isEmpty() && !requirement && leftOut.isEmpty() && products.isEmpty() && answer == null;
    }
}
