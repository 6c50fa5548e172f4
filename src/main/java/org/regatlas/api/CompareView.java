package org.regatlas.api;

import org.regatlas.search.Comparison;

/** The compare JSON for callers outside the API package (the CLI's {@code --json}). */
public final class CompareView {
    private CompareView() {}

    public static Object of(Comparison c) {
        return CompareRoutes.wire(c);
    }
}
