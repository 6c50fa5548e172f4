package org.regatlas.checklist.obligation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.search.Query;
import org.jspecify.annotations.Nullable;
import org.regatlas.checklist.read.SectionClassifier;
import org.regatlas.model.DocumentMeta;
import org.regatlas.model.DocumentStatus;
import org.regatlas.model.GuidelineScope;
import org.regatlas.model.Jurisdiction;
import org.regatlas.model.Provenance;
import org.regatlas.model.Provision;
import org.regatlas.model.Strength;
import org.regatlas.parse.ParsedCorpus;
import org.regatlas.parse.ParsedDocument;

/**
 * Every provision of the corpus that can become a checklist item, with its elements worked out once per corpus.
 *
 * <p>Which provisions: those that map to a protocol section other than the background (CMC, nonclinical and
 * postmarketing provisions map to none, so ICH S6/S8 and the PSUR rules drop out on their own) and name at least one
 * concept a protocol can state, outside the document's overview, from documents that are not superseded. MUST and
 * SHOULD always; MAY as "consider" items; descriptive sentences of the primary guidelines written for cell and gene
 * therapies (verbatim guidelines and guidances, not the review) only when they carry an expectation cue: a general
 * guideline's descriptive sentences report what is known of therapeutic proteins or drugs at large ("factors related
 * to the target patient population may increase or decrease the potential for an immune response"), which sets no
 * duty for a protocol. Placeholders for
 * recommendations the corpus does not hold are left out. The review article's
 * items and those of documents that apply only by analogy are marked secondary. Immutable and thread-safe.
 */
