package org.regatlas.checklist.layout;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.regatlas.checklist.applicability.Modality;
import org.regatlas.checklist.applicability.Profile;
import org.regatlas.checklist.decide.ChecklistItem;
import org.regatlas.checklist.decide.ItemStatus;
import org.regatlas.checklist.structure.ChecklistWarning;

/**
 * A protocol checked against the corpus (DESIGN.md "Checklist JSON"): the protocol's title and sections, the profile
 * used, what the reader must know first ({@code warnings}), one item per obligation and the counts per status.
 */
public record Checklist(ProtocolSummary protocol, ProfileJson profile, List<ChecklistWarning> warnings,
                        List<Requirement> requirements, List<ChecklistItem> items, Summary summary, long tookMs) {

    /** The protocol as the checklist shows it; {@code pages} is null for formats without pages. */
    public record ProtocolSummary(String file, String title, @Nullable Integer pages, List<SectionJson> sections) {}

    /**
     * One section: printed number, heading, kind (null when the heading names none) and the PDF page its heading
     * stands on (null for formats without pages).
     */
    public record SectionJson(String number, String heading, @Nullable String kind, @Nullable Integer page) {}

    /** The profile: jurisdictions, condition values, modality, and which fields were inferred or defaulted. */
    public record ProfileJson(List<String> jurisdictions, Map<String, List<String>> conditions,
                              List<Modality> modality, List<String> inferred, List<String> defaulted) {
        public static ProfileJson of(Profile p) {
            List<String> j = p.jurisdictions().stream().map(Enum::name).sorted().toList();
            return new ProfileJson(j, p.dimensions(), p.modality(), p.inferred(), p.defaulted());
        }
    }

    /**
     * Items per status, then the requirements: how many, per status, the open ones per severity, and the top gaps
     * (open requirements, most severe first).
     */
    public record Summary(int total, int addressed, int partial, int missing, int needsReview, int notApplicable,
                          int outsideProtocol, int requirements, Map<String, Integer> requirementsByStatus,
                          Map<String, Integer> openBySeverity, List<Gap> topGaps) {
        /** How many top gaps the summary lists. */
        static final int TOP_GAPS = 10;

        /** One open requirement as the summary lists it. */
        public record Gap(String key, Severity severity, ItemStatus status, String protocolSection,
                          @Nullable String suggestion, String citation) {}

        public Summary {
            // In the order given (status then severity order): Map.copyOf iterates in an order that changes from one
            // JVM to the next, so the same protocol's JSON, Markdown, HTML and XLSX summaries differed between runs.
            requirementsByStatus = Collections.unmodifiableMap(new LinkedHashMap<>(requirementsByStatus));
            openBySeverity = Collections.unmodifiableMap(new LinkedHashMap<>(openBySeverity));
            topGaps = List.copyOf(topGaps);
        }

        public static Summary of(List<ChecklistItem> items) {
            return of(items, List.of());
        }

        public static Summary of(List<ChecklistItem> items, List<Requirement> requirements) {
            Map<String, Integer> byStatus = new LinkedHashMap<>();
            for (ItemStatus st : ItemStatus.values()) byStatus.put(st.wireName(), 0);
            Map<String, Integer> bySeverity = new LinkedHashMap<>();
            for (Severity sv : Severity.values()) bySeverity.put(sv.wireName(), 0);
            for (Requirement r : requirements) {
                byStatus.merge(r.status().wireName(), 1, Integer::sum);
                if (SeverityRule.open(r.status())) bySeverity.merge(r.severity().wireName(), 1, Integer::sum);
            }
            List<Gap> gaps = requirements.stream().filter(r -> SeverityRule.open(r.status()))
                    .sorted(java.util.Comparator.comparing(Requirement::severity)
                            .thenComparingInt(r -> RequirementGrouper.rank(r.status())))
                    .limit(TOP_GAPS)
                    .map(r -> new Gap(r.key(), r.severity(), r.status(), r.protocolSection(), r.suggestion(),
                            gapCitation(r)))
                    .toList();
            return new Summary(items.size(), count(items, ItemStatus.ADDRESSED), count(items, ItemStatus.PARTIAL),
                    count(items, ItemStatus.MISSING), count(items, ItemStatus.NEEDS_REVIEW),
                    count(items, ItemStatus.NOT_APPLICABLE), count(items, ItemStatus.OUTSIDE_PROTOCOL),
                    requirements.size(), byStatus, bySeverity, gaps);
        }

        /**
         * A gap cites an obligation that is open as the requirement is (not a merged one set aside by its scope), the
         * one that shows it ({@link RequirementGrouper#shown}).
         */
        private static String gapCitation(Requirement r) {
            return RequirementGrouper.shown(r.obligations(), r.status()).citation();
        }

        private static int count(List<ChecklistItem> items, ItemStatus s) {
            return (int) items.stream().filter(i -> i.status() == s).count();
        }
    }

    public Checklist {
        warnings = List.copyOf(warnings);
        requirements = List.copyOf(requirements);
        items = List.copyOf(items);
    }
}
