package org.regatlas.checklist.obligation;

import java.util.Locale;
import org.regatlas.model.Strength;

/**
 * How a provision enters the checklist. MUST and SHOULD provisions are obligations as worded. A MAY provision that
 * maps to a protocol section is a design choice the protocol should consider and say what it chose ({@code
 * CONSIDER}, checked like SHOULD). A descriptive guideline sentence with an expectation cue — what is usual, how an
 * endpoint is defined, which risks must be expected ({@link ExpectationCues}) — is an {@code EXPECTED} item.
 */
public enum ObligationLevel {
    MUST, SHOULD, CONSIDER, EXPECTED;

    static ObligationLevel of(Strength s) {
        return switch (s) {
            case MUST -> MUST;
            case SHOULD -> SHOULD;
            case MAY -> CONSIDER;
            case INFO -> EXPECTED;
        };
    }

    /** The lower-case name used in JSON and exports. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
