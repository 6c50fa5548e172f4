package org.regatlas.checklist.decide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.regatlas.checklist.applicability.ProtocolConcepts;
import org.regatlas.checklist.evidence.Evidence;
import org.regatlas.checklist.evidence.QuoteSelector;
import org.regatlas.checklist.obligation.ConceptVocabulary;
import org.regatlas.checklist.obligation.Elements;
import org.regatlas.checklist.obligation.Obligation;
import org.regatlas.checklist.obligation.Quantity;
import org.regatlas.checklist.read.Paragraph;
import org.regatlas.checklist.read.ProtocolSection;
import org.regatlas.checklist.structure.SectionTree;

/**
 * The quotes for one duty of an obligation: from the passage the {@link Decider} chose, the sentence of each paragraph
 * that states most of the duty's concepts and numbers (a second sentence for what the first leaves out); the section
 * heading when only the heading states a concept; then, for each listed concept stated elsewhere, a sentence that
 * states it, from the same chapter when there is one. Every quote is the protocol's own text with its section and page.
 */
final class Quotes {
    private final SectionTree tree;
    private final ProtocolConcepts concepts;
    private final ConceptVocabulary vocabulary;
    private final Map<String, Set<String>> parentHeadings = new HashMap<>();
    /** A heading of at most this many words that names no concept is read with its parent's. */
    private static final int ELLIPTICAL_WORDS = 3;

    Quotes(SectionTree tree, ProtocolConcepts concepts, ConceptVocabulary vocabulary) {
        this.tree = tree;
        this.concepts = concepts;
        this.vocabulary = vocabulary;
    }

    /** Quotes for a group: the passage's paragraphs that state its elements, then listed concepts found elsewhere. */
    List<Evidence> of(Elements.Group group, List<Paragraph> window, Paragraph center, Set<String> foundMembers,
                      Obligation o, Map<Integer, Float> scores) {
        Set<String> wanted = new LinkedHashSet<>(group.concepts());
        List<Evidence> out = new ArrayList<>();
        Set<String> covered = new LinkedHashSet<>();
        List<Paragraph> ranked = new ArrayList<>(window);
        ranked.sort(Comparator.comparingInt((Paragraph p) -> -overlap(p, wanted, group.quantities())));
        for (Paragraph p : ranked) {
            // what the paragraph's own text states; its heading's concepts are quoted from the heading below
            Set<String> adds = new LinkedHashSet<>(vocabulary.statedIds(p.text()));
            adds.retainAll(concepts.of(p.index()));
            adds.retainAll(wanted);
            adds.removeAll(covered);
            boolean numbers = group.quantities().stream().anyMatch(q -> q.statedIn(p.text()));
            if (adds.isEmpty() && !(numbers && out.isEmpty())) continue;
            String quote = QuoteSelector.quote(p, wanted, group.quantities(), vocabulary);
            out.add(evidence(p, quote));
            Set<String> quoted = new LinkedHashSet<>(vocabulary.statedIds(quote));
            Set<String> rest = new LinkedHashSet<>(adds);
            rest.removeAll(quoted);
            if (!rest.isEmpty()) {      // another sentence of the paragraph states the rest: quote it too
                String more = QuoteSelector.quote(p, rest, List.of(), vocabulary);
                if (!more.equals(quote)) {
                    out.add(evidence(p, more));
                    quoted.addAll(vocabulary.statedIds(more));
                }
            }
            // only what a quote states is covered: a concept the paragraph has from its heading still needs the heading
            adds.retainAll(quoted);
            covered.addAll(adds);
        }
        Set<String> headingOnly = new LinkedHashSet<>(concepts.ofHeading(center.sectionId()));
        headingOnly.retainAll(wanted);
        headingOnly.removeAll(covered);
        if (!headingOnly.isEmpty()) {           // stated by the section heading itself: quote it
            out.add(new Evidence(sectionLabel(center.sectionId()), page(center),
                    tree.section(center.sectionId()).title()));
            covered.addAll(headingOnly);
        }
        Set<String> parentOnly = new LinkedHashSet<>(parentHeading(center.sectionId()));
        parentOnly.retainAll(wanted);
        parentOnly.removeAll(covered);
        if (!parentOnly.isEmpty()) {            // "10.2.1 Primary" under "10.2 Study Endpoints": quote the parent
            ProtocolSection parent = tree.section(tree.section(center.sectionId()).parentId());
            out.add(new Evidence(sectionLabel(parent.id()), parent.page() != null ? parent.page() : page(center),
                    parent.title()));
            covered.addAll(parentOnly);
        }
        for (String m : foundMembers) {
            if (covered.contains(m)) continue;
            String chapter = tree.chapterOf(center.sectionId());
            concepts.paragraphsWith(m).stream()
                    .map(i -> tree.protocol().paragraphs().get(i))
                    .max(Comparator.comparing((Paragraph p) -> tree.chapterOf(p.sectionId()).equals(chapter))
                            .thenComparing((Paragraph p) -> inKind(p.sectionId(), o))
                            .thenComparing(p -> scores.getOrDefault(p.index(), 0f))
                            .thenComparing(p -> -p.index()))
                    .ifPresent(p -> {
                        out.add(evidence(p, QuoteSelector.quote(p, Set.of(m), List.of(), vocabulary)));
                        covered.addAll(concepts.of(p.index()));
                    });
        }
        return out;
    }

    /**
     * The concepts of the parent's heading when a section's own heading is elliptical: a few words naming no concept
     * ("10.2.1 Primary", "Key Secondary", "Overview"), which read as the rest of the parent's ("10.2 Study Endpoints").
     * Empty otherwise, and for an apparatus parent (abbreviations, references, front matter).
     */
    Set<String> parentHeading(String sectionId) {
        return parentHeadings.computeIfAbsent(sectionId, id -> {
            ProtocolSection s = tree.section(id);
            if (s.parentId() == null || s.title().isBlank() || s.title().strip().split("\\s+").length > ELLIPTICAL_WORDS
                    || !vocabulary.ids(s.title()).isEmpty()) {
                return Set.of();
            }
            ProtocolSection parent = tree.section(s.parentId());
            if (parent.isFrontMatter() || parent.reference()) return Set.of();
            return Set.copyOf(vocabulary.statedIds(parent.title()));
        });
    }

    private Evidence evidence(Paragraph p, String quote) {
        return new Evidence(sectionLabel(p.sectionId()), page(p), quote);
    }

    /** The page a paragraph starts on; null for formats without pages. */
    private static Integer page(Paragraph p) {
        return p.page();
    }

    private int overlap(Paragraph p, Set<String> wanted, List<Quantity> quantities) {
        int n = (int) concepts.of(p.index()).stream().filter(wanted::contains).count();
        return n + (int) quantities.stream().filter(q -> q.statedIn(p.text())).count();
    }

    /** How a section is cited: its printed number, or its heading when unnumbered. */
    String sectionLabel(String sectionId) {
        ProtocolSection s = tree.section(sectionId);
        if (s.isFrontMatter()) return "front matter";
        return s.numbered() ? s.number() : s.heading();
    }

    boolean inKind(String sectionId, Obligation o) {
        return tree.section(sectionId).kinds().stream().anyMatch(o.kinds()::contains);
    }
}
