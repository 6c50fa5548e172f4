package org.regatlas.checklist.applicability;

import static org.regatlas.checklist.applicability.ProgrammeCues.CHRONIC;
import static org.regatlas.checklist.applicability.ProgrammeCues.COHORTS;
import static org.regatlas.checklist.applicability.ProgrammeCues.ENDOGENOUS;
import static org.regatlas.checklist.applicability.ProgrammeCues.ENDOGENOUS_CUE;
import static org.regatlas.checklist.applicability.ProgrammeCues.ESCALATES;
import static org.regatlas.checklist.applicability.ProgrammeCues.HEALTHY;
import static org.regatlas.checklist.applicability.ProgrammeCues.IMMUNOSUPPRESSIVE;
import static org.regatlas.checklist.applicability.ProgrammeCues.ROUTE_CHANGE;
import static org.regatlas.checklist.applicability.ProgrammeCues.ROUTE_CHANGE_CUE;
import static org.regatlas.checklist.applicability.ProgrammeCues.TOLERANCE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.regatlas.checklist.obligation.ConceptVocabulary;
import org.regatlas.checklist.obligation.ElementExtractor;
import org.regatlas.checklist.obligation.Elements;
import org.regatlas.checklist.obligation.Obligation;
import org.regatlas.checklist.read.Paragraph;
import org.regatlas.checklist.structure.SectionTree;
import org.regatlas.model.Provision;

/**
 * Conditions under which an obligation holds, read from its wording ("如申办方拟将 MRD 作为…替代终点", "in
 * transplant-ineligible patients", "from a patient who has previously received a CAR T cell product", "genome-edited
 * products", "control-arm patients", "after accelerated approval") and checked against the protocol and profile before
 * any evidence is sought. A condition counts when it stands in the obligation's subject: the clauses up to and
 * including the one carrying its modal verb; a condition named in a later clause qualifies only that clause's duty. A
 * condition on a subject (MRD as an endpoint) carries to the later sentences of the same guideline section that name
 * that subject ("另一方面…MRD 应答…", "MRD 检测计划…"), and a sentence that points back ("前款规定事项", "the preceding
 * paragraph") holds under the conditions of the sentence before it. The protocol meets a condition only when it says so itself:
 * silence about prior CAR-T therapy means the trial does not enrol such patients.
 */
public final class ObligationConditions {
    /**
     * What the checker needs to know about a protocol to test conditions. One per checklist build: it remembers what
     * the protocol's text says (a rule's test runs over the whole protocol, once per obligation the rule is cued in).
     */
    public static final class Facts {
        private final ProtocolConcepts concepts;
        private final Profile profile;
        private final String text;
        private final String population;
        private final Map<Pattern, Boolean> said = new HashMap<>();
        private final Map<Pattern, Boolean> saidOfPopulation = new HashMap<>();

        private Facts(ProtocolConcepts concepts, Profile profile, String text, String population) {
            this.concepts = concepts;
            this.profile = profile;
            this.text = text;
            this.population = population;
        }

        public static Facts of(ProtocolConcepts concepts, SectionTree tree, Profile profile) {
            String all = concepts.content().stream().map(Paragraph::text).collect(Collectors.joining("\n"));
            String population = concepts.content().stream()
                    .filter(p -> tree.section(p.sectionId()).kinds().contains("population")
                            && !EXCLUSION.matcher(tree.section(p.sectionId()).title()).find())
                    .map(Paragraph::text).collect(Collectors.joining("\n"));
            return new Facts(concepts, profile, ConceptVocabulary.normalize(all), population);
        }

        public ProtocolConcepts concepts() {
            return concepts;
        }

        public Profile profile() {
            return profile;
        }

        /** The protocol's content paragraphs, normalized. */
        public String text() {
            return text;
        }

        /** The paragraphs of its population sections (inclusion, not exclusion). */
        public String population() {
            return population;
        }

        boolean says(Pattern p) {
            return said.computeIfAbsent(p, k -> k.matcher(text).find());
        }

        boolean populationSays(Pattern p) {
            return saidOfPopulation.computeIfAbsent(p, k -> k.matcher(population).find());
        }
    }

