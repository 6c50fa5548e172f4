package org.regatlas.checklist;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.search.Query;
import org.regatlas.model.Jurisdiction;
import org.regatlas.model.Provision;

/**
 * Builds a protocol's checklist: for every obligation of the profile's jurisdictions (and INTL), not-applicable with
 * the reason when its conditions exclude the protocol, otherwise the evidence search (its kinds' sections first, then
 * the whole protocol, in one ranked search) and the {@link Decider}'s verdict. One protocol index per build.
 */
final class ChecklistBuilder {
    private static final int HITS = 20;
    /** Added to the score of a paragraph in the obligation's kinds: enough to rank it above the rest. */
    private static final float KIND_BONUS = 5f;

    private final ObligationCatalog catalog;
    private final ConceptVocabulary vocabulary;

    ChecklistBuilder(ObligationCatalog catalog, ConceptVocabulary vocabulary) {
        this.catalog = catalog;
        this.vocabulary = vocabulary;
    }

    Checklist build(Protocol protocol, Profile profile) {
        long start = System.nanoTime();
        SectionTree tree = new SectionTree(protocol);
        ProtocolConcepts concepts = new ProtocolConcepts(tree, vocabulary);
        Decider decider = new Decider(tree, concepts, vocabulary);
        List<ChecklistItem> items = new ArrayList<>();
        boolean chinese = chinese(protocol);
        try (ProtocolIndex index = new ProtocolIndex(tree, concepts)) {
            for (Obligation o : catalog.all()) {
                Jurisdiction j = o.document().jurisdiction();
                if (j != Jurisdiction.INTL && !profile.jurisdictions().contains(j)) continue;
                Optional<String> na = Applicability.reasonNotApplicable(o.provision(), profile);
                if (na.isPresent()) {
                    items.add(item(o, ItemStatus.NOT_APPLICABLE, List.of(), "Not applicable: " + na.get() + "."));
                    continue;
                }
                Decider.Decision d = decider.decide(o, scores(index, catalog.query(o, chinese), o));
                items.add(item(o, d.status(), d.evidence(), d.reason()));
            }
        }
        List<Checklist.SectionJson> sections = protocol.listedSections().stream()
                .map(s -> new Checklist.SectionJson(s.numbered() ? s.number() : s.id(), Legends.strip(s.heading()),
                        s.kind(), s.page()))
                .toList();
        List<ChecklistWarning> warnings = new ArrayList<>();
        StructureCheck.warning(protocol).ifPresent(warnings::add);
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        return new Checklist(new Checklist.ProtocolSummary(protocol.fileName(), protocol.title(), protocol.pages(),
                sections), Checklist.ProfileJson.of(profile), warnings, items, Checklist.Summary.of(items), tookMs);
    }

    /** Whether the protocol is mostly Chinese (more CJK characters than Latin letters). */
    private static boolean chinese(Protocol protocol) {
        String t = protocol.text();
        long cjk = t.codePoints().filter(org.regatlas.corpus.HeadingPatterns::isCjk).count();
        long latin = t.chars().filter(c -> c < 128 && Character.isLetter(c)).count();
        return cjk > latin / 3;
    }

    /** Lucene scores of the best paragraphs, those in the obligation's kinds first. */
    private static Map<Integer, Float> scores(ProtocolIndex index, Query q, Obligation o) {
        return index.search(q, Set.copyOf(o.kinds()), KIND_BONUS, HITS);
    }

    private static ChecklistItem item(Obligation o, ItemStatus status, List<Evidence> evidence, String reason) {
        Provision p = o.provision();
        String textEn = p.textEn() != null && !p.textEn().equals(p.text()) ? p.textEn() : null;
        return new ChecklistItem(p.id(), Citation.of(p, o.document()), p.text(), textEn, p.strength().name(),
                o.level().wireName(), o.kinds().get(0), o.kinds(), status, evidence, reason, o.secondary(), o.caveat());
    }
}
