package org.regatlas.checklist;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A protocol checked against the corpus (DESIGN.md "Checklist JSON"): the protocol's title and sections, the profile
 * used, what the reader must know first ({@code warnings}), one item per obligation and the counts per status.
 */
public record Checklist(ProtocolSummary protocol, ProfileJson profile, List<ChecklistWarning> warnings,
                        List<ChecklistItem> items, Summary summary, long tookMs) {

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
        static ProfileJson of(Profile p) {
            List<String> j = p.jurisdictions().stream().map(Enum::name).sorted().toList();
            return new ProfileJson(j, p.dimensions(), p.modality(), p.inferred(), p.defaulted());
        }
    }

    /** Items per status. */
    public record Summary(int total, int addressed, int partial, int missing, int needsReview, int notApplicable,
                          int outsideProtocol) {
        static Summary of(List<ChecklistItem> items) {
            return new Summary(items.size(), count(items, ItemStatus.ADDRESSED), count(items, ItemStatus.PARTIAL),
                    count(items, ItemStatus.MISSING), count(items, ItemStatus.NEEDS_REVIEW),
                    count(items, ItemStatus.NOT_APPLICABLE), count(items, ItemStatus.OUTSIDE_PROTOCOL));
        }

        private static int count(List<ChecklistItem> items, ItemStatus s) {
            return (int) items.stream().filter(i -> i.status() == s).count();
        }
    }

    public Checklist {
        warnings = List.copyOf(warnings);
        items = List.copyOf(items);
    }
}
