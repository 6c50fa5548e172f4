package org.regatlas.checklist;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.search.Query;
import org.regatlas.checklist.applicability.Applicability;
import org.regatlas.checklist.applicability.DocumentScope;
import org.regatlas.checklist.applicability.ModalityGate;
import org.regatlas.checklist.applicability.ObligationConditions;
import org.regatlas.checklist.applicability.Profile;
import org.regatlas.checklist.applicability.ProtocolConcepts;
import org.regatlas.checklist.applicability.ScopeGate;
import org.regatlas.checklist.decide.ChecklistItem;
import org.regatlas.checklist.decide.Citation;
import org.regatlas.checklist.decide.Decider;
import org.regatlas.checklist.decide.GuidelineSubjects;
import org.regatlas.checklist.decide.ItemStatus;
import org.regatlas.checklist.evidence.Evidence;
import org.regatlas.checklist.evidence.ProtocolIndex;
import org.regatlas.checklist.layout.Checklist;
import org.regatlas.checklist.layout.RequirementGrouper;
import org.regatlas.checklist.layout.Suggestions;
import org.regatlas.checklist.obligation.ConceptVocabulary;
import org.regatlas.checklist.obligation.Obligation;
import org.regatlas.checklist.obligation.ObligationCatalog;
import org.regatlas.checklist.read.Legends;
import org.regatlas.checklist.read.Protocol;
import org.regatlas.checklist.structure.ChecklistWarning;
import org.regatlas.checklist.structure.PassageFilter;
import org.regatlas.checklist.structure.SectionTree;
import org.regatlas.checklist.structure.StructureCheck;
import org.regatlas.model.Deadline;
import org.regatlas.model.Jurisdiction;
import org.regatlas.model.Provision;

/**
 * Builds a protocol's checklist. For every obligation of the profile's jurisdictions (and INTL), in this order: outside
 * the protocol when its guideline's scope or its section's heading gives it to another document, not applicable when
 * the guideline is written for other trials ({@link ScopeGate}), when a profile dimension excludes it ({@link Applicability}), when the product's modality cannot meet it
 * ({@link ModalityGate}) or when a condition it states is unmet ({@link ObligationConditions}); outside the protocol
 * when it belongs to another document ({@link DocumentScope}); otherwise the evidence search (its kinds' sections
 * first, then the whole protocol, in one ranked search) and the {@link Decider}'s verdict. A product that is not a
 * cell or gene therapy gets the {@code not-cell-therapy} warning, and the obligations it is still checked against are
 * marked as applying by analogy. One protocol index per build.
 */
final class ChecklistBuilder {
    private static final int HITS = 20;
    /** Added to the score of a paragraph in the obligation's kinds: enough to rank it above the rest. */
    private static final float KIND_BONUS = 5f;

    private final ObligationCatalog catalog;
    private final ConceptVocabulary vocabulary;
    private final ModalityGate modalityGate;
    private final ObligationConditions conditions;
    private final GuidelineSubjects subjects;

    ChecklistBuilder(ObligationCatalog catalog, ConceptVocabulary vocabulary) {
        this.catalog = catalog;
        this.vocabulary = vocabulary;
        this.modalityGate = new ModalityGate(vocabulary);
        this.conditions = new ObligationConditions(catalog.all(), vocabulary);
        this.subjects = GuidelineSubjects.of(catalog.all());
    }

    /**
     * Works out what the checks need of each obligation alone (what it needs of the product's modality, whether
     * another document owns it, its evidence query for an English protocol), which the first checklist would
     * otherwise work out obligation by obligation. The answers are kept by the gates and the catalog.
     */
    void prepare() {
        for (Obligation o : catalog.all()) {
            modalityGate.prepare(o);
            DocumentScope.elsewhere(o);
            ScopeGate.route(o);
            catalog.query(o, false);
        }
    }

