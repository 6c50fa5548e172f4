package org.regatlas.checklist.layout;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How much a requirement's gap matters to a submission (README "Checklist": how it is derived, in
 * {@link SeverityRule}). JSON form: lower case.
 */
public enum Severity {
    /** Likely to draw a clinical hold or a request for information. */
    CRITICAL,
    /** Should be fixed before submission. */
    MAJOR,
    /** Worth a look; nothing to fix, or a recommendation of low weight. */
    MINOR;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
