package org.regatlas.checklist.applicability;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regatlas.checklist.obligation.ConceptVocabulary;
import org.regatlas.checklist.obligation.Obligation;

/**
 * Which obligations a product of another modality can meet. The corpus is written for CAR-T and other cell and gene
 * therapies. An obligation about what only genetically modified cells have (leukapheresis, lymphodepletion, bridging
 * while the product is made, cellular kinetics, the vector and its transgene, replication-competent virus, insertional
 * mutagenesis and secondary T-cell malignancy, 15-year follow-up of gene transfer) does not apply to an antibody or a
 * small molecule, nor to cells that carry no transgene when it is about gene transfer. Everything else (CRS and ICANS
 * grading and management, site readiness, endpoints, independent review, design) holds by analogy: T-cell engagers
 * share the CRS and ICANS risk, and any trial has endpoints.
 */
public final class ModalityGate {
    /** What an obligation needs of the product. */
    enum Need { ANY, CELLS, GENE_MODIFIED_CELLS, GENE_TRANSFER }

    private record Rule(Need need, Set<String> topics, Pattern cue) {}

    /** Most specific first: the first rule an obligation meets decides. */
    private static final List<Rule> RULES = List.of(
            new Rule(Need.GENE_TRANSFER, Set.of("vector", "insertional-mutagenesis", "rcl-rcr", "ltfu"),
                    Pattern.compile("(?i)transgene|copy number|genome[- ]edit\\w*|gene[- ]edit\\w*|gene therap\\w*"
                            + "|germline transmission|integrating (?:viral )?vectors?|retrovir\\w*|lentivir\\w*"
                            + "|\\b15[- ]years?\\b|fifteen years|15\\s*年"
                            + "|转基因|基因拷贝|基因编辑|基因治疗|载体|插入突变")),
            new Rule(Need.GENE_MODIFIED_CELLS, Set.of("apheresis", "lymphodepletion", "bridging",
                    "secondary-malignancy", "starting-material", "gvhd", "dose-staggering"),
                    Pattern.compile("(?i)\\bCAR[- ]?T (?:trials?|studies)\\b|cell infusion|细胞回输"
                            + "|T[- ]cell malignanc\\w*|new malignanc\\w*|secondary malignanc\\w*"
                            + "|\\bCAR\\b[- ]?(?:T )?(?:transgene|construct|expression)|genetically modified|ATMPs?\\b"
                            + "|T\\s*细胞肿瘤|继发(?:性)?(?:T\\s*细胞)?肿瘤|白细胞单采|清淋|桥接")),
            new Rule(Need.CELLS, Set.of("cellular-kinetics", "manufacturing", "donor-eligibility", "release-testing",
                    "product-characterization", "comparability"),
                    Pattern.compile("(?i)cell (?:expansion|phenotype|persistence|dose)"
                            + "|cellular[- ]kinetic\\w*"
                            + "|cell-mediated immune responses? against the product|cells behave"
                            + "|细胞扩增|细胞动力学|细胞表型|自体与异体")));

    private final ConceptVocabulary vocabulary;
    /** Verdicts do not depend on the protocol: worked out once per obligation. */
    private final java.util.Map<String, Verdict> verdicts = new java.util.concurrent.ConcurrentHashMap<>();

    public ModalityGate(ConceptVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** What the obligation needs of the product, and the words that say so (for reasons). */
    record Verdict(Need need, List<String> because) {}

    Verdict need(Obligation o) {
        return verdicts.computeIfAbsent(o.id(), k -> verdict(o));
    }

    /** Works out now what {@code o} needs of a product, which the first checklist would otherwise do. */
    public void prepare(Obligation o) {
        need(o);
    }

    private Verdict verdict(Obligation o) {
        String text = o.provision().textZh() != null ? o.provision().textZh() : o.provision().text();
        if (o.provision().textEn() != null) text = text + "\n" + o.provision().textEn();
        Set<String> ids = vocabulary.ids(text);
        for (Rule r : RULES) {
            List<String> because = new ArrayList<>();
            for (String id : ids) if (r.topics().contains(id)) because.add(vocabulary.label(id));
            Matcher m = r.cue().matcher(ConceptVocabulary.normalize(text));
            Set<String> cues = new LinkedHashSet<>();
            while (m.find()) cues.add(m.group().strip());
            because.addAll(cues);
            if (!because.isEmpty()) return new Verdict(r.need(), List.copyOf(new LinkedHashSet<>(because)));
        }
        return new Verdict(Need.ANY, List.of());
    }

    /**
     * Why the obligation does not apply to a product of these modalities; empty when it does (or when the modality is
     * unknown, which is taken as the corpus's own domain).
     */
    public Optional<String> reasonNotApplicable(Obligation o, List<Modality> modality) {
        if (modality.isEmpty()) return Optional.empty();
        Verdict v = need(o);
        boolean met = switch (v.need()) {
            case ANY -> true;
            case CELLS -> modality.stream().anyMatch(Modality::cells);
            case GENE_MODIFIED_CELLS -> modality.stream().anyMatch(Modality::geneModifiedCells);
            case GENE_TRANSFER -> modality.stream().anyMatch(Modality::geneTransfer);
        };
        if (met) return Optional.empty();
        String needs = switch (v.need()) {
            case CELLS -> "cell therapy products";
            case GENE_MODIFIED_CELLS -> "genetically modified cell products (CAR-T, TCR-T)";
            default -> "products that transfer genes (genetically modified cells, gene-therapy vectors)";
        };
        return Optional.of("modality: applies to " + needs + " (" + String.join(", ", v.because().stream().limit(3)
                .toList()) + "); this protocol's product is " + describe(modality));
    }

    public static String describe(List<Modality> modality) {
        return String.join(" and ", modality.stream().map(Modality::description).toList());
    }
}
