package org.regatlas.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a provision sits: the numbering path ({@code 二.（四）.2}, {@code IV.C.2}) and the headings from the
 * root. A null path means the section is unknown (digests) or the text precedes the first heading.
 */
public record SectionRef(@Nullable String path, List<String> headings) {
    /** The path used in provision ids when a provision has no section. */
    public static final String NO_SECTION = "-";

    public SectionRef {
        headings = List.copyOf(headings);
    }

    /** The path, or {@link #NO_SECTION}. */
    public String idPart() {
        return path == null ? NO_SECTION : path;
    }
}
