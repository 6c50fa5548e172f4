package org.regatlas.checklist.obligation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a protocol must state to meet one obligation, worked out from the provision's wording.
 *
 * <p>Each {@link Group} is one duty: the clause carrying the obligation's modal cue together with the clauses that
 * lead up to it (its subject: 桥接治疗与白细胞单采…之间，有必要设置合理的洗脱期), or a later clause (a further duty:
 * 并在…前再次评估肿瘤基线). Within a group, single concepts must be stated together (in one passage: a paragraph and its
 * neighbours); concepts listed in an enumeration (CRS、ICANS、TLS、MAS 等) may each be stated anywhere in the same chapter;
 * concepts offered as alternatives (IRC 或中心实验室, PFS 或 EFS 等, in children or adults) are met by any one of them
 * stated with the singles; two concepts joined by 与/和/and are a relation and must be stated together. Concepts in rationale or condition
 * clauses (由于…, 如果…, 为了…, 例如…, 可能导致…) are context: they help find the passage but are not required.
 *
 * @param anchors       the concepts of the clause carrying the modal cue (or, when that clause names none, of the
 *                      first duty): what the obligation is about
 * @param anchorsStated whether the anchors come from the clause carrying the modal cue itself
 * @param primary       the first taxonomy or checklist concept at or after the modal cue (the object of 应设置,
 *                      可考虑给予...): the obligation is missing when the protocol never states it; null when none
 * @param context       concepts named only as rationale or condition
 * @param triggers      concepts of the condition clauses (如果…, if…) on what the trial does, not on what befalls a
 *                      subject: what makes the duty arise
 */
public record Elements(List<Group> groups, List<String> anchors, boolean anchorsStated, @Nullable String primary,
                       List<String> context, List<String> triggers) {
    /**
     * One duty.
     *
     * @param singles      concepts that must be stated together
     * @param enumerations lists of concepts that may be stated one by one within the chapter
     * @param alternatives lists of concepts joined by 或/or: one of each list, stated with the singles, meets it
     * @param quantities   numbers the passage must state with the singles
     * @param text         the duty's clauses, as worded
     */
    public record Group(List<String> singles, List<List<String>> enumerations, List<List<String>> alternatives,
                        List<Quantity> quantities, String text) {
        public Group {
            singles = List.copyOf(singles);
            enumerations = enumerations.stream().map(List::copyOf).toList();
            alternatives = alternatives.stream().map(List::copyOf).toList();
            quantities = List.copyOf(quantities);
        }

        public Group(List<String> singles, List<List<String>> enumerations, List<Quantity> quantities, String text) {
            this(singles, enumerations, List.of(), quantities, text);
        }

        public Group(List<String> singles, List<List<String>> enumerations, List<Quantity> quantities) {
            this(singles, enumerations, List.of(), quantities, "");
        }

        Group withSingles(List<String> newSingles) {
            return new Group(newSingles, enumerations, alternatives, quantities, text);
        }

        public List<String> concepts() {
            Set<String> out = new LinkedHashSet<>(singles);
            enumerations.forEach(out::addAll);
            alternatives.forEach(out::addAll);
            return List.copyOf(out);
        }

        /** The alternatives {@code concept} is one of, with itself; empty when it is no alternative. */
        public List<String> alternativesTo(String concept) {
            for (List<String> list : alternatives) if (list.contains(concept)) return list;
            return List.of();
        }

        public boolean isEmpty() {
            return singles.isEmpty() && enumerations.isEmpty() && alternatives.isEmpty() && quantities.isEmpty();
        }
    }

    public Elements {
        groups = List.copyOf(groups);
        anchors = List.copyOf(anchors);
        context = List.copyOf(context);
        triggers = List.copyOf(triggers);
    }

    public Elements(List<Group> groups, List<String> anchors, boolean anchorsStated, @Nullable String primary,
             List<String> context) {
        this(groups, anchors, anchorsStated, primary, context, List.of());
    }

    /** Every required concept, in order of mention. */
    public List<String> required() {
        Set<String> out = new LinkedHashSet<>();
        for (Group g : groups) out.addAll(g.concepts());
        return List.copyOf(out);
    }

    /** Required and context concepts: the terms the evidence search looks for. */
    public List<String> all() {
        List<String> out = new ArrayList<>(required());
        for (String c : context) if (!out.contains(c)) out.add(c);
        return out;
    }

    public boolean isEmpty() {
        return groups.stream().allMatch(Group::isEmpty);
    }

    /**
     * Whether a concept must be stated for the obligation to be met: taxonomy topics and the checklist's own terms.
     * Glossary concepts ({@code g:}) are finer-grained wording ("continuous monitoring", "individual level"): they are
     * looked for and reported, but only decide a duty that names nothing else.
     */
    public static boolean core(String conceptId) {
        return !conceptId.startsWith("g:");
    }
}
