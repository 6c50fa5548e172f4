package org.regatlas.checklist.layout;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regatlas.checklist.decide.ChecklistItem;
import org.regatlas.checklist.decide.ItemStatus;
import org.regatlas.model.Checks;

/**
 * One requirement of the checklist: equivalent obligations from CN, US, EU and international sources merged into one
 * row, each kept with its citation (DESIGN.md "Checklist JSON" {@code requirements}).
 *
 * @param key             stable within a checklist: the protocol-section kind and the first obligation's id
 * @param protocolSection the protocol-section kind the requirement belongs to
 * @param m11             the ICH M11 section number that kind falls under ({@link M11Order})
 * @param severity        how much the gap matters ({@link SeverityRule})
 * @param status          the least satisfied status among its obligations (its descriptive sentences count only when
 *                        it has no other)
 * @param suggestion      one line on what to add, built from the obligations' own unmet elements; null when there is
 *                        nothing to add
 * @param jurisdictions   the jurisdictions of its obligations, CN, EU, US, INTL order
 * @param obligations     the merged obligations, in checklist order
 */
public record Requirement(String key, String protocolSection, String m11, Severity severity, ItemStatus status,
                          @Nullable String suggestion, List<String> jurisdictions, List<ChecklistItem> obligations) {
    public Requirement {
        Checks.notBlank(key, "key");
        Checks.notNull(severity, "severity");
        Checks.notNull(status, "status");
        jurisdictions = List.copyOf(jurisdictions);
        obligations = List.copyOf(obligations);
        if (obligations.isEmpty()) throw new IllegalArgumentException("A requirement needs at least one obligation");
    }
}