    /**
     * One condition.
     *
     * @param subject a concept the condition is about, carried to later sentences of the section that name it; null
     *                when it does not carry
     */
    private record Rule(String id, Pattern cue, BiPredicate<Facts, Rule> met, String unmet, String subject,
                        boolean wholeText) {
        Rule(String id, Pattern cue, BiPredicate<Facts, Rule> met, String unmet, String subject) {
            this(id, cue, met, unmet, subject, false);
        }

        /** Whether the rule's cue stands in the text as a condition rather than as a question (是否, whether). */
        boolean cued(String text) {
            java.util.regex.Matcher m = cue.matcher(text);
            while (m.find()) {
                String before = text.substring(0, m.start());
                int clause = Math.max(Math.max(before.lastIndexOf('，'), before.lastIndexOf(',')),
                        Math.max(before.lastIndexOf('；'), before.lastIndexOf(';')));
                if (!QUESTION.matcher(before.substring(clause + 1)).find()) return true;
            }
            return false;
        }
    }

    /** "whether genome editing is used", 是否使用基因编辑: a question the guideline asks, not a condition. */
    private static final Pattern QUESTION = Pattern.compile("是否|(?i:\\bwhether\\b)");

    private static final Pattern EXCLUSION = Pattern.compile("(?i)exclusion|排除");
    private static final Pattern TRANSPLANT_INELIGIBLE = Pattern.compile("不符合移植条件|不适合(?:接受)?移植|(?i:transplant"
            + "[- ]ineligible|ineligible for (?:\\w+[- ]){0,3}(?:transplant\\w*|HSCT|ASCT|SCT)|not (?:be )?(?:eligible|"
            + "candidates?) for (?:\\w+[- ]){0,3}(?:transplant\\w*|HSCT|ASCT))");
    private static final Pattern TRANSPLANT_ELIGIBLE = Pattern.compile("(?<!不)(?:具备|符合)移植条件|(?i:(?<!in)"
            + "(?<!not )transplant[- ]eligible|(?<!in)(?<!not )eligible for (?:\\w+[- ]){0,3}(?:transplant\\w*|HSCT|"
            + "ASCT)|(?:proceed|intend\\w*|planned) (?:\\w+ ){0,2}to (?:\\w+[- ]){0,3}(?:HDT|ASCT|transplant\\w*))");
    private static final Pattern PRIOR_CAR_T = Pattern.compile("(?i)(?:after|following|relapsed after|refractory to|"
            + "failed|prior|previous(?:ly)?)\\s+(?:\\w+[- ]){0,3}CAR[- ]?T|既往(?:接受|使用)过?\\s*CAR");
    private static final Pattern GENOME_EDITED = Pattern.compile("(?i)genome[- ]edit|gene[- ]edit|CRISPR|TALEN|zinc[- ]"
            + "finger nuclease|base[- ]edit|基因编辑");
    private static final Pattern CONTROL_ARM = Pattern.compile("(?i)control arm|comparator arm|control group"
            + "|standard[- ]of[- ]care arm|\\bSOC arm|对照组|对照臂");
    private static final Pattern PEDIATRIC = Pattern.compile("(?:针对|对于|用于)[^，。；]{0,8}(?:儿童|儿科|青少年|未成年)"
            + "|(?i:\\b(?:for|in) (?:paediatric|pediatric|children|adolescents?)\\b)");
    private static final Pattern CHILDREN = Pattern.compile("儿童|儿科|青少年"
            + "|(?i:\\bchild(?:ren|hood)?\\b|paediatric|pediatric|adolescen)");
    private static final Pattern ACCELERATED = Pattern.compile("(?i)accelerated approval|conditional (?:marketing )?"
            + "(?:approval|authori[sz]ation)|加速审批|附条件批准");

    /** Use outside a trial's own population: expanded access (拓展性临床试验; DAL Art. 23's "其他病情相同的患者"). */
    private static final Pattern EXPANDED_ACCESS = Pattern.compile("[拓扩]展性(?:临床)?(?:试验|使用)|同情(?:用药|使用)"
            + "|用于其他病情相同的患者|(?i:expanded[- ]access|compassionate use|other patients with the same "
            + "(?:condition|disease))");