    Checklist build(Protocol protocol, Profile profile) {
        long start = System.nanoTime();
        ConceptVocabulary vocabulary = this.vocabulary.remembering();
        SectionTree tree = new SectionTree(protocol);
        PassageFilter passages = new PassageFilter(tree);
        ProtocolConcepts concepts = new ProtocolConcepts(tree, vocabulary, passages);
        Decider decider = new Decider(tree, concepts, vocabulary, subjects);
        ObligationConditions.Facts facts = ObligationConditions.Facts.of(concepts, tree, profile);
        boolean analogy = !profile.cellOrGeneTherapy();
        String product = ModalityGate.describe(profile.modality());
        List<ChecklistItem> items = new ArrayList<>();
        boolean chinese = chinese(protocol);
        try (ProtocolIndex index = new ProtocolIndex(tree, concepts)) {
            for (Obligation o : catalog.all()) {
                Deadline.checkpoint();
                Jurisdiction j = o.document().jurisdiction();
                if (j != Jurisdiction.INTL && !profile.jurisdictions().contains(j)) continue;
                // the guideline's own scope first: another document's content, or a trial it is not written for; a
                // condition the sentence states and the protocol does not meet sets it aside whoever would own it
                Optional<ScopeGate.Route> route = ScopeGate.route(o);
                Optional<String> na = ScopeGate.productUnmet(o, facts.text()).or(() -> route.isPresent()
                        ? conditions.unmetStated(o, facts) : ScopeGate.trialsUnmet(o, profile)
                        .or(() -> Applicability.reasonNotApplicable(o.provision(), profile))
                        .or(() -> modalityGate.reasonNotApplicable(o, profile.modality()))
                        .or(() -> conditions.unmet(o, facts)));
                Optional<String> elsewhere = route.isPresent() ? route.map(ScopeGate.Route::document)
                        : na.isPresent() ? Optional.empty() : DocumentScope.elsewhere(o);
                boolean cgt = cellOrGeneDocument(o);
                if (analogy && na.isEmpty() && elsewhere.isPresent() && cgt) {
                    // another document's duty, written for cell and gene therapies: nothing this product must do
                    na = Optional.of("modality: belongs to " + elsewhere.get() + " of a cell or gene therapy; this "
                            + "protocol's product is " + product);
                }
                if (na.isPresent()) {
                    items.add(item(o, ItemStatus.NOT_APPLICABLE, List.of(), "Not applicable: " + na.get() + ".",
                            false, analogy));
                    continue;
                }
                // a general guideline (first-in-human, immunogenicity, ICH S6) applies to such a product directly
                boolean byAnalogy = analogy && cgt;
                if (elsewhere.isPresent()) {
                    String why = route.map(r -> " (" + r.basis() + ")").orElse("");
                    items.add(item(o, ItemStatus.OUTSIDE_PROTOCOL, List.of(), "Outside the protocol: belongs to "
                            + elsewhere.get() + ", not to the clinical protocol" + why + ".", byAnalogy, analogy));
                    continue;
                }
                Decider.Decision d = decider.decide(o, scores(index, catalog.query(o, chinese), o));
                String reason = byAnalogy ? "By analogy (the product is " + product + "): " + d.reason() : d.reason();
                items.add(item(o, d.status(), d.evidence(), reason, byAnalogy, analogy));
            }
        }
        List<Checklist.SectionJson> sections = protocol.listedSections().stream()
                .map(s -> new Checklist.SectionJson(s.numbered() ? s.number() : s.id(), Legends.strip(s.heading()),
                        s.kind(), s.page()))
                .toList();
        List<ChecklistWarning> warnings = new ArrayList<>();
        StructureCheck.warning(protocol).ifPresent(warnings::add);
        RequirementGrouper.Grouped grouped = RequirementGrouper.group(items, byId(catalog.all()),
                new Suggestions(vocabulary, protocol));
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        warnings.addAll(warnings(profile));
        return new Checklist(new Checklist.ProtocolSummary(protocol.fileName(), protocol.title(), protocol.pages(),
                sections), Checklist.ProfileJson.of(profile), warnings, grouped.requirements(), grouped.items(),
                Checklist.Summary.of(grouped.items(), grouped.requirements()), tookMs);
    }

    private static java.util.Map<String, Obligation> byId(List<Obligation> obligations) {
        java.util.Map<String, Obligation> out = new java.util.HashMap<>();
        for (Obligation o : obligations) out.put(o.id(), o);
        return out;
    }

    /** What the reader must know before trusting the items. */
    private static List<ChecklistWarning> warnings(Profile profile) {
        List<ChecklistWarning> out = new ArrayList<>();
        if (!profile.cellOrGeneTherapy()) {
            out.add(new ChecklistWarning(ChecklistWarning.NOT_CELL_THERAPY, "This protocol's product is "
                    + ModalityGate.describe(profile.modality()) + ", not a CAR-T or other cell or gene therapy"
                    + (profile.inferred().contains("modality") ? " (inferred from the protocol; set the modality if "
                    + "this is wrong)" : "") + ". The obligations are written for cell and gene therapies: those "
                    + "specific to them are not applicable, and the rest apply by analogy only."));
        }
        return out;
    }

    /** Whether the obligation's document is written for cell or gene therapies (by its title). */
    private static boolean cellOrGeneDocument(Obligation o) {
        return ObligationCatalog.cellOrGeneDocument(o.document());
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

    /**
     * One item. {@code byAnalogy}: a cell or gene therapy document checked against another product; {@code
     * otherProduct}: the product is not a cell or gene therapy, so a document that applies to CAR-T only by analogy
     * (its scope excludes them) applies directly and loses that caveat.
     */
    private static ChecklistItem item(Obligation o, ItemStatus status, List<Evidence> evidence, String reason,
                                      boolean byAnalogy, boolean otherProduct) {
        Provision p = o.provision();
        String textEn = p.textEn() != null && !p.textEn().equals(p.text()) ? p.textEn() : null;
        String caveat = o.caveat();
        boolean secondary = o.secondary();
        if (otherProduct && !cellOrGeneDocument(o) && caveat != null && caveat.contains("by analogy")) {
            caveat = null;
            secondary = false;
        }
        if (byAnalogy) {
            caveat = "Applies by analogy only: written for CAR-T and other cell therapies."
                    + (caveat == null ? "" : " " + caveat);
        }
        // the Chinese of an English obligation: the team's translation of an official sentence, or a digest's own
        String textZh = o.chinese() != null ? o.chinese()
                : !"zh".equals(p.lang()) && p.textZh() != null && !p.textZh().equals(p.text()) ? p.textZh() : null;
        List<String> translated = textEn != null ? p.translated() : o.chinese() != null ? List.of("zh") : List.of();
        return new ChecklistItem(p.id(), Citation.of(p, o.document()), p.text(), textEn, p.strength().name(),
                o.level().wireName(), o.kinds().get(0), o.kinds(), status, evidence, reason, secondary || byAnalogy,
                caveat, translated, textZh);
    }
}
