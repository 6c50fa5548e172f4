package org.regatlas.checklist.applicability;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.regatlas.checklist.obligation.Obligation;
import org.regatlas.model.GuidelineScope;

/**
 * What a guideline's own scope leaves out of a protocol's checklist, before any evidence is sought. Two questions:
 * <ol>
 *   <li>Which submission document the sentence belongs to: the nearest heading of its section that names a document
 *   (an IND guidance's "Protocols" section is the protocol's, its "Chemistry, Manufacturing, and Control Information"
 *   section the quality dossier's; a clinical guideline's "Quality aspects" and "Non-clinical aspects" are not the
 *   protocol's), else the document the guideline's recorded scope governs ({@link GuidelineScope#document()}: ICH M3
 *   and S6 govern nonclinical studies). Not the protocol: outside-protocol, naming the document and why.</li>
 *   <li>Whether the protocol is a trial the guideline is written for ({@link GuidelineScope#trials()}): a
 *   first-in-human guideline asks nothing of a phase 3 trial. Unmet: not-applicable, naming the scope and the
 *   protocol's phase. A protocol whose phase is unknown meets every scope.</li>
 * </ol>
 * A document without a recorded scope is taken to address clinical protocols of every phase; its headings still
 * route a section that names another document.
 */
public final class ScopeGate {
    private ScopeGate() {}

    /** Where a sentence belongs when not to the protocol: the document and what says so. */
    public record Route(String document, String basis) {}

    private record HeadingRule(String document, Pattern cue) {}

    /** Headings naming a document, checked in this order; a heading naming patients' factors too is no signal. */
    private static final List<HeadingRule> HEADINGS = List.of(
            new HeadingRule("protocol", Pattern.compile("(?i)\\bprotocols?\\b|试验方案")),
            new HeadingRule("ib", Pattern.compile("(?i)investigator'?s brochure|研究者手册")),
            new HeadingRule("quality", Pattern.compile("(?i)chemistry,? manufacturing|\\bCMC\\b|quality aspects|"
                    + "^\\W*(?:[0-9IVXA-H]+\\W+)*quality\\b|product[- ]specific factors|药学研究|质量研究|生产工艺")),
            new HeadingRule("nonclinical", Pattern.compile("(?i)non-?clinical|preclinical|pharmacology and "
                    + "toxicology|toxicolog|animal (?:studies|models?)|非临床|临床前|药理毒理")));
    /** A heading's trailing colon and regulation citation ("[21 CFR 312.23(a)(7)]:"), left out of reasons. */
    private static final Pattern TRAILING = Pattern.compile("\\s*(?:\\[[^\\]]*\\])?\\s*:?$");
    private static final Pattern PATIENT = Pattern.compile("(?i)patient|患者");

    private static final Map<String, String> LABELS = Map.of(
            "application", "the IND or CTA application as a whole",
            "quality", "the quality dossier (IND CMC section, IMPD, CTD Module 3)",
            "nonclinical", "the nonclinical studies and their reports (IND pharmacology and toxicology section, "
                    + "CTD Module 4)",
            "ib", "the investigator's brochure",
            "rmp", "the risk management plan and pharmacovigilance (RMP)",
            "labelling", "the labelling",
            "inspection", "the records and conduct of regulatory inspections of the sponsor and sites");

    /** Routes do not depend on the protocol: worked out once per obligation. */
    private static final Map<String, Optional<Route>> ROUTES = new ConcurrentHashMap<>();

    /** The other document the obligation belongs to by its section's heading or its guideline's scope. */
    public static Optional<Route> route(Obligation o) {
        return ROUTES.computeIfAbsent(o.id() + "\n" + o.document().id() + "\n" + o.provision().section().headings(),
                k -> find(o));
    }