    /**
     * A trial whose treatment is masked: a duty about blinding or unblinding arises in it alone. A blinded review of
     * an open-label trial's scans, and "不设盲" or "非盲", do not mask the treatment.
     */
    private static final Pattern BLINDED = Pattern.compile("双盲|单盲|(?<![不非未无])设盲|(?<!不采用|未采用|不使用)盲法"
            + "|安慰剂|(?i:\\b(?:double|single|observer|triple)[- ]blind\\w*|\\bplacebo\\b)");
    /**
     * A duty to unmask the treatment or keep it masked. Not "很难设盲", "difficult to blind" (the reason an open-label
     * trial needs an independent review), nor data reviewed "in blinded or unblinded fashion".
     */
    private static final Pattern BLINDING_CUE = Pattern.compile("揭盲|破盲|保持盲态"
            + "|(?i:\\bunblinding\\b|\\bunblind (?:the|a)\\b"
            + "|\\bbreak(?:s|ing)? the (?:blind|treatment code)|\\bmaintain(?:s|ing)? the blind"
            + "|\\bdouble-blind (?:\\w+ )?design)");
    /** A trial in patients at an earlier line of therapy, which a sentence may allow once benefit is shown later. */
    private static final Pattern EARLIER_LINE_TRIALS = Pattern.compile("在(?:更|较)前线(?:的)?(?:患者|受试者|人群)中"
            + "(?:开展|进行)"
            + "|(?i:\\b(?:trials?|studies) (?:may )?(?:\\w+ ){0,3}in (?:patients (?:at|in) )?earlier lines?\\b)");
    private static final Pattern POINTS_BACK = Pattern.compile(
            "前款|(?i:\\bthe preceding paragraph\\b|\\bsuch regimens\\b)");

    /**
     * A duty that guards the efficacy conclusion against bias: a benefit judged on PFS or EFS that deaths from toxicity
     * may bias, an investigator's efficacy assessment an independent review should check. A trial that draws efficacy
     * conclusions owes it (phase 2 or later, or confirmatory); a phase 1 trial's efficacy is exploratory.
     */
    private static final Pattern EFFICACY_BIAS = Pattern.compile("基于\\s*(?:PFS|EFS)(?:\\s*或\\s*(?:PFS|EFS))?\\s*的"
            + "(?:临床获益|疗效)评估|降低研究者评估疗效时的偏倚"
            + "|(?i:\\b(?:PFS|EFS)[- ](?:or (?:PFS|EFS)[- ])?based (?:assessment|evaluation) of (?:clinical )?benefit"
            + "|\\breduce (?:the )?bias (?:of|in) (?:the )?investigators?'? (?:assessment|evaluation) of efficacy)");

    /** Met by a product that is no cell or gene therapy: the conditions of the therapeutic-protein guidance. */
    private static final BiPredicate<Facts, Rule> PROTEIN_PRODUCT = (f, r) -> f.profile().modality().stream()
            .noneMatch(Modality::cellOrGeneTherapy);

