package org.regatlas.checklist.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.regatlas.checklist.decide.ChecklistItem;
import org.regatlas.checklist.decide.Decider;
import org.regatlas.checklist.decide.ItemStatus;
import org.regatlas.checklist.obligation.Obligation;
import org.regatlas.model.Strength;

/**
 * Merges the checklist's items into requirements: each item joins the first earlier requirement at least half of
 * whose obligations it is {@link Equivalence equivalent} to (and none of whose durations it contradicts), else starts
 * one. Asking for most members rather than one keeps a chain of near-misses (A like B, B like C) from becoming one
 * requirement.
 * Requirements are then sorted in ICH M11 order ({@link M11Order}), most severe first within a section.
 */
public final class RequirementGrouper {
    private RequirementGrouper() {}

    private static final List<String> STATUS_ORDER = List.of("missing", "partial", "needs-review", "addressed",
            "outside-protocol", "not-applicable");
    private static final List<String> JURISDICTIONS = List.of("CN", "EU", "US", "INTL");

    private static final class Group {
        final List<ChecklistItem> items = new ArrayList<>();
        final List<Equivalence.Signature> signatures = new ArrayList<>();
        final int first;

        Group(int first) {
            this.first = first;
        }
    }

    /** The items, each with its suggestion, in checklist order; and the requirements they form. */
    public record Grouped(List<ChecklistItem> items, List<Requirement> requirements) {}

    /**
     * The requirements of {@code items}; {@code obligations} holds each item's obligation by provision id and
     * {@code suggestions} writes each open item's "what to add".
     */
    public static Grouped group(List<ChecklistItem> items, Map<String, Obligation> obligations,
            Suggestions suggestions) {
        List<ChecklistItem> withSuggestions = new ArrayList<>();
        List<Group> groups = new ArrayList<>();
        for (int n = 0; n < items.size(); n++) {
            ChecklistItem item = items.get(n);
            Obligation o = obligations.get(item.provisionId());
            Equivalence.Signature sig = Equivalence.of(o);
            Group home = null;
            for (Group g : groups) {
                if (joins(g, sig)) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                home = new Group(n);
                groups.add(home);
            }
            String s = suggestions.of(item, o);
            ChecklistItem shown = s == null ? item : item.withSuggestion(s);
            withSuggestions.add(shown);
            home.items.add(shown);
            home.signatures.add(sig);
        }
        List<Requirement> out = new ArrayList<>();
        Map<Requirement, Integer> first = new java.util.IdentityHashMap<>();
        for (Group g : groups) {
            Requirement r = requirement(g);
            out.add(r);
            first.put(r, g.first);
        }
        out.sort(Comparator.comparingInt((Requirement r) -> M11Order.of(r.protocolSection()).rank())
                .thenComparing(Requirement::severity)
                .thenComparingInt(r -> rank(r.status()))
                .thenComparingInt(first::get));
        return new Grouped(withSuggestions, out);
    }

    private static boolean joins(Group g, Equivalence.Signature sig) {
        for (Set<String> d : Equivalence.durationsOf(g.signatures)) {
            if (Equivalence.conflict(d, sig.durations())) return false;
        }
        long alike = g.signatures.stream().filter(s -> Equivalence.equivalent(s, sig)).count();
        return alike > 0 && 2 * alike >= g.signatures.size();      // most members, so chains of near-misses stay apart
    }

    private static Requirement requirement(Group g) {
        ChecklistItem lead = g.items.get(0);
        int worst = Integer.MAX_VALUE;
        ItemStatus status = lead.status();
        // a descriptive sentence merged with obligations does not set their status: "safety risk management is one of
        // the most critical considerations" unstated does not make a partly met duty on the same subject missing
        boolean normative = !g.items.stream().allMatch(SeverityRule::descriptive);
        for (ChecklistItem i : g.items) {
            if (normative && SeverityRule.descriptive(i)) continue;
            if (rank(i.status()) < worst) {
                worst = rank(i.status());
                status = i.status();
            }
        }
        String kind = lead.protocolSection();
        String suggestion = shown(g.items, status).suggestion();
        Set<String> js = new TreeSet<>(Comparator.comparingInt(JURISDICTIONS::indexOf));
        for (ChecklistItem i : g.items) js.add(i.source().jurisdiction());
        return new Requirement(kind + ":" + lead.provisionId(), kind, M11Order.of(kind).m11(),
                SeverityRule.of(status, kind, g.items), status, suggestion, List.copyOf(js), g.items);
    }

    /**
     * The obligation a requirement of status {@code status} is shown by (its suggestion, its top gap's citation): of
     * those with that status, the first with a part the protocol states nowhere, else the first; the strongest first.
     * A requirement held open by a MUST with a part missing is not shown by a SHOULD whose parts are all there.
     */
    static ChecklistItem shown(List<ChecklistItem> members, ItemStatus status) {
        ChecklistItem best = null;
        for (ChecklistItem i : members) {
            if (i.status() != status) continue;
            if (best == null || showsBetter(i, best)) best = i;
        }
        return best != null ? best : members.get(0);
    }

    private static boolean showsBetter(ChecklistItem a, ChecklistItem b) {
        boolean apartA = Decider.statedApart(a);
        boolean apartB = Decider.statedApart(b);
        if (apartA != apartB) return !apartA;
        return Strength.valueOf(a.strength()).compareTo(Strength.valueOf(b.strength())) < 0;
    }

    /** Least satisfied first: missing, partial, needs-review, addressed, outside-protocol, not-applicable. */
    static int rank(ItemStatus s) {
        int i = STATUS_ORDER.indexOf(s.wireName());
        return i < 0 ? STATUS_ORDER.size() : i;
    }
}
