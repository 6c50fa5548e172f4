package org.regatlas.model;

/** Character offsets [start, end) in a document's normalized text. */
public record Span(int start, int end) {
    public Span {
        Checks.argument(start >= 0 && end >= start, "span", "must satisfy 0 <= start <= end");
    }
}
