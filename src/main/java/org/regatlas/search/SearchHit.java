package org.regatlas.search;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One ranked provision. {@code highlight} is the HTML-escaped text with {@code <mark>} around matches. A Chinese
 * official sentence also carries the team's unofficial English translation: {@code textEn}, marked the same way in
 * {@code highlightEn}, with {@code translated} naming its language ({@code ["en"]}); an English official sentence the
 * team's Chinese one, {@code textZh} and {@code highlightZh} ({@code ["zh"]}); otherwise those are null and empty.
 * {@code factId} is the fact-sheet record behind a digest provision (null for verbatim text).
 */
public record SearchHit(String id, String docId, String docTitle, String jurisdiction, String agency,
                        @Nullable String sectionPath, List<String> headings, String text, String highlight,
                        String strength, List<String> topics, String provenance, @Nullable String issued,
                        String status, float score, List<String> translated, @Nullable String textEn,
                        @Nullable String highlightEn, @Nullable String factId, @Nullable String textZh,
                        @Nullable String highlightZh) {
    public SearchHit {
        headings = List.copyOf(headings);
        topics = List.copyOf(topics);
        translated = List.copyOf(translated);
    }

    /** A hit without a translation. */
    public SearchHit(String id, String docId, String docTitle, String jurisdiction, String agency,
                     @Nullable String sectionPath, List<String> headings, String text, String highlight,
                     String strength, List<String> topics, String provenance, @Nullable String issued,
                     String status, float score) {
        this(id, docId, docTitle, jurisdiction, agency, sectionPath, headings, text, highlight, strength, topics,
                provenance, issued, status, score, List.of(), null, null, null, null, null);
    }

    /** A hit with no fact-sheet record behind it. */
    public SearchHit(String id, String docId, String docTitle, String jurisdiction, String agency,
                     @Nullable String sectionPath, List<String> headings, String text, String highlight,
                     String strength, List<String> topics, String provenance, @Nullable String issued,
                     String status, float score, List<String> translated, @Nullable String textEn,
                     @Nullable String highlightEn) {
        this(id, docId, docTitle, jurisdiction, agency, sectionPath, headings, text, highlight, strength, topics,
                provenance, issued, status, score, translated, textEn, highlightEn, null, null, null);
    }

    /** This hit with {@code highlight} and {@code score}. */
    public SearchHit with(String highlight, float score) {
        return with(highlight, highlightEn, highlightZh, score);
    }

    /** This hit with {@code highlight}, the translations' {@code highlightEn} and {@code highlightZh}, and {@code score}. */
    public SearchHit with(String highlight, @Nullable String highlightEn, @Nullable String highlightZh, float score) {
        return new SearchHit(id, docId, docTitle, jurisdiction, agency, sectionPath, headings, text, highlight, strength,
                topics, provenance, issued, status, score, translated, textEn, highlightEn, factId, textZh, highlightZh);
    }

    /** The team's translation of the official text shown with it (English or Chinese), or null. */
    public @Nullable String translation() {
        return textEn != null ? textEn : textZh;
    }
}