    private static final List<Rule> RULES = List.of(
            new Rule("mrd-endpoint", Pattern.compile("(?:如|若|如果)[^。；，]{0,15}MRD|(?i:\\bif\\b[^.;]{0,40}\\bMRD\\b"
                    + "|\\bMRD\\b[^.;]{0,30}\\bis used\\b)"), (f, r) -> f.concepts().present("mrd"),
                    "applies when MRD is used as an endpoint; this protocol does not use MRD", "mrd"),
            new Rule("transplant-ineligible", TRANSPLANT_INELIGIBLE, (f, r) -> f.says(TRANSPLANT_INELIGIBLE),
                    "applies to transplant-ineligible patients; this protocol does not say it enrols them", null),
            new Rule("transplant-eligible", TRANSPLANT_ELIGIBLE, (f, r) -> f.says(TRANSPLANT_ELIGIBLE),
                    "applies to transplant-eligible patients; this protocol does not say it enrols them", null),
            new Rule("prior-car-t", Pattern.compile("(?i)previously (?:received|been (?:treated|given)|treated with|"
                    + "exposed to)[^.;]{0,20}\\bCAR|prior CAR[- ]?T|after (?:failure of|progression on|relapse after) "
                    + "(?:a |an )?(?:marketed |approved )?CAR|CAR-?T\\s*细胞产品治疗失败|既往(?:接受|使用)过?\\s*CAR"),
                    (f, r) -> f.populationSays(PRIOR_CAR_T),
                    "applies to patients previously treated with CAR-T; this protocol does not enrol them", null),
            new Rule("genome-edited", Pattern.compile("(?i)genome[- ]edit\\w*|gene[- ]edit\\w*|基因编辑"),
                    (f, r) -> f.says(GENOME_EDITED),
                    "applies to genome-edited products; this protocol's product is not described as genome-edited",
                    null),
            new Rule("control-arm", CONTROL_ARM, (f, r) -> f.profile().get("design").contains("randomized")
                    || f.says(CONTROL_ARM), "applies when there is a control arm; this protocol has none", null),
            new Rule("accelerated-approval", ACCELERATED, (f, r) -> f.says(ACCELERATED),
                    "applies after an accelerated or conditional approval; this protocol names none", null),
            new Rule("bridging-used", Pattern.compile("(?:如果|若)[^。；，]{0,20}接受桥接治疗|(?i:\\bif bridging\\b|"
                    + "\\bwhen bridging (?:therapy )?is (?:needed|used|given))"),
                    (f, r) -> f.concepts().present("bridging"),
                    "applies when bridging therapy is given; this protocol gives none", "bridging"),
            new Rule("pediatric", PEDIATRIC, (f, r) -> f.profile().get("population").contains("pediatric")
                    || f.populationSays(CHILDREN),
                    "applies to products or trials for children; this protocol enrols adults", null),
            // "if the sponsor plans to start in children": a trial that enrols adults too does not start in children
            new Rule("pediatric-first", Pattern.compile("首先在[^，。；]{0,6}(?:儿童|青少年|儿科)"
                    + "|(?i:\\b(?:first|initially) in (?:paediatric|pediatric|children|adolescents)\\b)"),
                    (f, r) -> !f.profile().get("population").contains("adult"),
                    "applies to a trial that enrols children before any adult; this protocol enrols adults", null),
            // a target value is what a single-arm trial is judged against; a randomized trial has its control arm
            new Rule("single-arm-benchmark", Pattern.compile("目标值|目标效应|靶值|(?i:target value|performance goal"
                    + "|objective performance criteri)"), (f, r) -> f.profile().get("design").contains("single-arm")
                    || !f.profile().get("design").contains("randomized"),
                    "applies to a single-arm trial judged against a target value; this protocol is randomized against "
                    + "a control arm", null, true),
            new Rule("blinded", BLINDING_CUE, (f, r) -> f.says(BLINDED),
                    "applies to a trial whose treatment is blinded; this protocol is open-label", null),
            // "trials may be conducted in earlier lines once…": a trial known to be at the later line does not take
            // that step; one whose line the profile does not know may
            new Rule("earlier-line", EARLIER_LINE_TRIALS, (f, r) -> f.profile().get("line").contains("earlier-line")
                    || !f.profile().get("line").contains("relapsed-refractory"),
                    "applies to a trial in patients at an earlier line of therapy; this protocol enrols relapsed or "
                    + "refractory patients", null),
            new Rule("first-in-human", Pattern.compile("(?i)first[- ]in[- ]human|limited human experience"
                    + "|early[- ]phase (?:\\w+ ){0,2}(?:trials?|studies)|early phases? of (?:clinical )?development"
                    + "|\\bearly clinical (?:trials?|studies)\\b"
                    + "|首次人体|早期(?:探索性)?临床试验"),
                    (f, r) -> ScopeGate.phases(f.profile().get("design")).contains("phase-1"),
                    "applies to first-in-human and early-phase trials; this protocol is neither", null),
            new Rule("efficacy-conclusion", EFFICACY_BIAS, (f, r) -> concludesOnEfficacy(f.profile().get("design")),
                    "applies to a trial that draws efficacy conclusions (phase 2 or later, or confirmatory); this "
                    + "protocol is phase 1, its efficacy exploratory", null),
            new Rule("expanded-access", EXPANDED_ACCESS, (f, r) -> f.says(EXPANDED_ACCESS),
                    "applies to expanded access (use beyond the trial's own participants); this protocol provides "
                    + "none", null),
            new Rule("healthy-volunteers", HEALTHY, (f, r) -> f.populationSays(HEALTHY),
                    "applies to trials in healthy volunteers; this protocol enrols patients", null),
            new Rule("endogenous-counterpart", ENDOGENOUS_CUE, (f, r) -> f.says(ENDOGENOUS),
                    "applies to a protein product that is the counterpart of an endogenous protein or replaces one "
                    + "(factor or enzyme replacement); this protocol's product is described as neither", null),
            new Rule("dose-escalation", COHORTS, (f, r) -> ScopeGate.phases(f.profile().get("design"))
                    .contains("phase-1") || f.says(ESCALATES),
                    "applies to trials that escalate doses from a starting dose in successive cohorts; this protocol "
                    + "escalates no dose", null),
            new Rule("route-change", ROUTE_CHANGE_CUE, (f, r) -> f.says(ROUTE_CHANGE),
                    "applies when the route of administration or the dosing changes during development; this protocol "
                    + "names no such change", null),
            new Rule("immunosuppressive-protein", IMMUNOSUPPRESSIVE, PROTEIN_PRODUCT,
                    "applies to immunosuppressive therapeutic proteins; this protocol's product is a cell or gene "
                    + "therapy", null),
            // a regimen given to patients whose antibodies neutralize a lifesaving protein: a trial that gives none
            // owes nothing of it, whatever its product
            new Rule("tolerance-induction", TOLERANCE, (f, r) -> f.says(TOLERANCE),
                    "applies when an immune tolerance induction regimen is given (to patients whose antibodies "
                    + "neutralize a lifesaving therapeutic protein); this protocol gives none", null),
            new Rule("chronic-dosing", CHRONIC, PROTEIN_PRODUCT,
                    "applies to products given chronically; this protocol's product is a cell or gene therapy, given "
                    + "once or in a few administrations", null));

