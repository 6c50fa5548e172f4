package org.regatlas.checklist.obligation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.regatlas.model.Provision;
import org.regatlas.model.Strength;
import org.regatlas.parse.StrengthRules;

/**
 * Works out an obligation's {@link Elements} from its provision's wording (both languages for digests): splits the
 * sentence into clauses outside brackets, sets rationale and condition clauses aside, finds the clause that carries
 * the modal cue (or, for descriptive sentences kept as expectations, the {@link ExpectationCues} cue), builds the duty
 * groups around it and finds enumerations and quantities. Only concepts a protocol can state count ({@link
 * Concept#checkable()}). Thread-safe.
 */
public final class ElementExtractor {
    private static final Pattern CONTEXT = Pattern.compile(
            "^(?:因此|此外|同时|另外|然而|而且?|但|并且?)?\\s*(?:由于|因为|鉴于|考虑到|如果|若|倘若|假如|如|当|对于|针对|为了|为使|为|例如|比如|"
                    + "以(?!及|上|下|前|后|内|外)|从而|以便|以期|更全面|"
                    + "(?i:because|since|given|if|when|where|for example|e\\.g\\.|such as|in order to|to (?!the\\b)))");
    private static final Pattern CONDITION_END = Pattern.compile("(?:时|情况下|前提下|之前|之后|过程中)$");
    /** Before the obligation's own clause, a statement of what may happen is its rationale (可能导致 CRS、ICANS…). */
    private static final Pattern RATIONALE = Pattern.compile(
            "可能(?:导致|引起|会|增加|出现)|(?i:\\bmay (?:cause|lead to|result in)\\b)");
    /** What may separate two listed concepts. */
    private static final Pattern LIST_GAP = Pattern.compile(
            "^[\\s、，,/和及与或以及等（）()\\[\\]：:]*(?:(?i:and|or|and/or|as well as))?[\\s、，,/和及与或以及等（）()]*$");
    /** A list proper: items separated by 、 or commas, or closed by 等 ("CRS、ICANS、TLS 等"); "A 与 B" is a relation. */
    private static final Pattern LIST_MARK = Pattern.compile("[、，,]|等");

    private final ConceptVocabulary vocabulary;

