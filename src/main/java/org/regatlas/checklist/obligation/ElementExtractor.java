package org.regatlas.checklist.obligation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
    private static final Pattern CONDITION_END = Pattern.compile("(?:时|情况下|前提下|之前|之后|过程中|后)$");
    /** A clause stating when the duty arises (如果…, 当…时, if…): what it names triggers the duty, not what it asks. */
    private static final Pattern CONDITION = Pattern.compile(
            "^(?:因此|此外|同时|另外|然而|而且?|但|并且?)?\\s*(?:如果|若|倘若|假如|当|(?i:if|when|where|unless)\\b)");
    /**
     * A condition on a choice the trial makes (如果申办方采用替代终点…, if bridging is given) holds only when the protocol
     * makes it; its topics are the obligation's triggers.
     */
    private static final Pattern DESIGN_CHOICE = Pattern.compile("采用|使用|选择|选用|设置|纳入|入组|计划|拟|作为|给予|接受"
            + "|(?i:\\b(?:uses?|used|using|chooses?|chosen|selects?|selected|plans?|planned|includes?|included|enrol"
            + "(?:l)?s?|enrolled|adopts?|adopted|given|receives?|received)\\b)");
    /**
     * A condition on something that happens to a subject or a result (如果观察到继发性 T 细胞肿瘤, 如果检测无法排除…, if a
     * new malignancy is diagnosed) can arise in any trial: it triggers the duty but is no choice a protocol may not have
     * made.
     */
    private static final Pattern EVENT = Pattern.compile("观察到|出现|发生|诊断|怀疑|检测|检出|提示|无法排除"
            + "|(?i:\\b(?:occurs?|occurred|observed|develops?|developed|diagnosed|suspected|detected|arises?|shows?"
            + "|indicates?)\\b)");
    /** A clause going on with the condition before it ("如果…，或者…"). */
    private static final Pattern ALTERNATIVE = Pattern.compile("^(?:或者|或是|或|(?i:or)\\b)");
    /** The conclusion (因此, therefore): what comes before it is the reason for the duty. */
    private static final Pattern CONCLUSION = Pattern.compile(
            "^(?:因此|所以|故而|综上|(?i:therefore|thus|hence|accordingly)\\b)");
    /**
     * Before the obligation's own clause, a statement of what may happen is its rationale (可能导致 CRS、ICANS…,
     * 可能使 OS 难以观察); 可能需要 is a softened duty, not a possibility.
     */
    private static final Pattern RATIONALE = Pattern.compile(
            "可能(?!需要|应|须|必须|要求)[\\p{IsHan}]|(?i:\\bmay (?:cause|lead to|result in)\\b)");
    /**
     * A document named as who asks ("说明书要求…", "the label asked patients to…") is the duty's source, not part of
     * what the protocol must state.
     */
    private static final Pattern SOURCE_VERB = Pattern.compile(
            "^\\s*(?:中)?(?:要求|规定|指出|建议|(?i:asks?|asked|requires?|required|recommends?|recommended|states?)\\b)");
    /**
     * The duty's own clause opening with who must act (申办方可基于…, 申办方应设置…): the clauses before it
     * are a statement of their own (儿童与成人患者…存在一定差异, 临床试验通常很难…设盲), the reason for the duty and not its
     * subject, which an actor-led clause names itself. Chinese only: English clauses split at commas are often one
     * list ("When species specificity, immunogenicity, or other considerations...").
     */
    private static final Pattern ACTOR = Pattern.compile(
            "^(?:因此|此外|同时|另外|而且?|并且?|所以)?\\s*(?:申办方|申办者|申请人|研究者)");
    /** A clause pointing back at what the clauses before it name (申办方可能基于上述标准…): they are its object. */
    private static final Pattern BACK_REFERENCE = Pattern.compile("上述|前述|以上|上面|这些|此类|该等");
    private static final Pattern EXAMPLE_OPENING = Pattern.compile(
            "\\s*(?:如|例如|比如|包括|(?i:e\\.\\s?g\\.?|eg\\b|for example|such as|including))");
    private static final Pattern SEPARATOR = Pattern.compile("[、，,;；]");
    private static final Pattern CONDITIONAL_MARK = Pattern.compile("(?:如|若|如果|一旦|当)$");
    /** Concepts that name a document rather than a content of the protocol. */
    private static final java.util.Set<String> DOCUMENTS = java.util.Set.of("labeling", "rmp", "psur", "ind");
    /** What may separate two listed concepts. */
    private static final Pattern LIST_GAP = Pattern.compile(
            "^[\\s、，,/和及与或以及等（）()\\[\\]：:]*(?:(?i:and|or|and/or|as well as))?[\\s、，,/和及与或以及等（）()]*$");
    /** A list proper: items separated by 、 or commas, or closed by 等 ("CRS、ICANS、TLS 等"); "A 与 B" is a relation. */
    private static final Pattern LIST_MARK = Pattern.compile("[、，,]|等");
    /** Alternatives: 或, "or", "and/or", a slash ("IRC 或中心实验室", "in children/adolescents or adults"). */
    private static final Pattern OR_MARK = Pattern.compile("或|/|(?i:\\bor\\b)");

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
        Elements e = extract(sentence, strength, true);
        // a sentence naming nothing but its examples is checked for them rather than left out
        return e.isEmpty() ? extract(sentence, strength, false) : e;
    }

    private Elements extract(String sentence, Strength strength, boolean dropExamples) {
        List<String> clauses = clauses(ConceptVocabulary.normalize(sentence));
        int anchor = anchorClause(clauses, strength);
        int conclusion = -1;
        for (int i = 0; i < anchor; i++) if (CONCLUSION.matcher(clauses.get(i).strip()).find()) conclusion = i;
        List<Elements.Group> groups = new ArrayList<>();
        Set<String> context = new LinkedHashSet<>();
        Set<String> triggers = new LinkedHashSet<>();
        Set<String> conditionConcepts = new LinkedHashSet<>();
        List<String> current = new ArrayList<>();
        List<String> anchors = new ArrayList<>();
        boolean inCondition = false;
        boolean actorLed = ACTOR.matcher(clauses.get(anchor).strip()).find()
                && !BACK_REFERENCE.matcher(clauses.get(anchor)).find();
        for (int i = 0; i < clauses.size(); i++) {
            String c = clauses.get(i).strip();
            boolean condition = i != anchor && (CONDITION.matcher(c).find()
                    || (inCondition && ALTERNATIVE.matcher(c).find()));
            boolean isContext = condition || (i != anchor && (CONTEXT.matcher(c).find()
                    || (i < anchor && (actorLed || i < conclusion || CONDITION_END.matcher(c).find()
                    || RATIONALE.matcher(c).find()))));
            inCondition = condition;
            if (condition) {
                conditionConcepts.addAll(checkable(c));
                if (DESIGN_CHOICE.matcher(c).find() && !EVENT.matcher(c).find()) triggers.addAll(checkable(c));
            }
            if (isContext) {
                context.addAll(checkable(c));
                continue;
            }
            if (i > anchor && !current.isEmpty()) {
                groups.add(group(current, dropExamples));
                current = new ArrayList<>();
            }
            current.add(c);
            if (i == anchor) anchors.addAll(checkable(c));
        }
        if (!current.isEmpty()) groups.add(group(current, dropExamples));
        groups.removeIf(Elements.Group::isEmpty);
        for (Elements.Group g : dropExamples ? groups : List.<Elements.Group>of()) {
            for (String clause : ElementExtractor.clauses(g.text())) {     // examples help find the passage
                List<int[]> examples = exampleSpans(clause);
                for (ConceptVocabulary.Hit h : checkableHits(clause)) if (inside(h, examples)) context.add(h.conceptId());
            }
        }
        anchors.removeIf(a -> conditionConcepts.contains(a) && anchors.stream()
                .anyMatch(b -> !conditionConcepts.contains(b) && Elements.core(b)));
        anchors.removeAll(sources(clauses.get(anchor)));
        boolean stated = !anchors.isEmpty();
        if (!stated && !groups.isEmpty()) anchors.addAll(groups.get(0).concepts());
        Set<String> required = new LinkedHashSet<>();
        groups.forEach(g -> required.addAll(g.concepts()));
        context.removeAll(required);
        return new Elements(groups, anchors, stated,
                primary(clauses.get(anchor), strength, conditionConcepts, dropExamples),
                List.copyOf(context), List.copyOf(triggers));
    }

    /**
     * Brackets that give examples rather than parts of the duty: opened by 如/例如/包括/e.g./such as/including, or a list
     * of three or more names ("CAR-T medicines (Abecma, Breyanzi, Carvykti, ...)"). A gloss of one term
     * ("（Independent Review Committee, IRC）") is neither.
     */
    private static List<int[]> exampleSpans(String clause) {
        List<int[]> out = new ArrayList<>();
        int depth = 0;
        int open = -1;
        for (int i = 0; i < clause.length(); i++) {
            char c = clause.charAt(i);
            if (c == '(' || c == '（') {
                if (depth++ == 0) open = i;
            } else if ((c == ')' || c == '）') && depth > 0 && --depth == 0) {
                String inner = clause.substring(open + 1, i);
                if (EXAMPLE_OPENING.matcher(inner).lookingAt() || SEPARATOR.matcher(inner).results().count() >= 2) {
                    out.add(new int[] {open, i + 1});
                }
            }
        }
        return out;
    }

    /**
     * A term that is the verb of a condition on an event (治疗后如诊断新发恶性肿瘤: "if … is diagnosed") says when the duty
     * arises, not what it asks; what the event names (the new malignancy) stays.
     */
    private static boolean eventVerb(String clause, ConceptVocabulary.Hit h) {
        String before = clause.substring(Math.max(0, h.start() - 2), h.start());
        return CONDITIONAL_MARK.matcher(before).find()
                && EVENT.matcher(clause.substring(h.start(), h.end())).lookingAt();
    }

    private static boolean inside(ConceptVocabulary.Hit h, List<int[]> spans) {
        for (int[] s : spans) if (h.start() >= s[0] && h.end() <= s[1]) return true;
        return false;
    }

    /** Document concepts named as the duty's source: followed by the verb of asking (说明书要求, the label asked). */
    private Set<String> sources(String clause) {
        Set<String> out = new LinkedHashSet<>();
        for (ConceptVocabulary.Hit h : checkableHits(clause)) {
            if (DOCUMENTS.contains(h.conceptId()) && SOURCE_VERB.matcher(clause.substring(h.end())).find()) {
                out.add(h.conceptId());
            }
        }
        return out;
    }

    /** One duty from consecutive clauses: concepts split into singles and enumerations, plus quantities. */
    private Elements.Group group(List<String> clauses, boolean dropExamples) {
        Elements.Group g = rawGroup(clauses, dropExamples);
        Set<String> sources = new LinkedHashSet<>();
        for (String c : clauses) sources.addAll(sources(c));
        if (sources.isEmpty()) return g;
        List<String> singles = new ArrayList<>(g.singles());
        singles.removeAll(sources);
        return g.withSingles(singles);
    }

    /**
     * Whether the words of a topic's hit are also a term of the checklist's own that names one part of it (生产延迟: a
     * manufacturing delay, not manufacturing; Cmax: a kinetic parameter, not any kinetic data): the obligation asks
     * for that part, which a passage on the topic alone does not state.
     */
    private static boolean namedMoreNarrowly(ConceptVocabulary.Hit h, List<ConceptVocabulary.Hit> hits) {
        return !h.conceptId().contains(":") && hits.stream().anyMatch(o -> o.start() == h.start()
                && o.end() == h.end() && ElementTerms.NARROWING.contains(o.conceptId()));
    }

    private Elements.Group rawGroup(List<String> clauses, boolean dropExamples) {
        List<String> singles = new ArrayList<>();
        List<List<String>> enumerations = new ArrayList<>();
        List<List<String>> alternatives = new ArrayList<>();
        List<Quantity> quantities = new ArrayList<>();
        for (String clause : clauses) {
            List<ConceptVocabulary.Hit> hits = new ArrayList<>();
            int start = -1;
            int end = -1;
            boolean coreContainer = false;
            List<int[]> examples = dropExamples ? exampleSpans(clause) : List.of();
            List<ConceptVocabulary.Hit> found = checkableHits(clause);
            for (ConceptVocabulary.Hit h : found) {
                if (inside(h, examples) || eventVerb(clause, h) || namedMoreNarrowly(h, found)) continue;
                boolean core = Elements.core(h.conceptId());
                if (h.start() < end) {
                    // inside a longer term: 白细胞 in 白细胞单采 is dropped; a topic inside a glossary phrase is kept,
                    // and so is a second topic the same words name (细胞免疫反应: immunogenicity, cell-mediated)
                    // and a topic whose words run on past the longer term (细胞扩增 | 扩增与疗效) is a topic of its own;
                    // a term of the checklist's own names the part a longer topic term makes specific (共识 in
                    // 共识分级: consensus grading, not any grading), which a passage stating the topic must state too
                    if (core && (!coreContainer || (h.start() == start && h.end() == end) || h.end() > end
                            || h.conceptId().startsWith("x:"))) {
                        singles.add(h.conceptId());
                    }
                    continue;
                }
                hits.add(h);
                start = h.start();
                end = h.end();
                coreContainer = core;
            }
            List<String> run = new ArrayList<>();
            int lastEnd = -1;
            boolean listed = false;
            boolean alternative = false;
            for (ConceptVocabulary.Hit h : hits) {
                String gap = lastEnd >= 0 ? clause.substring(lastEnd, h.start()) : "";
                boolean adjacent = lastEnd >= 0 && LIST_GAP.matcher(gap).matches();
                boolean category = adjacent && gap.contains("等");   // CRS、ICANS 等不良反应: 不良反应 names the list
                if ((!adjacent || category) && !run.isEmpty()) {
                    // a run closed by 等 is a list whatever follows it ("PFS 或 EFS 等作为主要疗效终点")
                    flush(run, listed || category || gap.startsWith("等"), alternative, singles, enumerations,
                            alternatives);
                    run = new ArrayList<>();
                    listed = false;
                    alternative = false;
                }
                if (adjacent && !category && LIST_MARK.matcher(gap).find()) listed = true;
                if (adjacent && !category && OR_MARK.matcher(gap).find()) alternative = true;
                if (!run.contains(h.conceptId())) run.add(h.conceptId());
                lastEnd = h.end();
            }
            if (lastEnd >= 0 && clause.substring(lastEnd).startsWith("等")) listed = true;
            flush(run, listed, alternative, singles, enumerations, alternatives);
            quantities.addAll(Quantity.in(clause));
        }
        Set<String> inLists = new LinkedHashSet<>();
        enumerations.forEach(inLists::addAll);
        alternatives.forEach(inLists::addAll);
        singles.removeIf(inLists::contains);
        return new Elements.Group(new ArrayList<>(new LinkedHashSet<>(singles)), enumerations, alternatives,
                quantities, String.join("，", clauses));
    }

    /** A run of adjacent concepts: alternatives when 或/or joins them, a list when 、 or 等 does, else singles. */
    private static void flush(List<String> run, boolean listed, boolean alternative, List<String> singles,
                              List<List<String>> enumerations, List<List<String>> alternatives) {
        if (run.size() >= 2 && alternative) alternatives.add(List.copyOf(run));
        else if (run.size() >= 2 && listed) enumerations.add(List.copyOf(run));
        else singles.addAll(run);
    }

    /**
     * The first core concept whose term ends after the clause's modal cue begins (the object of 应设置, 可考虑给予);
     * for a descriptive sentence, whose subject comes first (观察 NRM…尤为重要), the clause's first core concept.
     */
    private String primary(String clause, Strength strength, Set<String> triggers, boolean dropExamples) {
        int cue = strength == Strength.INFO ? 0 : cuePosition(clause, strength);
        if (cue < 0) return null;
        Set<String> sources = sources(clause);
        String fallback = null;
        List<int[]> examples = dropExamples ? exampleSpans(clause) : List.of();
        for (ConceptVocabulary.Hit h : checkableHits(clause)) {
            if (inside(h, examples)) continue;      // an example is not what the duty is about
            if (h.end() <= cue || !Elements.core(h.conceptId()) || sources.contains(h.conceptId())
                    || ElementTerms.QUALIFYING.contains(h.conceptId())) continue;
            if (!triggers.contains(h.conceptId())) return h.conceptId();
            if (fallback == null) fallback = h.conceptId();       // the duty names nothing but its trigger
        }
        return fallback;
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

    /** What {@link #anchorClause} answered, by its arguments. */
    private record Anchor(List<String> clauses, Strength strength) {}

    /**
     * {@link #anchorClause}'s answers: the extractor, the conditions and the document scope ask it of the same clauses
     * while the catalog is built, and its strength rules were a fifth of that time. Pure, so shared; capped, so no
     * text can fill the heap (a corpus has a few thousand provisions).
     */
    private static final Map<Anchor, Integer> ANCHORS = new ConcurrentHashMap<>();
    private static final int ANCHORS_KEPT = 50_000;

    /**
     * The clause carrying the provision's strength; for descriptive sentences the clause with the strongest
     * expectation cue, rationale clauses (由于…可能引起…) last.
     */
    public static int anchorClause(List<String> clauses, Strength strength) {
        Anchor key = new Anchor(List.copyOf(clauses), strength);
        Integer known = ANCHORS.get(key);
        if (known != null) return known;
        int anchor = findAnchorClause(key.clauses(), strength);
        if (ANCHORS.size() < ANCHORS_KEPT) ANCHORS.put(key, anchor);
        return anchor;
    }

    private static int findAnchorClause(List<String> clauses, Strength strength) {
        int conclusion = -1;
        for (int i = 0; i < clauses.size(); i++) if (CONCLUSION.matcher(clauses.get(i).strip()).find()) conclusion = i;
        if (conclusion > 0 && (strength.isObligation() || strength == Strength.MAY)) {
            // "…可能交叉接受…，因此，申办方可能将 PFS…作为主要终点": the duty follows the conclusion
            for (int i = conclusion; i < clauses.size(); i++) {
                if (StrengthRules.classify(clauses.get(i)) == strength) return i;
            }
        }
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
