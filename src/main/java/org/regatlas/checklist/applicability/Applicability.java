package org.regatlas.checklist.applicability;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.regatlas.checklist.obligation.ConceptVocabulary;
import org.regatlas.model.Conditions;
import org.regatlas.model.Provision;

/**
 * Whether a provision applies to a protocol: compared dimension by dimension, only where both the provision and the
 * profile say something, a provision applies unless its values and the profile's share nothing. Values that answer
 * different questions are compared separately: a design is an arm structure (single-arm, randomized) and a stage
 * (early-phase, dose-finding, confirmatory); a product is an origin (autologous, allogeneic) and a modality (CAR-T,
 * CAR-NK, TCR-T). Families overlap: LBCL is a B-NHL; dose finding is early-phase; a provision naming acute
 * lymphoblastic leukaemia or lymphoma in general covers their B- and T-cell and large-cell forms.
 */
public final class Applicability {
    private Applicability() {}

    private static final Map<String, List<Set<String>>> FACETS = Map.of(
            "design", List.of(Set.of("single-arm", "randomized"), Set.of("early-phase", "dose-finding",
                    "confirmatory"), Set.of("phase-1", "phase-2", "phase-3", "phase-4")),
            "product", List.of(Set.of("autologous", "allogeneic"), Set.of("car-t", "car-nk", "tcr-t")));
    private static final Map<String, Set<String>> FAMILY = Map.of(
            "lbcl", Set.of("b-nhl"), "b-nhl", Set.of("lbcl"),
            "dose-finding", Set.of("early-phase"), "early-phase", Set.of("dose-finding"));
    private static final Pattern ALL_GENERIC = Pattern.compile(
            "(?<![BT]|[BT]细胞)急性淋巴细胞白血病|(?i:(?<![BT][- ]cell )acute lymphoblastic leuka?emia)");
    private static final Pattern LYMPHOMA_GENERIC = Pattern.compile(
            "非霍奇金淋巴瘤|(?<!霍奇金)淋巴瘤|\\bNHL\\b|(?i:\\blymphomas?\\b)");

    /** The reason the provision does not apply, naming the dimension; empty when it applies. */
    public static Optional<String> reasonNotApplicable(Provision p, Profile profile) {
        for (String dim : Conditions.DIMENSIONS) {
            Set<String> theirs = expand(provisionValues(p, dim));
            Set<String> ours = expand(new LinkedHashSet<>(profile.get(dim)));
            if (theirs.isEmpty() || ours.isEmpty()) continue;
            for (Set<String> facet : facets(dim, theirs, ours)) {
                Set<String> a = intersect(theirs, facet);
                Set<String> b = intersect(ours, facet);
                if (!a.isEmpty() && !b.isEmpty() && intersect(a, b).isEmpty()) {
                    return Optional.of(dim + ": applies to " + String.join(", ", original(p, dim, a))
                            + "; this protocol is "
                            + String.join(", ", original(profile.get(dim), b)));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The disease families a provision's text names, by provision: they do not depend on the protocol, and reading them
     * again for each of a checklist's obligations was most of this stage's time.
     */
    private static final Map<String, List<String>> FAMILIES = new ConcurrentHashMap<>();

    /** The provision's values, with the disease families its text names when it already names an indication. */
    private static Set<String> provisionValues(Provision p, String dim) {
        Set<String> out = new LinkedHashSet<>(p.conditions().get(dim));
        if (dim.equals("indication") && !out.isEmpty()) {
            out.addAll(FAMILIES.computeIfAbsent(p.id() + "\n" + p.text() + "\n" + p.textZh(), k -> families(p)));
        }
        return out;
    }

    private static List<String> families(Provision p) {
        String text = ConceptVocabulary.normalize(p.textZh() != null ? p.textZh() + " " + p.text() : p.text());
        List<String> out = new ArrayList<>();
        if (ALL_GENERIC.matcher(text).find()) out.addAll(List.of("b-all", "t-all"));
        if (LYMPHOMA_GENERIC.matcher(text).find()) out.addAll(List.of("b-nhl", "lbcl"));
        return List.copyOf(out);
    }

    private static List<Set<String>> facets(String dim, Set<String> a, Set<String> b) {
        List<Set<String>> out = new ArrayList<>(FACETS.getOrDefault(dim, List.of()));
        Set<String> covered = new LinkedHashSet<>();
        out.forEach(covered::addAll);
        Set<String> rest = new LinkedHashSet<>(a);
        rest.addAll(b);
        rest.removeAll(covered);
        if (!rest.isEmpty()) out.add(rest);
        return out;
    }

    private static Set<String> expand(Set<String> values) {
        Set<String> out = new LinkedHashSet<>(values);
        for (String v : values) out.addAll(FAMILY.getOrDefault(v, Set.of()));
        return out;
    }

    private static Set<String> intersect(Set<String> a, Set<String> b) {
        Set<String> out = new LinkedHashSet<>(a);
        out.retainAll(b);
        return out;
    }

    private static List<String> original(Provision p, String dim, Set<String> facetValues) {
        List<String> own = p.conditions().get(dim).stream().filter(facetValues::contains).toList();
        return own.isEmpty() ? List.copyOf(facetValues) : own;
    }

    private static List<String> original(List<String> values, Set<String> facetValues) {
        List<String> own = values.stream().filter(facetValues::contains).toList();
        return own.isEmpty() ? List.copyOf(facetValues) : own;
    }
}
