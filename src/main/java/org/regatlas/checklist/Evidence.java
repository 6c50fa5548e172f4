package org.regatlas.checklist;

import org.regatlas.model.Checks;

/**
 * One passage of the protocol that supports an item.
 *
 * @param section the protocol's section number as printed ({@code 5.3}), or the heading of an unnumbered section
 * @param quote   an exact sentence or clause of the protocol's visible text, inside that section
 */
public record Evidence(String section, String quote) {
    public Evidence {
        Checks.notNull(section, "section");
        Checks.notBlank(quote, "quote");
    }
}
