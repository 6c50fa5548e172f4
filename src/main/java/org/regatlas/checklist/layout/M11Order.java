package org.regatlas.checklist.layout;

import java.util.List;
import java.util.Map;

/**
 * The order of the protocol-section kinds in ICH M11 (CeSHarP, the harmonised protocol template): introduction, then
 * objectives and endpoints, design, population, intervention, assessments (efficacy, PK/PD, safety, long-term
 * follow-up), adverse-event reporting, statistics, oversight and other considerations. Requirements are grouped and
 * sorted by it so a reviewer reads them in the protocol's own order.
 */
public final class M11Order {
    private M11Order() {}

    /** A protocol-section kind's place: the M11 section number and heading it belongs under. */
    public record Place(int rank, String m11, String heading) {}

    private static final List<String> KINDS = List.of("background", "objectives-endpoints", "design", "population",
            "prior-therapy", "apheresis-manufacturing", "bridging", "lymphodepletion", "intervention", "dose",
            "efficacy-assessment", "pk-pd", "safety-monitoring", "toxicity-management", "ltfu", "regulatory-reporting",
            "statistics", "oversight", "site-investigator", "ethics-consent", "risk-management");
    private static final Map<String, String[]> SECTION = Map.ofEntries(
            Map.entry("background", new String[] {"2", "Introduction"}),
            Map.entry("objectives-endpoints", new String[] {"3", "Objectives, endpoints and estimands"}),
            Map.entry("design", new String[] {"4", "Trial design"}),
            Map.entry("population", new String[] {"5", "Trial population"}),
            Map.entry("prior-therapy", new String[] {"5", "Trial population"}),
            Map.entry("apheresis-manufacturing", new String[] {"6", "Trial intervention and concomitant therapy"}),
            Map.entry("bridging", new String[] {"6", "Trial intervention and concomitant therapy"}),
            Map.entry("lymphodepletion", new String[] {"6", "Trial intervention and concomitant therapy"}),
            Map.entry("intervention", new String[] {"6", "Trial intervention and concomitant therapy"}),
            Map.entry("dose", new String[] {"6", "Trial intervention and concomitant therapy"}),
            Map.entry("efficacy-assessment", new String[] {"8", "Trial assessments and procedures"}),
            Map.entry("pk-pd", new String[] {"8", "Trial assessments and procedures"}),
            Map.entry("safety-monitoring", new String[] {"8", "Trial assessments and procedures"}),
            Map.entry("toxicity-management", new String[] {"8", "Trial assessments and procedures"}),
            Map.entry("ltfu", new String[] {"8", "Trial assessments and procedures"}),
            Map.entry("regulatory-reporting", new String[] {"9", "Adverse events and special safety situations"}),
            Map.entry("statistics", new String[] {"10", "Statistical considerations"}),
            Map.entry("oversight", new String[] {"11", "Trial oversight and other general considerations"}),
            Map.entry("site-investigator", new String[] {"11", "Trial oversight and other general considerations"}),
            Map.entry("ethics-consent", new String[] {"11", "Trial oversight and other general considerations"}),
            Map.entry("risk-management", new String[] {"11", "Trial oversight and other general considerations"}));

    /** The kind's place; kinds the template does not name go last. */
    public static Place of(String kind) {
        int i = KINDS.indexOf(kind);
        String[] s = SECTION.get(kind);
        return s == null ? new Place(KINDS.size(), "12", "Other") : new Place(i, s[0], s[1]);
    }
}