    public ElementExtractor(ConceptVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The elements of {@code provision}, read from its text (and its English text for digests). */
    Elements extract(Provision provision) {
        String text = provision.textEn() != null && provision.textZh() != null
                ? provision.textZh() : provision.text();
        Elements zh = extract(text, provision.strength());
        if (provision.textEn() != null && zh.isEmpty()) return extract(provision.textEn(), provision.strength());
        return zh;
    }

    Elements extract(String sentence, Strength strength) {
        List<String> clauses = clauses(ConceptVocabulary.normalize(sentence));
        int anchor = anchorClause(clauses, strength);
        List<Elements.Group> groups = new ArrayList<>();
        Set<String> context = new LinkedHashSet<>();
        List<String> current = new ArrayList<>();
        List<String> anchors = new ArrayList<>();
        for (int i = 0; i < clauses.size(); i++) {
            String c = clauses.get(i);
            boolean isContext = i != anchor && (CONTEXT.matcher(c.strip()).find()
                    || (i < anchor && (CONDITION_END.matcher(c.strip()).find() || RATIONALE.matcher(c).find())));
            if (isContext) {
                context.addAll(checkable(c));
                continue;
            }
            if (i > anchor && !current.isEmpty()) {
                groups.add(group(current));
                current = new ArrayList<>();
            }
            current.add(c);
            if (i == anchor) anchors.addAll(checkable(c));
        }
        if (!current.isEmpty()) groups.add(group(current));
        groups.removeIf(Elements.Group::isEmpty);
        boolean stated = !anchors.isEmpty();
        if (!stated && !groups.isEmpty()) anchors.addAll(groups.get(0).concepts());
        Set<String> required = new LinkedHashSet<>();
        groups.forEach(g -> required.addAll(g.concepts()));
        context.removeAll(required);
        return new Elements(groups, anchors, stated, primary(clauses.get(anchor), strength), List.copyOf(context));
    }

    /** One duty from consecutive clauses: concepts split into singles and enumerations, plus quantities. */
    private Elements.Group group(List<String> clauses) {
        List<String> singles = new ArrayList<>();
        List<List<String>> enumerations = new ArrayList<>();
        List<Quantity> quantities = new ArrayList<>();
        for (String clause : clauses) {
            List<ConceptVocabulary.Hit> hits = new ArrayList<>();
            int end = -1;
            boolean coreContainer = false;
            for (ConceptVocabulary.Hit h : checkableHits(clause)) {
                boolean core = Elements.core(h.conceptId());
                if (h.start() < end) {
                    // inside a longer term: 白细胞 in 白细胞单采 is dropped; a topic inside a glossary phrase is kept
                    if (core && !coreContainer) singles.add(h.conceptId());
                    continue;
                }
                hits.add(h);
                end = h.end();
                coreContainer = core;
            }
            List<String> run = new ArrayList<>();
            int lastEnd = -1;
            boolean listed = false;
            for (ConceptVocabulary.Hit h : hits) {
                String gap = lastEnd >= 0 ? clause.substring(lastEnd, h.start()) : "";
                boolean adjacent = lastEnd >= 0 && LIST_GAP.matcher(gap).matches();
                boolean category = adjacent && gap.contains("等");   // CRS、ICANS 等不良反应: 不良反应 names the list
                if ((!adjacent || category) && !run.isEmpty()) {
                    flush(run, listed || category, singles, enumerations);
                    run = new ArrayList<>();
                    listed = false;
                }
                if (adjacent && !category && LIST_MARK.matcher(gap).find()) listed = true;
                if (!run.contains(h.conceptId())) run.add(h.conceptId());
                lastEnd = h.end();
            }
            if (lastEnd >= 0 && clause.substring(lastEnd).startsWith("等")) listed = true;
            flush(run, listed, singles, enumerations);
            quantities.addAll(Quantity.in(clause));
        }
        Set<String> inLists = new LinkedHashSet<>();
        enumerations.forEach(inLists::addAll);
        singles.removeIf(inLists::contains);
        return new Elements.Group(new ArrayList<>(new LinkedHashSet<>(singles)), enumerations, quantities);
    }

    private static void flush(List<String> run, boolean listed, List<String> singles, List<List<String>> enumerations) {
        if (run.size() >= 2 && listed) enumerations.add(List.copyOf(run));
        else singles.addAll(run);
    }

    /**
     * The first core concept whose term ends after the clause's modal cue begins (the object of 应设置, 可考虑给予);
     * for a descriptive sentence, whose subject comes first (观察 NRM…尤为重要), the clause's first core concept.
     */
    private String primary(String clause, Strength strength) {
        int cue = strength == Strength.INFO ? 0 : cuePosition(clause, strength);
        if (cue < 0) return null;
        for (ConceptVocabulary.Hit h : checkableHits(clause)) {
            if (h.end() > cue && Elements.core(h.conceptId())) return h.conceptId();
        }
        return null;
    }

    private static int cuePosition(String clause, Strength strength) {
        String lower = clause.toLowerCase(java.util.Locale.ROOT);
        int best = -1;
        List<String> cues = strength == Strength.INFO ? ExpectationCues.found(clause) : StrengthRules.cues(clause);
        for (String cue : cues) {
            int i = lower.indexOf(cue.toLowerCase(java.util.Locale.ROOT));
            if (i >= 0 && (best < 0 || i < best)) best = i;
        }
        return best;
    }

    /** Hits of concepts a protocol can state, by start. */
    private List<ConceptVocabulary.Hit> checkableHits(String clause) {
        List<ConceptVocabulary.Hit> out = new ArrayList<>();
        for (ConceptVocabulary.Hit h : vocabulary.find(clause)) {
            if (vocabulary.concept(h.conceptId()).map(Concept::checkable).orElse(false)) out.add(h);
        }
        return out;
    }

    private List<String> checkable(String clause) {
        List<String> out = new ArrayList<>();
        for (ConceptVocabulary.Hit h : checkableHits(clause)) if (!out.contains(h.conceptId())) out.add(h.conceptId());
        return out;
    }

    /**
     * The clause carrying the provision's strength; for descriptive sentences the clause with the strongest
     * expectation cue, rationale clauses (由于…可能引起…) last.
     */
    public static int anchorClause(List<String> clauses, Strength strength) {
        if (strength.isObligation() || strength == Strength.MAY) {
            for (int i = 0; i < clauses.size(); i++) if (StrengthRules.classify(clauses.get(i)) == strength) return i;
            // a bare 可考虑 counts as permission only with an actor in the sentence, which may sit in another clause
            for (int i = 0; i < clauses.size(); i++) if (!StrengthRules.cues(clauses.get(i)).isEmpty()) return i;
        } else {
            int best = -1;
            int bestRank = Integer.MAX_VALUE;
            for (int i = 0; i < clauses.size(); i++) {
                boolean context = CONTEXT.matcher(clauses.get(i).strip()).find();
                int rank = ExpectationCues.rank(clauses.get(i)) + (context ? 10 : 0);
                if (rank < bestRank) {
                    best = i;
                    bestRank = rank;
                }
            }
            if (best >= 0 && bestRank < ExpectationCues.NONE) return best;
        }
        for (int i = 0; i < clauses.size(); i++) {
            if (!CONTEXT.matcher(clauses.get(i).strip()).find() && clauses.get(i).strip().length() > 3) return i;
        }
        return 0;
    }

    /** Clauses split at ，,；;：: outside brackets; the final 。 is dropped. */
    public static List<String> clauses(String sentence) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < sentence.length(); i++) {
            char ch = sentence.charAt(i);
            if (ch == '（' || ch == '(' || ch == '[' || ch == '【') depth++;
            if ((ch == '）' || ch == ')' || ch == ']' || ch == '】') && depth > 0) depth--;
            boolean split = depth == 0 && "，,；;：:。".indexOf(ch) >= 0
                    && !(ch == ',' && i + 1 < sentence.length() && Character.isDigit(sentence.charAt(i + 1)));
            if (split) {
                if (!cur.toString().isBlank()) out.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        if (!cur.toString().isBlank()) out.add(cur.toString().strip());
        return out;
    }
}
