package org.regatlas.checklist.applicability;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What kind of product a protocol investigates. The corpus is written for CAR-T and other cell and gene therapies; a
 * protocol whose product is none of these is checked against it by analogy only.
 */
public enum Modality {
    CAR_T("car-t", "CAR-T cells"),
    TCR_T("tcr-t", "TCR-T cells"),
    GENE_MODIFIED_CELLS("other-gm-cells", "other genetically modified cells"),
    CELLS("unmodified-cells", "cells that are not genetically modified"),
    GENE_THERAPY("gene-therapy-vector", "a gene-therapy vector"),
    T_CELL_ENGAGER("t-cell-engager", "a T-cell engager (bispecific antibody)"),
    ANTIBODY("antibody", "an antibody"),
    SMALL_MOLECULE("small-molecule", "a small molecule");

    private static final Map<String, Modality> ALIASES = Map.ofEntries(
            Map.entry("cart", CAR_T), Map.entry("gene-modified-cells", GENE_MODIFIED_CELLS),
            Map.entry("cells", CELLS), Map.entry("gene-therapy", GENE_THERAPY), Map.entry("car-t-cells", CAR_T),
            Map.entry("tcr", TCR_T),
            Map.entry("car-nk", GENE_MODIFIED_CELLS), Map.entry("gm-cells", GENE_MODIFIED_CELLS),
            Map.entry("other-gene-modified-cells", GENE_MODIFIED_CELLS),
            Map.entry("cell-therapy", CELLS),
            Map.entry("vector", GENE_THERAPY), Map.entry("aav", GENE_THERAPY), Map.entry("bispecific", T_CELL_ENGAGER),
            Map.entry("bispecific-antibody", T_CELL_ENGAGER), Map.entry("bite", T_CELL_ENGAGER),
            Map.entry("tce", T_CELL_ENGAGER), Map.entry("mab", ANTIBODY), Map.entry("monoclonal-antibody", ANTIBODY),
            Map.entry("small-molecule-drug", SMALL_MOLECULE), Map.entry("drug", SMALL_MOLECULE));

    private final String wire;
    private final String description;

    Modality(String wire, String description) {
        this.wire = wire;
        this.description = description;
    }

    @JsonValue
    public String wireName() {
        return wire;
    }

    /** How a reason names the product: "a T-cell engager (bispecific antibody)". */
    public String description() {
        return description;
    }

    /** Cells carrying a transgene or an edit: CAR-T, TCR-T and other genetically modified cells. */
    public boolean geneModifiedCells() {
        return this == CAR_T || this == TCR_T || this == GENE_MODIFIED_CELLS;
    }

    /** Any cell therapy. */
    public boolean cells() {
        return geneModifiedCells() || this == CELLS;
    }

    /** Products that deliver genetic material: genetically modified cells and gene-therapy vectors. */
    public boolean geneTransfer() {
        return geneModifiedCells() || this == GENE_THERAPY;
    }

    /** Whether the product is a cell or gene therapy, the corpus's own domain. */
    public boolean cellOrGeneTherapy() {
        return cells() || this == GENE_THERAPY;
    }

    /** The modality a user named ("CAR-T", "bispecific", "small molecule"), if it is one. */
    public static Optional<Modality> named(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_/]+", "-");
        return Arrays.stream(values()).filter(m -> m.wire.equals(key)).findFirst()
                .or(() -> Optional.ofNullable(ALIASES.get(key)));
    }

    /** The wire names, for messages listing the known values. */
    public static List<String> wireNames() {
        return Arrays.stream(values()).map(Modality::wireName).toList();
    }

    /** Whether any of {@code modalities} is a cell or gene therapy; an unknown modality (empty) counts as one. */
    public static boolean anyCellOrGene(List<Modality> modalities) {
        return modalities.isEmpty() || modalities.stream().anyMatch(Modality::cellOrGeneTherapy);
    }
}
