package org.regatlas.parse;

import java.util.List;
import java.util.Map;
import org.regatlas.model.Section;
import org.regatlas.model.Span;

/**
 * A document's section tree and its body paragraphs in reading order, each with the section that owns it.
 *
 * @param kinds     how a section's lines are read, by section path, when not as running text
 *                  ({@code abbreviations}, {@code references}: one entry per line, never split)
 * @param footnotes footnote texts by marker ({@code "3"}), for the sentences that cite them
 */
public record Outline(Section root, List<Block> blocks, Map<String, String> kinds, Map<String, String> footnotes) {
    /** One body paragraph (a line of the normalized text) and the path of its section. */
    public record Block(Section section, Span span) {}

    public Outline {
        blocks = List.copyOf(blocks);
        kinds = Map.copyOf(kinds);
        footnotes = Map.copyOf(footnotes);
    }

    public Outline(Section root, List<Block> blocks) {
        this(root, blocks, Map.of(), Map.of());
    }
}
