package org.regatlas.search;

import java.util.List;

/**
 * What a search understood its query to ask beyond its words, shown with the results so the user can remove it.
 *
 * @param sources     the agencies, jurisdictions and documents the query names, whose provisions rank first (the
 *                    others stay in the results, lower)
 * @param requirement whether the query asks for a requirement ("when are ... required", "是否需要"), which ranks
 *                    obligations and recommendations above background
 */
public record Understood(List<Source> sources, boolean requirement) {
    public static final Understood NOTHING = new Understood(List.of(), false);

    public Understood {
        sources = List.copyOf(sources);
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
        return sources.isEmpty() && !requirement;
    }
}
