package org.regatlas.model;

/** Publication status of a document; {@code TRIAL} is 试行 (trial implementation). */
public enum DocumentStatus {
    DRAFT, FINAL, TRIAL, SUPERSEDED;

    /** The lower-case name used in corpus files and JSON. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