    /** Whether a trial of this design concludes on efficacy: not one known to be phase 1 only (unknown counts). */
    static boolean concludesOnEfficacy(List<String> design) {
        java.util.Set<String> phases = ScopeGate.phases(design);
        return phases.isEmpty() || design.contains("confirmatory") || phases.stream().anyMatch(p -> !p.equals("phase-1"));
    }

    private final Map<String, List<Rule>> byObligation = new HashMap<>();
    private final ConceptVocabulary vocabulary;

    /** Works out every obligation's conditions once per catalog, in reading order so conditions can carry. */
    public ObligationConditions(List<Obligation> obligations, ConceptVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        Map<String, List<Rule>> carried = new HashMap<>();      // "<doc>:<section>" → conditions on subjects
        Map<String, List<Rule>> previous = new HashMap<>();     // "<doc>:<section>" → the last sentence's conditions
        for (Obligation o : obligations) {
            Provision p = o.provision();
            String section = p.docId() + ":" + p.section().path();
            List<Rule> own = new ArrayList<>();
            for (String text : texts(p)) {
                String head = head(text, p);
                String normalized = ConceptVocabulary.normalize(text);
                for (Rule r : RULES) {
                    if (!own.contains(r) && r.cued(r.wholeText() ? normalized : head)) own.add(r);
                }
            }
            java.util.Set<String> named = vocabulary.ids(String.join("\n", texts(p)));
            for (Rule r : carried.getOrDefault(section, List.of())) {
                if (!own.contains(r) && named.contains(r.subject())) own.add(r);
            }
            // "前款规定事项", "the preceding paragraph": a sentence that points back holds under the same conditions
            if (POINTS_BACK.matcher(String.join("\n", texts(p))).find()) {
                for (Rule r : previous.getOrDefault(section, List.of())) if (!own.contains(r)) own.add(r);
            }
            previous.put(section, List.copyOf(own));
            for (Rule r : own) {
                if (r.subject() != null) carried.computeIfAbsent(section, k -> new ArrayList<>()).add(r);
            }
            if (!own.isEmpty()) byObligation.put(o.id(), List.copyOf(own));
        }
    }

    /**
     * The first condition of the obligation the protocol does not meet, as a reason; empty when all are met. Besides
     * the rules, a condition clause ("如果…采用替代终点作为主要疗效终点", "if bridging is given") naming a topic the
     * protocol's own content never names is unmet: the protocol does not do what would make the duty arise.
     */
    public Optional<String> unmet(Obligation o, Facts facts) {
        Optional<String> stated = unmetStated(o, facts);
        if (stated.isPresent()) return stated;
        List<String> unnamed = o.elements().triggers().stream().filter(Elements::core)
                .filter(c -> !facts.concepts().present(c)).toList();
        if (!unnamed.isEmpty()) {
            return Optional.of("condition: applies when the trial involves " + unnamed.stream().map(vocabulary::label)
                    .collect(Collectors.joining(", ")) + "; this protocol's own content never names it");
        }
        return Optional.empty();
    }

    /**
     * The first condition of the table the obligation states and the protocol does not meet; empty when none. Checked
     * even for a sentence another document owns: a duty whose condition does not hold does not arise at all ("for
     * pegylated products, the ADA assay should...", "when the product is immunosuppressive").
     */
    public Optional<String> unmetStated(Obligation o, Facts facts) {
        for (Rule r : byObligation.getOrDefault(o.id(), List.of())) {
            if (!r.met().test(facts, r)) return Optional.of("condition: " + r.unmet());
        }
        return Optional.empty();
    }

    private static List<String> texts(Provision p) {
        List<String> out = new ArrayList<>();
        out.add(p.textZh() != null ? p.textZh() : p.text());
        if (p.textEn() != null && !out.contains(p.textEn())) out.add(p.textEn());
        return out;
    }

    /** The clauses up to and including the one carrying the modal verb. */
    private static String head(String text, Provision p) {
        List<String> clauses = ElementExtractor.clauses(ConceptVocabulary.normalize(text));
        if (clauses.isEmpty()) return "";
        int anchor = ElementExtractor.anchorClause(clauses, p.strength());
        return String.join("，", clauses.subList(0, Math.min(clauses.size(), anchor + 1)));
    }
}
