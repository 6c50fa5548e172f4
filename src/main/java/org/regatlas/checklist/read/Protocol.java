package org.regatlas.checklist.read;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.regatlas.model.Checks;

/**
 * A protocol read for checking: its title, its sections in reading order (the front matter, when there is any, first)
 * and its paragraphs, each owned by one section. Immutable; the structure stage's {@code SectionTree} answers tree
 * questions quickly.
 *
 * @param fileName the name the protocol was given as (for messages and exports)
 * @param text     the normalized text the paragraphs were cut from
 * @param pages    the number of PDF pages; null for formats without pages
 */
public record Protocol(String fileName, String title, String text, List<ProtocolSection> sections,
                       List<Paragraph> paragraphs, @Nullable Integer pages) {

    public Protocol {
        Checks.notNull(fileName, "fileName");
        Checks.notNull(title, "title");
        sections = List.copyOf(sections);
        paragraphs = List.copyOf(paragraphs);
    }

    public Optional<ProtocolSection> section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The first section printed with {@code number} ({@code 5.3}), if any. */
    public Optional<ProtocolSection> sectionNumbered(String number) {
        return sections.stream().filter(s -> s.numbered() && s.number().equals(number)).findFirst();
    }

    /** The sections as listed in the checklist JSON: the front matter left out. */
    public List<ProtocolSection> listedSections() {
        return sections.stream().filter(s -> !s.isFrontMatter()).toList();
    }
}
