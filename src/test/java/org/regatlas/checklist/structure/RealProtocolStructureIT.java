package org.regatlas.checklist.structure;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.regatlas.checklist.Samples;
import org.regatlas.checklist.read.Protocol;
import org.regatlas.checklist.read.ProtocolSection;

/**
 * The section trees of the real sponsor protocols in {@code ../shared/real-docs/protocols}, checked against each
 * protocol's own table of contents: the chapters it lists, and a few subsections with the page the table gives
 * (physical PDF pages; where the printed numbering is offset from the PDF's, the offset is noted). Skips without
 * {@code ../shared}.
 */
class RealProtocolStructureIT {
    private static final String DIR = "real-docs/protocols/";

    /** A subsection the table of contents lists: number, first title word, physical page. */
    private record Sub(String number, String word, int page) {}

    static Stream<Arguments> protocols() {
        return Stream.of(
                Arguments.of("NCT04649359_MagnetisMM-3_elranatamab_protocol_amendment10.pdf", 11,
                        List.of(new Sub("5.1", "Inclusion", 42), new Sub("5.2", "Exclusion", 44),
                                new Sub("6.5.1", "Premedication", 49), new Sub("8.3.8", "Adverse", 72),
                                new Sub("9.2", "Sample", 81), new Sub("10.11.1", "Cytokine", 122))),
                Arguments.of("NCT03391466_ZUMA-7_axicabtagene-ciloleucel_protocol_amendment6.pdf", 18,
                        List.of(new Sub("5.2", "Exclusion", 28), new Sub("6.1", "Treatment", 31),
                                new Sub("9.2", "Reporting", 67), new Sub("10.1", "Hypothesis", 74))),
                Arguments.of("NCT02264990_PALOMA-3_palbociclib_protocol_amendment3.pdf", 16,
                        List.of(new Sub("5.2", "Breaking", 54), new Sub("6.1", "Screening", 68),
                                new Sub("9.2", "Analysis", 92))),
                Arguments.of("NCT02864992_VISION_tepotinib_protocol_v8.0.pdf", 12,
                        List.of(new Sub("5.2", "Discussion", 38), new Sub("6.1", "Description", 46),
                                new Sub("9.2", "Subject", 90), new Sub("10.1", "Case", 93))),
                Arguments.of("NCT02967692_COMBI-i_spartalizumab-dabrafenib-trametinib_protocol_v07.pdf", 14,
                        List.of(new Sub("5.2", "Inclusion", 77), new Sub("6.1", "Study", 81),
                                new Sub("9.2", "Site", 207), new Sub("10.1", "Analysis", 210))),
                // printed page numbers are one less than the PDF's (the title page is unnumbered)
                Arguments.of("NCT04205812_POD1UM-304_retifanlimab_protocol_amendment3.pdf", 12,
                        List.of(new Sub("5.2", "Exclusion", 48), new Sub("6.1", "Study", 52),
                                new Sub("9.2", "Definition", 95), new Sub("10.1", "Sample", 102))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("protocols")
    void chaptersAndSubsectionsFollowTheTableOfContents(String file, int chapters, List<Sub> subs) throws Exception {
        Protocol p = Samples.read(Samples.shared(DIR + file));
        // a chapter whose own heading the body does not print (COMBI-i's "14 Appendices") counts by its subsections
        List<String> tops = p.listedSections().stream().filter(s -> s.numbered() && s.level() == 1)
                .map(s -> s.number().split("\\.")[0]).distinct().toList();
        List<String> expected = IntStream.rangeClosed(1, chapters).mapToObj(String::valueOf).toList();
        List<Runnable> checks = new ArrayList<>();
        for (Sub sub : subs) {
            checks.add(() -> {
                Optional<ProtocolSection> s = p.sectionNumbered(sub.number());
                assertTrue(s.isPresent(), "no section " + sub.number());
                assertTrue(s.get().title().startsWith(sub.word()), sub.number() + ": " + s.get().title());
                assertEquals(sub.page(), s.get().page(), sub.number() + " page");
            });
        }
        assertAll(() -> assertTrue(tops.containsAll(expected), "chapters " + tops),
                () -> assertTrue(expected.containsAll(tops), "chapters beyond the table: " + tops),
                () -> assertTrue(StructureCheck.warning(p).isEmpty(), () -> StructureCheck.warning(p).get().message()),
                () -> assertFalse(p.title().toLowerCase(Locale.ROOT).contains("confidential"), p.title()),
                () -> assertTrue(p.paragraphs().stream().allMatch(x -> x.page() != null && x.page() >= 1
                        && x.page() <= p.pages()), "every paragraph has a page"),
                () -> checks.forEach(Runnable::run));
    }

    @Test
    void summaryOfChangesItemsAreNotSections() throws Exception {
        Protocol p = Samples.read(Samples.shared(DIR
                + "NCT04649359_MagnetisMM-3_elranatamab_protocol_amendment10.pdf"));
        assertAll(() -> assertTrue(p.listedSections().size() > 150, "sections: " + p.listedSections().size()),
                () -> assertFalse(p.listedSections().stream().anyMatch(s -> s.title().startsWith("SoA, Section")),
                        "a summary-of-changes item taken for a section"),
                () -> assertEquals("population", p.sectionNumbered("5.1").orElseThrow().kind()));
    }

    @Test
    void aTreeThatLostItsHeadingsIsFlaggedWeak() throws Exception {
        // numbers its chapters "1.0" and its subsections in a separate text layer the extraction does not keep
        Protocol p = Samples.read(Samples.shared(DIR
                + "NCT02564263_KEYNOTE-181_pembrolizumab_protocol_amendment06.pdf"));
        Optional<ChecklistWarning> w = StructureCheck.warning(p);
        assertTrue(w.isPresent());
        assertEquals(ChecklistWarning.WEAK_STRUCTURE, w.get().code());
        assertTrue(w.get().message().contains("numbered sections in 153 pages"), w.get().message());
    }
}
