package org.regatlas.search;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.regatlas.model.GuidelineScope;

/**
 * The product classes a query asks about, by the words users type for them: a CAR-T or other gene-modified cell
 * (a cell therapy, a gene therapy and an ATMP at once), a cell therapy, a gene therapy, an advanced therapy. A
 * guideline whose own scope leaves that class out (ICH S6 excludes cell and gene therapies, the EMA first-in-human
 * guideline ATMPs) answers such a question by analogy only, so its provisions come after those written for it: a
 * preference, like a named source's, never a filter. Thread-safe.
 */
final class ProductClasses {
    private ProductClasses() {}

    private static final Pattern GENE_MODIFIED_CELLS = Pattern.compile("(?i)\\b(?:CAR|TCR)[- ]?(?:T|NK)s?\\b"
            + "|\\bchimeric antigen receptor|\\bgene[- ]?modified cells?"
            + "|\\bgenetically (?:modified|engineered) (?:T[- ])?cells?"
            + "|CAR-?T|CAR-?NK|TCR-?T|嵌合抗原受体|基因修饰(?:的)?(?:免疫)?细胞");
    private static final Pattern CELLS = Pattern.compile(
            "(?i)\\bcell(?:ular)?[- ](?:based )?(?:therap(?:y|ies)|products?)"
            + "|\\b(?:immune|T)[- ]cell therap(?:y|ies)|\\badoptive cell|细胞治疗|细胞产品|免疫细胞|干细胞");
    private static final Pattern GENES = Pattern.compile(
            "(?i)\\bgene therap(?:y|ies)|\\b(?:lenti|retro)viral vectors?"
            + "|\\bviral vectors?|基因治疗|病毒载体|慢病毒|逆转录病毒");
    private static final Pattern ADVANCED = Pattern.compile(
            "(?i)\\bATMPs?\\b|\\badvanced therap(?:y|ies)|先进治疗|先进疗法");

    /**
     * The classes {@code text} asks about, as {@link GuidelineScope#PRODUCT_CLASSES} names them (the values the index
     * holds), in the order cell therapy, gene therapy, ATMP; empty when it names none.
     */
    static Set<String> of(String text) {
        boolean modifiedCells = GENE_MODIFIED_CELLS.matcher(text).find();
        boolean cells = modifiedCells || CELLS.matcher(text).find();
        boolean genes = modifiedCells || GENES.matcher(text).find();
        Set<String> out = new LinkedHashSet<>();
        if (cells) out.add(GuidelineScope.CELL_THERAPY);
        if (genes) out.add(GuidelineScope.GENE_THERAPY);
        if (cells || genes || ADVANCED.matcher(text).find()) out.add(GuidelineScope.ATMP);
        return out;
    }
}
