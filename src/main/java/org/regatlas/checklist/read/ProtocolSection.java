package org.regatlas.checklist.read;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regatlas.model.Checks;

/**
 * One section of a protocol.
 *
 * @param id       unique within the protocol: the section path of the outline ({@code 5.3}, {@code §1.§2}); empty
 *                 for the front matter before the first heading
 * @param number   the printed number for numbered headings ({@code 5.3}, {@code 9}, {@code 二}); the id otherwise
 * @param heading  the heading line as printed (numbering included)
 * @param title    the heading without its numbering
 * @param level    depth in the section tree, from 1
 * @param parentId the parent section's id, null for top-level sections
 * @param kind     the taxonomy protocol-section kind ({@code bridging}, {@code statistics}...), inherited from the
 *                 parent when the heading names none; null when neither says anything
 * @param kinds    every kind the heading (or its ancestors) points to, primary kind first
 * @param numbered whether the heading carries a printed number
 * @param reference whether the section is apparatus rather than content (abbreviations, references, contents)
 * @param page     the PDF page (from 1) its heading stands on; null for formats without pages and the front matter
 */
public record ProtocolSection(String id, String number, String heading, String title, int level,
                              @Nullable String parentId, @Nullable String kind, List<String> kinds, boolean numbered,
                              boolean reference, @Nullable Integer page) {
    public ProtocolSection {
        Checks.notNull(id, "id");
        Checks.notNull(number, "number");
        Checks.notNull(heading, "heading");
        kinds = List.copyOf(kinds);
    }

    /** True for the pseudo-section holding text before the first heading. */
    public boolean isFrontMatter() {
        return id.isEmpty();
    }

    /** The number as a reader cites it: {@code §5.3 Bridging Therapy}, or the heading for unnumbered sections. */
    public String label() {
        if (isFrontMatter()) return "front matter";
        return numbered ? "§" + number + " " + title : heading;
    }
}
