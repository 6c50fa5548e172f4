package org.regatlas.search;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One ranked provision. {@code highlight} is the HTML-escaped text with {@code <mark>} around matches. */
public record SearchHit(String id, String docId, String docTitle, String jurisdiction, String agency,
                        @Nullable String sectionPath, List<String> headings, String text, String highlight,
                        String strength, List<String> topics, String provenance, @Nullable String issued,
                        String status, float score) {
    public SearchHit {
        headings = List.copyOf(headings);
        topics = List.copyOf(topics);
    }

    /** This hit with {@code highlight} and {@code score}. */
    public SearchHit with(String highlight, float score) {
        return new SearchHit(id, docId, docTitle, jurisdiction, agency, sectionPath, headings, text, highlight, strength,
                topics, provenance, issued, status, score);
    }
}
