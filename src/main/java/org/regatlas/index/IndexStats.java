package org.regatlas.index;

/** What one rebuild did: documents and provisions indexed, empty and skipped documents, errors, time. */
public record IndexStats(int documents, int provisions, int empty, int skipped, int errors, double seconds,
                         String generation) {
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "documents=%d provisions=%d empty=%d skipped=%d errors=%d seconds=%.2f", documents, provisions, empty,
                skipped, errors, seconds);
    }
}
