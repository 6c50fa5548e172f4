package org.regatlas.model;

/**
 * Whether a provision is the official wording or the team's summary. The UI and API always show which.
 */
public enum Provenance {
    /** Exactly a sentence of the official source text (PDF line breaks repaired). */
    VERBATIM,
    /** Written in the team's own words from a fact sheet; cites the source URL, never the official wording. */
    DIGEST;

    /** The lower-case name used in corpus files and JSON. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
