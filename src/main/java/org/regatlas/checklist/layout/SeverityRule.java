package org.regatlas.checklist.layout;

import java.util.List;
import java.util.Set;
import org.regatlas.checklist.decide.ChecklistItem;
import org.regatlas.checklist.decide.Decider;
import org.regatlas.checklist.decide.ItemStatus;
import org.regatlas.checklist.obligation.ObligationLevel;

/**
 * Derives a requirement's {@link Severity} (README "Checklist"). Only an open gap (missing, partial, needs-review)
 * can be more than minor. Points add up:
 * <ul>
 *   <li>strength of its strongest primary obligation: MUST 2, SHOULD 1, MAY or descriptive 0; a requirement stated
 *   only by secondary sources (review articles, analogies) takes one point less;</li>
 *   <li>topic: +1 when it protects participants (eligibility, bridging and lymphodepletion, toxicity, safety
 *   monitoring and reporting, long-term follow-up, site readiness);</li>
 *   <li>status: +1 when missing (a partial or unreviewed one is already partly there or unknown).</li>
 * </ul>
 * Four points or more is critical, two or three major, less minor: a missing MUST on a safety topic is critical, a
 * missing SHOULD on design is major, a partial SHOULD on statistics is minor. A requirement whose open obligations
 * are all descriptive sentences ({@code expected}), or partly met with every unmet part stated in another section
 * ({@link Decider#statedApart}), is minor whatever its points.
 */
final class SeverityRule {
    private SeverityRule() {}

    static final Set<String> SAFETY = Set.of("population", "prior-therapy", "bridging", "lymphodepletion",
            "safety-monitoring", "toxicity-management", "regulatory-reporting", "ltfu", "site-investigator");
    private static final Set<String> OPEN = Set.of("missing", "partial", "needs-review");

    static Severity of(ItemStatus status, String protocolSection, List<ChecklistItem> members) {
        if (!OPEN.contains(status.wireName())) return Severity.MINOR;
        // a sentence that only describes (what is usual, what matters most) asks no amendment: its gap is the
        // reviewer's to weigh, never one to act on first
        if (members.stream().filter(i -> open(i.status())).allMatch(SeverityRule::descriptive)) return Severity.MINOR;
        // every part stated, some in other sections than the rest: for the reviewer to confirm, not to amend first
        if (members.stream().filter(i -> open(i.status())).allMatch(Decider::statedApart)) return Severity.MINOR;
        int points = strength(members) + (SAFETY.contains(protocolSection) ? 1 : 0)
                + ("missing".equals(status.wireName()) ? 1 : 0);
        return points >= 4 ? Severity.CRITICAL : points >= 2 ? Severity.MAJOR : Severity.MINOR;
    }

    /** Whether an item is a descriptive sentence with an expectation cue ({@link ObligationLevel#EXPECTED}). */
    static boolean descriptive(ChecklistItem i) {
        return ObligationLevel.EXPECTED.wireName().equals(i.level());
    }

    /** Whether a status is an open gap a reviewer has to act on. */
    static boolean open(ItemStatus status) {
        return OPEN.contains(status.wireName());
    }

    private static int strength(List<ChecklistItem> members) {
        int primary = -1;
        int any = 0;
        for (ChecklistItem i : members) {
            if (!open(i.status())) continue;
            int p = switch (i.strength()) {
                case "MUST" -> 2;
                case "SHOULD" -> 1;
                default -> 0;
            };
            if ("consider".equals(i.level()) || descriptive(i)) p = Math.min(p, 0);
            any = Math.max(any, p);
            if (!i.secondary()) primary = Math.max(primary, p);
        }
        return primary >= 0 ? primary : Math.max(0, any - 1);
    }
}
