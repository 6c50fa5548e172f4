package org.regatlas.checklist.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.regatlas.checklist.read.Protocol;
import org.regatlas.checklist.read.ProtocolSection;

/**
 * Checks that a protocol's section tree looks like a protocol's before the checklist is trusted: enough sections for
 * its length, and the sections every interventional protocol has (eligibility, treatment, safety). A tree that fails
 * (headings lost in extraction, a summary of changes taken for the outline) gets the {@code weak-structure} warning:
 * evidence is then placed in the wrong sections and section-based decisions are unreliable.
 */
public final class StructureCheck {
    private StructureCheck() {}

    /** Fewer numbered sections per page than this is a tree that lost most headings (sponsor protocols: 0.8-1.6). */
    static final double MIN_SECTIONS_PER_PAGE = 0.3;
    /** Characters of text per page, to judge formats without pages (a dense A4 page of a protocol). */
    private static final int CHARS_PER_PAGE = 3000;
    /** Below this length a document is a synopsis or a test text: section density says nothing. */
    private static final int MIN_PAGES = 8;

    private static final Set<String> ELIGIBILITY = Set.of("population");
    private static final Set<String> TREATMENT = Set.of("intervention", "dose", "bridging", "lymphodepletion",
            "apheresis-manufacturing");
    private static final Set<String> SAFETY = Set.of("safety-monitoring", "toxicity-management",
            "regulatory-reporting");

    /** The {@code weak-structure} warning, saying what looks broken; empty when the tree looks sound. */
    public static Optional<ChecklistWarning> warning(Protocol protocol) {
        List<ProtocolSection> sections = protocol.listedSections();
        long numbered = sections.stream().filter(ProtocolSection::numbered).count();
        int pages = protocol.pages() != null ? protocol.pages()
                : Math.max(1, protocol.text().length() / CHARS_PER_PAGE);
        List<String> problems = new ArrayList<>();
        if (pages >= MIN_PAGES && numbered < MIN_SECTIONS_PER_PAGE * pages) {
            problems.add(String.format(Locale.ROOT, "only %d numbered sections in %d %s", numbered, pages,
                    protocol.pages() != null ? "pages" : "page-lengths of text"));
        }
        List<String> absent = new ArrayList<>();
        if (!has(sections, ELIGIBILITY)) absent.add("eligibility");
        if (!has(sections, TREATMENT)) absent.add("treatment");
        if (!has(sections, SAFETY)) absent.add("safety");
        if (!absent.isEmpty()) problems.add("no " + String.join(", ", absent) + " section was recognised");
        if (problems.isEmpty()) return Optional.empty();
        return Optional.of(new ChecklistWarning(ChecklistWarning.WEAK_STRUCTURE, "The protocol's section tree looks "
                + "broken (" + String.join("; ", problems) + "). Evidence may be placed in the wrong sections and "
                + "section-based statuses are unreliable: check the items against the protocol itself."));
    }

    private static boolean has(List<ProtocolSection> sections, Set<String> kinds) {
        return sections.stream().filter(s -> !s.reference()).anyMatch(s -> s.kinds().stream().anyMatch(kinds::contains));
    }
}
