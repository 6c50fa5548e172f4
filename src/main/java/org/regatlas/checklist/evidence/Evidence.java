package org.regatlas.checklist.evidence;

import org.jspecify.annotations.Nullable;
import org.regatlas.model.Checks;

/**
 * One passage of the protocol that supports an item.
 *
 * @param section the protocol's section number as printed ({@code 5.3}), or the heading of an unnumbered section
 * @param page    the page of the protocol the quote is on, from 1; null when the reader does not know pages
 * @param quote   an exact sentence or clause of the protocol's visible text, inside that section
 */
public record Evidence(String section, @Nullable Integer page, String quote) {
    public Evidence {
        Checks.notNull(section, "section");
        Checks.notBlank(quote, "quote");
    }

    /** Evidence whose page is not known. */
    public Evidence(String section, String quote) {
        this(section, null, quote);
    }
}
