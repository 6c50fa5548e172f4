package org.regatlas.corpus;

import java.util.List;
import org.regatlas.model.Checks;

/**
 * The normalized text of a source file: one paragraph or heading per line ({@code \n}), PDF line breaks repaired.
 *
 * @param headings headings the format marks structurally (HTML {@code h1}-{@code h6}, DOCX heading styles,
 *                 Markdown {@code #}), as line numbers with their level; numbered headings in plain text are
 *                 recognised later from their numbering
 */
public record SourceText(String text, List<HeadingHint> headings) {
    /** A line the source format itself marks as a heading. */
    public record HeadingHint(int line, int level) {}

    public SourceText {
        Checks.notNull(text, "text");
        headings = List.copyOf(headings);
    }

    public static SourceText plain(String text) {
        return new SourceText(text, List.of());
    }

    /** Builds a text from lines, marking the given lines as headings. */
    public static SourceText ofLines(List<String> lines, List<HeadingHint> headings) {
        return new SourceText(String.join("\n", lines), headings);
    }
}
