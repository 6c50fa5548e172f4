package org.regatlas.corpus;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regatlas.model.Checks;

/**
 * The normalized text of a source file: one paragraph or heading per line ({@code \n}), PDF line breaks repaired.
 *
 * @param headings  headings the format marks structurally (HTML {@code h1}-{@code h6}, DOCX heading styles,
 *                  Markdown {@code #}, a PDF's layout), as line numbers with their level; numbered headings in
 *                  plain text are recognised later from their numbering
 * @param footnotes footnotes a PDF's layout set apart from the body, by their marker; the body keeps the marker
 *                  as a superscript digit where the source prints it
 */
public record SourceText(String text, List<HeadingHint> headings, List<Footnote> footnotes) {
    /**
     * A line the source format itself marks as a heading.
     *
     * @param path the section path the layout assigned ({@code I.A.1}, {@code II.3.2}, {@code references}); null
     *             when the path is left to the numbering
     * @param kind {@link #BODY}, {@link #ABBREVIATIONS} or {@link #REFERENCES}: how the section's lines are read
     */
    public record HeadingHint(int line, int level, @Nullable String path, String kind) {
        public HeadingHint(int line, int level) {
            this(line, level, null, BODY);
        }
    }

    /** A footnote: its marker as printed ({@code 3}) and its text. */
    public record Footnote(String marker, String text) {}

    /** Sections of running text, split into sentences. */
    public static final String BODY = "body";
    /** A list of abbreviations: one entry per line, never split. */
    public static final String ABBREVIATIONS = "abbreviations";
    /** A list of references: one entry per line, never split. */
    public static final String REFERENCES = "references";

    public SourceText {
        Checks.notNull(text, "text");
        headings = List.copyOf(headings);
        footnotes = List.copyOf(footnotes);
    }

    public SourceText(String text, List<HeadingHint> headings) {
        this(text, headings, List.of());
    }

    public static SourceText plain(String text) {
        return new SourceText(text, List.of());
    }

    /** Builds a text from lines, marking the given lines as headings. */
    public static SourceText ofLines(List<String> lines, List<HeadingHint> headings) {
        return new SourceText(String.join("\n", lines), headings);
    }
}