public final class ObligationCatalog {
    /** A digest record standing in for recommendations the corpus does not hold: nothing to check. */
    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)not (?:been )?retrieved|未检索到|未能获取");
    private static final Pattern EXAMPLE = Pattern.compile("^\\s*(?:例如|比如|譬如|(?i:e\\.g\\.|for example|for instance))");

    private final List<Obligation> obligations;
    private final EvidenceQueries evidenceQueries;
    private final Map<String, Query> queries = new java.util.concurrent.ConcurrentHashMap<>();

    private ObligationCatalog(List<Obligation> obligations, EvidenceQueries evidenceQueries) {
        this.obligations = List.copyOf(obligations);
        this.evidenceQueries = evidenceQueries;
    }

    public static ObligationCatalog of(ParsedCorpus corpus, ConceptVocabulary vocabulary) {
        ElementExtractor extractor = new ElementExtractor(vocabulary);
        SectionClassifier headings = new SectionClassifier(corpus.taxonomy());
        EvidenceQueries evidenceQueries = new EvidenceQueries(vocabulary);
        List<Obligation> out = new ArrayList<>();
        List<ParsedDocument> docs = new ArrayList<>(corpus.documents());
        docs.sort(Comparator.comparingInt(ObligationCatalog::documentRank));
        for (ParsedDocument d : docs) {
            DocumentMeta meta = d.meta();
            if (meta.status() == DocumentStatus.SUPERSEDED) continue;
            String caveat = caveat(meta);
            for (Provision shown : d.provisions()) {
                // An English official sentence is checked in its own words: the team's Chinese of it serves search
                // and reading, and is not evidence wording the answer keys have measured.
                Provision p = shown.isTranslated("zh") ? shown.withDisplayZh(shown.text(), null) : shown;
                List<String> kinds = p.protocolSections().stream().filter(k -> !k.equals("background")).toList();
                if (kinds.isEmpty() || !included(p, meta, caveat != null) || introductory(p, headings)) continue;
                Elements elements = extractor.extract(p);
                if (elements.isEmpty()) continue;       // names nothing a protocol could state (本指导原则主要讨论…)
                out.add(new Obligation(p, meta, ObligationLevel.of(p.strength()), kinds, elements, caveat != null,
                        caveat, shown.isTranslated("zh") ? shown.textZh() : null));
            }
        }
        return new ObligationCatalog(out, evidenceQueries);
    }

    public List<Obligation> all() {
        return obligations;
    }

    /** The evidence query of an obligation of this catalog, for an English or a Chinese protocol (built once). */
    public Query query(Obligation o, boolean chineseProtocol) {
        return queries.computeIfAbsent(o.id() + (chineseProtocol ? "#zh" : "#en"), k -> evidenceQueries.build(o,
                chineseProtocol));
    }

    /** A sentence of the document's overview or introduction (一、概述 / （一）前言) frames the guideline; it sets no duty. */
    private static boolean introductory(Provision p, SectionClassifier headings) {
        return p.section().headings().stream().anyMatch(h -> headings.kindsOf(h).contains("background"));
    }

    /** Whether the provision's strength (and, for descriptive sentences, its cue) makes it an item. */
    private static boolean included(Provision p, DocumentMeta meta, boolean secondary) {
        if (PLACEHOLDER.matcher(p.text()).find()) return false;
        if (p.strength() != Strength.INFO) return true;
        boolean primaryGuideline = !secondary && meta.provenance() == Provenance.VERBATIM
                && List.of("guideline", "guidance").contains(meta.type()) && cellOrGeneDocument(meta);
        String text = p.textZh() != null ? p.textZh() : p.text();
        int cue = ExpectationCues.rank(text);
        // an example (例如…可能增加感染风险) elaborates the sentence before it; only a stronger cue makes it an item
        boolean example = EXAMPLE.matcher(text).find();
        return primaryGuideline && cue < ExpectationCues.NONE && !(example && cue == ExpectationCues.RISK);
    }

    private static final Pattern CELL_OR_GENE = Pattern.compile(
            "(?i)\\bCAR\\b|CAR-?T|\\bcells?\\b|cellular|\\bgene|ATMP|advanced therap|细胞|基因");

    /** Whether a document is written for cell or gene therapies, by its title. */
    public static boolean cellOrGeneDocument(DocumentMeta meta) {
        var t = meta.title();
        String title = (t.en() == null ? "" : t.en()) + " " + (t.zh() == null ? "" : t.zh());
        return CELL_OR_GENE.matcher(title).find();
    }

    /** Why a document's items are secondary: a review reports requirements second-hand; some apply only by analogy. */
    static @Nullable String caveat(DocumentMeta meta) {
        if (meta.type().equals("review")) {
            return "Secondary source: a review article reporting regulators' expectations; check the primary guidance.";
        }
        GuidelineScope scope = meta.scope();
        if (scope != null && !scope.excludes().isEmpty()) {
            return "Applies to CAR-T by analogy only: the guideline's own scope (" + (scope.section() == null
                    ? "its title" : "§" + scope.section()) + ") leaves out " + String.join(" and ",
                    scope.excludes().stream().map(ObligationCatalog::productClass).toList()) + ".";
        }
        if (analogyByNotes(meta)) {
            return "Applies to CAR-T by analogy only: the document's scope excludes cell and gene therapy products.";
        }
        return null;
    }

    private static boolean analogyByNotes(DocumentMeta meta) {
        String notes = meta.notes() == null || meta.notes().en() == null ? ""
                : meta.notes().en().toLowerCase(Locale.ROOT);
        return notes.contains("by analogy");
    }

    private static String productClass(String wire) {
        return switch (wire) {
            case "atmp" -> "advanced therapy medicinal products";
            case "cell-therapy" -> "cell therapies";
            default -> "gene therapies";
        };
    }

    /** Verbatim primary documents first, then digests by jurisdiction, then secondary sources. */
    private static int documentRank(ParsedDocument d) {
        DocumentMeta m = d.meta();
        int secondary = m.type().equals("review") || analogyByNotes(m) ? 100 : 0;
        int provenance = m.provenance() == Provenance.VERBATIM ? 0 : 10;
        return secondary + provenance + List.of(Jurisdiction.values()).indexOf(m.jurisdiction());
    }
}
