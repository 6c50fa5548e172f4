package org.regatlas.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A node of a document's section tree.
 *
 * @param label    the numbering as printed, normalised for paths: {@code 二}, {@code （四）}, {@code 2}, {@code IV}
 * @param path     labels from the root joined by {@code .}; null for the root
 * @param heading  the heading line as printed (numbering included); empty for the root
 * @param title    the heading without its numbering
 * @param span     offsets of the section's own body (heading excluded, children excluded) in the normalized text
 */
public record Section(
        String label,
        @Nullable String path,
        String heading,
        String title,
        int level,
        Span headingSpan,
        Span bodySpan,
        List<Section> children) {

    public Section {
        children = List.copyOf(children);
    }

    /** Every section of this subtree, depth first, this one included. */
    public List<Section> flatten() {
        var out = new java.util.ArrayList<Section>();
        collect(this, out);
        return List.copyOf(out);
    }

    private static void collect(Section s, List<Section> out) {
        out.add(s);
        s.children().forEach(c -> collect(c, out));
    }
}
