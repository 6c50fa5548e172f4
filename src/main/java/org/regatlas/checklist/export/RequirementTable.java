package org.regatlas.checklist.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.regatlas.checklist.decide.ChecklistItem;
import org.regatlas.checklist.decide.Citation;
import org.regatlas.checklist.layout.Checklist;
import org.regatlas.checklist.layout.M11Order;
import org.regatlas.checklist.layout.Requirement;

/**
 * The checklist as a consultant's table, one row per requirement in ICH M11 order, shared by the CSV, XLSX, Markdown
 * and HTML exports: the M11 section and protocol-section kind, severity, status, the requirement's text (English where
 * there is one), one column per jurisdiction holding each merged obligation's status, citation and link, what to add,
 * the protocol's evidence with section and page, and empty reviewer columns.
 */
final class RequirementTable {
    private RequirementTable() {}

    static final List<String> JURISDICTIONS = List.of("CN", "EU", "US", "INTL");
    static final List<String> HEADERS = List.of("#", "ICH M11 section", "Protocol section", "Severity", "Status",
            "Requirement", "CN", "EU", "US", "INTL", "What to add", "Protocol evidence", "Reviewer decision",
            "Reviewer comment");
    /** Column indexes the exports style. */
    static final int SEVERITY = 3;
    static final int STATUS = 4;
    static final int DECISION = 12;
    /** The choices of the reviewer-decision drop-down. */
    static final List<String> DECISIONS = List.of("Agree", "Gap confirmed", "Not a gap", "Not applicable",
            "Ask sponsor");

    static List<List<String>> rows(Checklist c) {
        List<List<String>> out = new ArrayList<>();
        int n = 0;
        for (Requirement r : c.requirements()) {
            List<String> row = new ArrayList<>();
            M11Order.Place place = M11Order.of(r.protocolSection());
            row.add(String.valueOf(++n));
            row.add(place.m11() + " " + place.heading());
            row.add(r.protocolSection());
            row.add(r.severity().wireName());
            row.add(r.status().wireName());
            row.add(text(r.obligations().get(0)));
            for (String j : JURISDICTIONS) row.add(citations(r, j));
            row.add(r.suggestion() == null ? "" : r.suggestion());
            row.add(evidence(r));
            row.add("");
            row.add("");
            out.add(row);
        }
        return out;
    }

    /**
     * An obligation's text in both languages where the corpus has both: the official (or digest) wording first, the
     * words a reviewer cites, then its other language, labelled when it is the team's translation. The item rows
     * ({@link ChecklistTable}) show it the same way.
     */
    static String text(ChecklistItem i) {
        String out = i.text();
        if (i.textEn() != null) {
            out += "\n" + (i.translated().contains("en") ? "[" + Citation.UNOFFICIAL + "] " : "") + i.textEn();
        }
        if (i.textZh() != null) {
            out += "\n" + (i.translated().contains("zh") ? "[" + Citation.UNOFFICIAL_ZH + "] " : "") + i.textZh();
        }
        return out;
    }

    /** Each obligation of one jurisdiction: "[status] citation link", one per line. */
    static String citations(Requirement r, String jurisdiction) {
        return r.obligations().stream().filter(i -> i.source().jurisdiction().equals(jurisdiction))
                .map(i -> "[" + i.status().wireName() + "] " + i.citation()
                        + (i.source().url() == null ? "" : " " + i.source().url()))
                .collect(Collectors.joining("\n"));
    }

    /** The first quotes of the requirement's obligations, each with its protocol section. */
    static String evidence(Requirement r) {
        return String.join("\n", quotes(r));
    }

    /** The first three distinct quotes, each led by its protocol section ("§5.2: ..."). */
    static List<String> quotes(Requirement r) {
        return r.obligations().stream().flatMap(i -> i.evidence().stream())
                .map(e -> (e.section().isEmpty() || !Character.isDigit(e.section().charAt(0)) ? e.section()
                        : "§" + e.section()) + ": " + e.quote())
                .distinct().limit(3).toList();
    }

    /** The summary a consultant puts first (after the warnings, which every export shows): counts and top gaps. */
    static List<String> summaryLines(Checklist c) {
        Checklist.Summary s = c.summary();
        List<String> out = new ArrayList<>();
        out.add(s.requirements() + " requirements from " + s.total() + " obligations; by status: "
                + counts(s.requirementsByStatus()) + "; open gaps by severity: " + counts(s.openBySeverity()));
        int k = 0;
        for (Checklist.Summary.Gap g : s.topGaps()) {
            out.add("Top gap " + (++k) + " [" + g.severity().wireName() + ", " + g.status().wireName() + ", "
                    + g.protocolSection() + "]: " + (g.suggestion() == null ? "review the protocol" : g.suggestion())
                    + " (" + g.citation() + ")");
        }
        return out;
    }

    private static String counts(Map<String, Integer> m) {
        return m.entrySet().stream().filter(e -> e.getValue() > 0).map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
    }
}
