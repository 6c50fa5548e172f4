package org.regatlas.parse;

import java.util.List;
import org.regatlas.model.Section;
import org.regatlas.model.Span;

/**
 * A document's section tree and its body paragraphs in reading order, each with the section that owns it.
 */
public record Outline(Section root, List<Block> blocks) {
    /** One body paragraph (a line of the normalized text) and the path of its section. */
    public record Block(Section section, Span span) {}

    public Outline {
        blocks = List.copyOf(blocks);
    }
}
