package org.regatlas.model;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a guideline says it is for, as its own scope section states it (corpus/README.md, {@code scope}): the trials
 * it is written for, the submission document its content belongs to, and the product classes it leaves out. The
 * checklist reads it to set aside what a protocol does not owe: a first-in-human guideline asks nothing of a phase 3
 * trial, and a nonclinical guideline's studies go to the nonclinical reports, not to the clinical protocol.
 *
 * @param trials    the trials the guideline is written for ({@link #TRIALS}); empty when it covers every phase
 * @param document  the submission document its content belongs to ({@link #DOCUMENTS}); a section whose heading
 *                  names another document overrides it for that section's sentences
 * @param excludes  product classes its scope leaves out ({@link #PRODUCT_CLASSES}), for the reader
 * @param section   the document's own scope section ("2", "I.1.3"), or null when only its title states the scope
 * @param statement the sentence of that section (or the title) that states the scope
 * @param products  the marketed products whose own approval terms the document states (a label: "Kymriah",
 *                  "tisagenlecleucel"); its sentences bind only those products' holders. Empty for a guideline
 */
public record GuidelineScope(List<String> trials, String document, List<String> excludes, @Nullable String section,
        String statement, List<String> products) {
    public static final Set<String> TRIALS = Set.of("first-in-human", "phase-1", "phase-2", "phase-3", "phase-4");
    /**
     * protocol: the clinical trial's own protocol; application: the IND or CTA as a whole (cover sheet, general
     * plan, summaries); quality: the quality dossier (IND CMC section, IMPD, CTD Module 3); nonclinical: the
     * nonclinical studies and their reports (IND pharmacology and toxicology section, CTD Module 4); ib: the
     * investigator's brochure; rmp: the risk management plan and pharmacovigilance; labelling: the product label;
     * inspection: the records and conduct of a regulatory inspection of the sponsor or a site.
     */
    public static final Set<String> DOCUMENTS = Set.of("protocol", "application", "quality", "nonclinical", "ib",
            "rmp", "labelling", "inspection");
    public static final String CELL_THERAPY = "cell-therapy";
    public static final String GENE_THERAPY = "gene-therapy";
    public static final String ATMP = "atmp";
    public static final Set<String> PRODUCT_CLASSES = Set.of(CELL_THERAPY, GENE_THERAPY, ATMP);

    public GuidelineScope {
        trials = List.copyOf(trials);
        excludes = List.copyOf(excludes);
        products = List.copyOf(products);
        Checks.argument(TRIALS.containsAll(trials), "trials", "must be among " + TRIALS);
        Checks.argument(DOCUMENTS.contains(document), "document", "must be one of " + DOCUMENTS);
        Checks.argument(PRODUCT_CLASSES.containsAll(excludes), "excludes", "must be among " + PRODUCT_CLASSES);
        Checks.notBlank(statement, "statement");
    }

    /** A guideline's scope, which names no product of its own. */
    public GuidelineScope(List<String> trials, String document, List<String> excludes, @Nullable String section,
            String statement) {
        this(trials, document, excludes, section, statement, List.of());
    }

    /** Whether the guideline is written for first-in-human or phase 1 trials only. */
    public boolean earlyPhaseOnly() {
        return !trials.isEmpty() && trials.stream().allMatch(t -> t.equals("first-in-human") || t.equals("phase-1"));
    }
}