    private static Optional<Route> find(Obligation o) {
        List<String> headings = o.provision().section().headings();
        for (int i = headings.size() - 1; i >= 0; i--) {
            String h = headings.get(i);
            for (HeadingRule r : HEADINGS) {
                if (!r.cue().matcher(h).find()) continue;
                if (r.document().equals("quality") && PATIENT.matcher(h).find()) continue;
                if (r.document().equals("protocol")) return Optional.empty();
                return Optional.of(new Route(LABELS.get(r.document()), "by its section, \""
                        + TRAILING.matcher(h.strip()).replaceAll("") + "\""));
            }
        }
        GuidelineScope scope = o.document().scope();
        if (scope == null || scope.document().equals("protocol")) return Optional.empty();
        return Optional.of(new Route(LABELS.get(scope.document()), "by the guideline's own scope, "
                + (scope.section() == null ? "its title" : "§" + scope.section()) + ": "
                + shorten(scope.statement())));
    }

    /**
     * The reason the protocol is not a trial the guideline is written for ("scope: written for first-in-human and
     * phase 1 trials (§2); this protocol is phase 3"); empty when it is, or when its phase is unknown.
     */
    public static Optional<String> trialsUnmet(Obligation o, Profile profile) {
        GuidelineScope scope = o.document().scope();
        if (scope == null || scope.trials().isEmpty()) return Optional.empty();
        Set<String> ours = phases(profile.get("design"));
        if (ours.isEmpty()) return Optional.empty();
        Set<String> theirs = new LinkedHashSet<>(scope.trials());
        if (theirs.contains("first-in-human")) theirs.add("phase-1");
        for (String p : ours) if (theirs.contains(p)) return Optional.empty();
        return Optional.of("scope: the guideline is written for " + trials(scope.trials()) + " trials" + where(scope)
                + "; this protocol is " + describe(profile.get("design")));
    }

    /**
     * The reason a sentence of one marketed product's approval terms (a label: Kymriah's REMS, its postmarketing
     * study) binds nobody else: the protocol's own content names none of the products. Empty when it names one, or
     * when the document is a guideline.
     */
    public static Optional<String> productUnmet(Obligation o, String protocolText) {
        GuidelineScope scope = o.document().scope();
        if (scope == null || scope.products().isEmpty()) return Optional.empty();
        String text = protocolText.toLowerCase(Locale.ROOT);
        for (String p : scope.products()) if (text.contains(p.toLowerCase(Locale.ROOT))) return Optional.empty();
        return Optional.of("scope: the approval terms of one marketed product (" + String.join(", ", scope.products())
                + "), binding its holder; this protocol's product is another");
    }

    /** The phases a profile's design values name: phase-N, early-phase and dose-finding as phase 1. */
    static Set<String> phases(List<String> design) {
        Set<String> out = new LinkedHashSet<>();
        for (String d : design) {
            if (d.startsWith("phase-")) out.add(d);
            if (d.equals("early-phase") || d.equals("dose-finding")) out.add("phase-1");
        }
        // a confirmatory trial with no phase stated is a pivotal phase 2 or 3 one
        if (out.isEmpty() && design.contains("confirmatory")) out.addAll(List.of("phase-2", "phase-3"));
        return out;
    }

    private static String describe(List<String> design) {
        List<String> numbers = new ArrayList<>();
        for (String d : design) if (d.startsWith("phase-")) numbers.add(d.substring("phase-".length()));
        return numbers.isEmpty() ? "confirmatory" : "phase " + String.join("/", numbers);
    }

    private static String trials(List<String> trials) {
        List<String> out = new ArrayList<>();
        for (String t : trials) out.add(t.equals("first-in-human") ? "first-in-human" : t.replace('-', ' '));
        return String.join(" and ", out);
    }

    private static String where(GuidelineScope scope) {
        return scope.section() == null ? " (its title)" : " (its §" + scope.section() + ")";
    }

    private static String shorten(@Nullable String s) {
        if (s == null) return "";
        String t = s.strip();
        return "\"" + (t.length() > 140 ? t.substring(0, 137).strip() + "..." : t) + "\"";
    }

    /** The document label of a scope value, for tests and readers. */
    static String label(String document) {
        return LABELS.getOrDefault(document, document);
    }
}
