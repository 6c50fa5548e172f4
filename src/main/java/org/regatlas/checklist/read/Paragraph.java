package org.regatlas.checklist.read;

import org.jspecify.annotations.Nullable;
import org.regatlas.model.Checks;

/**
 * One paragraph (a line of the normalized text: a paragraph, list item or table row) of a protocol.
 *
 * @param index     position in reading order, from 0
 * @param sectionId the owning section's {@link ProtocolSection#id()} (its own body, subsections excluded)
 * @param text      the paragraph's visible text
 * @param tableRow  whether the paragraph is a table row whose cells are joined by {@code " | "}
 * @param page      the PDF page (from 1) the paragraph starts on; null for formats without pages
 */
public record Paragraph(int index, String sectionId, String text, boolean tableRow, @Nullable Integer page) {
    public Paragraph {
        Checks.notNull(sectionId, "sectionId");
        Checks.notNull(text, "text");
    }
}
