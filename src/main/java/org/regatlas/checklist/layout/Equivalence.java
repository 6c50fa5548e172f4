package org.regatlas.checklist.layout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.regatlas.checklist.obligation.Obligation;
import org.regatlas.checklist.obligation.Quantity;
import org.regatlas.model.Provision;

/**
 * Whether two obligations ask for the same thing, judged from their content alone: they map to a common
 * protocol-section kind, name mostly the same taxonomy concepts (topics and required elements; glossary wording and
 * the checklist's own terms aside), and set no conflicting duration ("15 years" is not "lifelong"). Two obligations
 * that set the same duration need share only one concept ("15-year LTFU" in an FDA guidance, a PMR and a review).
 */
final class Equivalence {
    /** Share of shared concepts (Jaccard) above which two obligations are one requirement. */
    static final double MIN_OVERLAP = 0.5;
    private static final Pattern REST_OF_LIFE = Pattern.compile("(?i)rest of (?:their|the patient'?s|his or her) "
            + "li(?:fe|ves)|throughout (?:their|the patient'?s) li(?:fe|ves)");

    /** What is compared of one obligation. */
    record Signature(Set<String> kinds, Set<String> concepts, Set<String> durations) {}

    private Equivalence() {}

    static Signature of(Obligation o) {
        Provision p = o.provision();
        Set<String> concepts = new LinkedHashSet<>(p.topics());
        for (String c : o.elements().required()) {
            if (!c.startsWith("g:") && !c.startsWith("x:")) concepts.add(c);
        }
        return new Signature(Set.copyOf(o.kinds()), Set.copyOf(concepts), durations(p));
    }

    /** The durations an obligation sets ("15 years", "lifelong"), normalized ({@code 15 YEARS}). */
    static Set<String> durations(Provision p) {
        String text = p.text() + (p.textEn() == null ? "" : "\n" + p.textEn());
        Set<String> out = new HashSet<>();
        for (Quantity q : Quantity.in(text)) {
            switch (q.unit()) {
                case YEARS, MONTHS, WEEKS, DAYS -> out.add(Math.round(q.value()) + " " + q.unit());
                case LIFELONG -> out.add("LIFELONG");
                default -> { }
            }
        }
        if (REST_OF_LIFE.matcher(text).find()) out.add("LIFELONG");
        return out;
    }

    static boolean equivalent(Signature a, Signature b) {
        if (a.concepts().isEmpty() || b.concepts().isEmpty()) return false;
        if (a.kinds().stream().noneMatch(b.kinds()::contains)) return false;
        if (conflict(a.durations(), b.durations())) return false;
        int shared = 0;
        for (String c : a.concepts()) if (b.concepts().contains(c)) shared++;
        if (shared == 0) return false;
        int union = a.concepts().size() + b.concepts().size() - shared;
        boolean sameDuration = !a.durations().isEmpty() && a.durations().equals(b.durations());
        return sameDuration || (double) shared / union >= MIN_OVERLAP;
    }

    /** Two obligations that both set a duration and set different ones ask for different things. */
    static boolean conflict(Set<String> a, Set<String> b) {
        return !a.isEmpty() && !b.isEmpty() && a.stream().noneMatch(b::contains);
    }

    /** The durations of a group, for checking a newcomer against every member's. */
    static List<Set<String>> durationsOf(List<Signature> members) {
        List<Set<String>> out = new ArrayList<>();
        for (Signature s : members) if (!s.durations().isEmpty()) out.add(s.durations());
        return out;
    }
}
