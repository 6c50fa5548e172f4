package org.regatlas.checklist.export;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.regatlas.checklist.applicability.Modality;
import org.regatlas.checklist.decide.ChecklistItem;
import org.regatlas.checklist.decide.Citation;
import org.regatlas.checklist.evidence.Evidence;
import org.regatlas.checklist.layout.Checklist;

/**
 * The checklist as a table, one row per obligation, shared by the CSV, XLSX, Markdown and HTML exports so every
 * format shows the same columns: status, jurisdiction, document, version/status, guideline section, provision,
 * strength, obligation, protocol section kind, evidence section, evidence quote, reason, and empty Reviewer and
 * Sign-off columns for the people who check the result.
 */
final class ChecklistTable {
    private ChecklistTable() {}

    static final List<String> HEADERS = List.of("#", "Status", "Jurisdiction", "Document", "Version / status",
            "Guideline section", "Provision ID", "Strength", "Obligation", "Protocol section", "Evidence section",
            "Evidence quote", "Reason", "Secondary", "Reviewer", "Sign-off");

    /** Column index of the status, for colouring. */
    static final int STATUS = 1;

    static List<List<String>> rows(Checklist checklist) {
        List<List<String>> out = new ArrayList<>();
        int n = 0;
        for (ChecklistItem i : checklist.items()) {
            Citation c = i.source();
            String text = RequirementTable.text(i);
            String sections = i.evidence().stream().map(Evidence::section).distinct().collect(Collectors.joining("; "));
            String quotes = i.evidence().stream().map(e -> "[" + e.section() + "] " + e.quote())
                    .collect(Collectors.joining("\n"));
            String reason = i.reason() + (i.caveat() == null ? "" : " " + i.caveat());
            out.add(List.of(String.valueOf(++n), i.status().wireName(), c.jurisdiction(),
                    c.document() + " [" + c.agency() + "]", version(c), c.section() == null ? "" : c.section(),
                    i.provisionId(), strength(i), text, i.protocolSection(), sections, quotes, reason,
                    i.secondary() ? "yes" : "", "", ""));
        }
        return out;
    }

    /** Status, date and reference of the document; digests say so. */
    private static String version(Citation c) {
        return c.documentStatus() + (c.issued() == null ? "" : ", " + c.issued())
                + (c.reference() == null ? "" : ", " + c.reference())
                + ("digest".equals(c.provenance()) ? " (digest)" : "");
    }

    /** The provision's strength, with how it entered the checklist when that differs (MAY → consider). */
    private static String strength(ChecklistItem i) {
        boolean differs = "consider".equals(i.level()) || "expected".equals(i.level());
        return i.strength() + (differs ? " (" + i.level() + ")" : "");
    }

    /** One-line summary of the profile, for the header of the text exports. */
    static String profileLine(Checklist c) {
        List<String> parts = new ArrayList<>();
        parts.add("jurisdictions " + String.join(", ", c.profile().jurisdictions()));
        c.profile().conditions().forEach((k, v) -> parts.add(k + " " + String.join(", ", v)
                + (c.profile().inferred().contains(k) ? " (inferred)" : "")));
        if (!c.profile().modality().isEmpty()) {
            parts.add("modality " + String.join(", ", c.profile().modality().stream().map(Modality::wireName).toList())
                    + (c.profile().inferred().contains("modality") ? " (inferred)" : ""));
        }
        return String.join("; ", parts);
    }

    static String summaryLine(Checklist c) {
        Checklist.Summary s = c.summary();
        return s.total() + " obligations: " + s.addressed() + " addressed, " + s.partial() + " partial, " + s.missing()
                + " missing, " + s.needsReview() + " need review, " + s.notApplicable() + " not applicable, "
                + s.outsideProtocol() + " outside the protocol";
    }

    /** The warnings as lines ("Warning (not-cell-therapy): ..."), for the header of every export. */
    static List<String> warningLines(Checklist c) {
        return c.warnings().stream().map(w -> "Warning (" + w.code() + "): " + w.message()).toList();
    }
}
