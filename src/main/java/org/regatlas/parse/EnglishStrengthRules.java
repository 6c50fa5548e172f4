package org.regatlas.parse;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regatlas.model.Strength;

/**
 * The strength of an English sentence from an official guideline (FDA, EMA, ICH), kept apart from the Chinese rules
 * of {@link StrengthRules}. From the issue that introduced the English official texts: must / shall / is required
 * → MUST; should / recommend / expect / encourage → SHOULD; may / can consider → MAY. Negated obligations ("must
 * not", "shall not", "should not", "is prohibited") keep their strength and are flagged as prohibitions.
 *
 * <p>"May" and "can" are permissions only when someone is permitted: an actor before the verb ("sponsors may",
 * "you can") or an act allowed in the passive ("may be used", "can be considered"). Otherwise they state a
 * possibility ("immune responses may pose problems"), which is INFO. A clause stating a condition ("if ... must")
 * carries no obligation of its own; a sentence takes the strongest of its other clauses. Thread-safe.
 */
public final class EnglishStrengthRules {
    private EnglishStrengthRules() {}

    /** A sentence's strength and whether it forbids. */
    public record Verdict(Strength strength, boolean prohibition) {}

    private record Cue(Pattern pattern, Strength strength, boolean prohibition) {}

    // Who can be permitted: "it", "they" and patients are left out, since "they may promote ..." and "patients may
    // develop ..." state what may happen, not what someone may do.
    private static final String ACTOR = "(?:sponsors?|applicants?|you|investigators?|manufacturers?|holders?|fda|"
            + "the agency|agency|establishments?|companies|industry|we|irbs?|laboratories|staff|personnel|"
            + "member states|competent authorities)";
    private static final String ACT = "(?:consider|choose|use|submit|request|contact|include|propose|conduct|omit|"
            + "rely|refer|wish|elect|decide|ask|discuss|reference|adopt|select|seek|proceed)";
    /** Participles of what happens to something rather than what someone does: "may be affected by age". */
    private static final String HAPPENING = "(?:affected|influenced|caused|altered|elicited|induced|triggered|broken|"
            + "adsorbed|absorbed|eluted|detected|known|anticipated|expected|observed|seen|found|associated|related|"
            + "linked|correlated|impaired|compromised|exacerbated|enhanced|diminished|masked|delayed|exposed|"
            + "mediated|attributed|explained|confounded|missed|overlooked|underestimated|overestimated|lost|"
            + "neutrali[sz]ed|generated|formed|released|activated|stimulated|suppressed|inhibited|attenuated|"
            + "amplified|prolonged|shortened|impacted|complicated|misinterpreted|hampered|metaboli[sz]ed|"
            + "eliminated|expressed|degraded|denatured|oxidi[sz]ed|aggregated|contaminated|exceeded|reached|"
            + "achieved|harmed|injured|killed|infected|driven|derived|composed|taken up)";
    private static final String PARTICIPLE = "(?:\\w+ed|\\w+en|\\w+wn|done|made|kept|set|met|run|held|sought|read|"
            + "brought|put|left|built|dealt|led)";
    /** Participles that are cues of their own: "may be recommended" is a hedged recommendation, not a permission. */
    private static final String CUE_PARTICIPLE = "(?:recommended|required|needed|encouraged|advised|preferred)";
    private static final String MODAL_ADVERB = "(?: (?:also|still|then|generally|therefore|thus|often|usually|only|"
            + "alternatively|instead|additionally|equally|sometimes|normally|in some (?:cases|instances)|in certain cases))?";
    /** What a study can stand for: "can support single-dose human trials", "would also support marketing". */
    private static final String SUPPORTS = "support (?:the )?(?:[\\w-]+ ){0,3}?(?:trials?|studies|study|dosing|"
            + "administration|development|marketing|initiation|inclusion|use|approach(?:es)?)\\b";
    /** "may be more appropriate", "can be an appropriate starting point": the appraisal with a degree or article. */
    private static final String DEGREE = "(?:(?:more|most|equally|an?|the) )?";
    /** Data or a design that would be enough: "these data can provide adequate information to communicate risk". */
    private static final String SUFFICES = "provide (?:adequate|sufficient) \\w+";
    /**
     * The same acceptance hedged with "might" or "would": "it might be appropriate to base the exposure margin on
     * Cmax", "a 90-day study would also support marketing", "a single dose level would provide adequate evidence".
     * Kept apart from {@link #ALLOWED}: "might be used" or "would be seen" say what could happen, not what is allowed.
     */
    private static final String HEDGED_ALLOWED = "\\b(?:might|would)" + "(?: (?:also|still|generally|then|therefore|"
            + "thus|often|usually|only|equally|normally|in some (?:cases|instances)))?"
            + " (?:be " + DEGREE + "(?:acceptable|appropriate|sufficient|adequate|possible|justified)\\b|suffice\\b|"
            + SUPPORTS + "|"
            + SUFFICES + ")";
    /**
     * A study said to stand for a trial without a modal: "Six month rodent and 9 month non-rodent studies generally
     * support dosing for longer than 6 months" (M3(R2) states its accepted packages this way).
     */
    private static final String STUDIES_SUPPORT = "\\b(?:studies|study|approach(?:es)?|package)(?: \\w+ly)? "
            + SUPPORTS.replaceFirst("^support", "supports?");
    /**
     * A course accepted under its conditions: "Re-enrolment ... is only possible after a washout period and
     * provided ...", "Restart is possible without a substantial amendment if ...". "It is possible that" states a
     * possibility, and "may not be possible" a limit, so neither is read this way.
     */
    private static final String POSSIBLE_COURSE = "(?<!\\bit )\\b(?:is|are) (?:only |also |still )?possible "
            + "(?=(?:after|if|when|once|provided|without|with|under|for|in|only)\\b)";
    /**
     * An act allowed in the passive ("may be submitted", "can be conducted during Phase III"), an accepted state
     * ("can be appropriate", "may be possible if justified"), or what a study or data can stand for ("extended
     * single-dose studies can support single-dose trials", "one species may suffice").
     */
    private static final String ALLOWED = "\\b(?:may|can|could)" + MODAL_ADVERB + " (?:be (?!" + HAPPENING + "\\b|" + CUE_PARTICIPLE + "\\b)"
            + PARTICIPLE + "\\b|be " + DEGREE + "(?:acceptable|appropriate|sufficient|adequate|possible|justified|warranted|"
            + "prudent)\\b|serve as (?:the|a) (?:starting point|basis)\\b|"
            + ACT + "\\b|(?:suffice|replace|substitute|explore|be the (?:primary |main )?(?:support|basis))\\b|"
            + SUPPORTS + "|" + SUFFICES + ")|" + HEDGED_ALLOWED + "|" + STUDIES_SUPPORT + "|" + POSSIBLE_COURSE;

    /** A rule said to require something: "The regulation requires submission of ...", "21 CFR 312.23 requires". */
    private static final String LEGAL_REQUIREMENT = "\\b(?:the |present |current |these |fda(?:'s|’s)? )?"
            + "(?:regulations?|statute|law|rule|act|cfr(?: \\d+(?:\\.\\d+)*(?:\\([a-z0-9]+\\))*)?)"
            + "(?: (?:also|further|only|specifically))? requires?\\b"
            // a required-content item that cites its rule: "e. As required under 21 CFR 312.23(a)(8)(iii), a ..."
            + "|^\\s*(?:[a-z0-9]\\. )?as required (?:by|under) (?:\\d+ cfr|the (?:regulations?|statute|act))\\b";
    /** "Under current regulations, any use ... requires submission of an IND": read across the comma. */
    private static final Pattern UNDER_LAW = Pattern.compile("^\\s*under (?:current |present |the |these )?"
            + "(?:regulations?|law|statute)\\b[^;]*?\\brequires?\\b");
    /** A duty laid on someone without a modal: "It is the sponsor's responsibility to ...". */
    private static final String RESPONSIBILITY = "\\bit is the (?:sponsor|applicant|investigator|manufacturer|holder)"
            + "(?:'s|’s|s'|s’)? responsibility to\\b|\\b(?:sponsors?|applicants?|investigators?|manufacturers?) "
            + "(?:is|are) responsible for\\b";
    /**
     * An act valued for what it achieves, an expectation without a modal: "Repeated assessments ... are crucial for
     * the recognition of developing toxicity", "transport and storage is of utmost importance in preserving product
     * quality". The purpose must be an act (a gerund or a noun of action); in a relative clause ("proteins that are
     * vital to embryonic development") it describes its noun.
     */
    private static final String VALUED_ACT = "(?<!\\b(?:that|which|who) )\\b(?:is|are) (?:\\w+ly )?(?:crucial|critical|"
            + "vital|essential|important|of (?:utmost|particular|great|paramount|critical|key|prime) importance) "
            + "(?:for|to|in) (?:the |an? )?(?:[\\w-]+ing|[\\w-]+(?:tion|sion|ment|ance|ence))s?\\b";
    /** What the guideline lists to be done: "Specific areas to be addressed include ...", "Other details to include are". */
    private static final String LISTED_TASKS = "\\b(?:areas|aspects|details|items|elements|points|issues|factors|"
            + "parameters|topics)\\b[^,;:]{0,30}? to (?:be )?(?:include|included|address|addressed|consider|considered|"
            + "provide|provided|report|reported|evaluate|evaluated|assess|assessed) (?:are|is|include)\\b";
    /**
     * An act given a role it is needed for: "Ensuring adequate formulation ... is an important condition to reduce
     * uncertainty", "Careful dosing selection ... is a vital element to safeguard the subjects"; "an important factor
     * that can influence immunogenicity" describes a cause, not an act expected.
     */
    private static final String VALUED_ROLE = "\\b(?:is|are) (?:an? |the )?(?:\\w+ )?(?:important|vital|essential|critical|key|"
            + "crucial) (?:condition|element|component|step|part|prerequisite|means|tool)s? (?:to (?!the\\b|a\\b)\\w+|"
            + "(?:in|for) \\w+ing)\\b";
    /**
     * An evaluation closing its clause, or opening it inverted: "A secure supply chain is critical.", "The type and
     * steepness of the dose response relationship ... are of particular importance.", "Of high importance in the
     * protocol is a plan for ...". Plain "important" is left out: "This collaboration is important to the program".
     */
    private static final String VALUED_END = "(?<!\\b(?:that|which|who) )\\b(?:is|are) (?:\\w+ly )?(?:critical|crucial|"
            + "essential|vital|paramount|of (?:utmost|particular|high|great|paramount|critical|key|prime) importance)"
            + "\\s*[.;]?\\s*$|^\\s*of (?:utmost|particular|high|great|paramount|critical|key|prime) importance\\b";
    /**
     * Advice and hedged expectations: "Flow diagrams are suggested as the usual ... presentations", "Banking of serum
     * samples ... is always advisable", "it is often useful to obtain samples", "testing of higher doses may be
     * important", and "is warranted" for a study expected under a condition ("Characterization of neutralizing
     * potential is warranted when ADAs are detected"; "may be warranted" stays MAY, "than is generally warranted"
     * compares).
     */
    private static final String ADVISED = "\\b(?:is|are) (?:also |\\w+ly )?suggested\\b|\\b(?:fda|we|the agency) (?:\\w+ly )?"
            + "suggests?\\b|\\b(?:is|are) (?:\\w+ly |always |often |also )?(?:advisable|desirable)\\b|\\bit is (?:\\w+ )?(?:useful|helpful) to\\b|"
            // only of an act: "different parts of the guideline may be important for some" is not advice
            + "\\b(?:studies|study|testing|[\\w-]+(?:tion|ment)s?)\\b[^,;:]{0,80}?\\b(?:may|might|could|can) (?:also )?"
            + "be (?:important|critical|essential|crucial)\\b|"
            + "(?<!\\bthan )\\b(?:is|are) (?:\\w+ly |only )?warranted\\b";
    /** An expectation without a modal: "it is important to ...", "the collection of data is critical to optimise". */
    private static final String IMPORTANT = "\\bit is (?!not\\b)(?:\\w+ )?(?:important|critical|advisable|desirable|preferable|"
            + "(?:considered )?appropriate)\\b|(?<!\\b(?:that|which) )\\b(?:is|are) (?:\\w+ly )?(?:considered )?appropriate\\b|\\b(?:is|are) (?:\\w+ly )?(?:important|critical|essential) to (?:\\w+i[sz]e|ensure|"
            + "establish|assess|determine|achieve|maintain|obtain|support|identify|select|investigate|demonstrate|"
            + "evaluate|avoid)\\b|\\b(?:is|are) (?:\\w+ly )?(?:preferred|preferable)\\b|"
            + "\\bthere is (?:\\w+ )?a preference (?:to|for)\\b|" + VALUED_ACT + "|" + LISTED_TASKS + "|" + VALUED_ROLE + "|"
            + VALUED_END + "|" + ADVISED;

    // Within a clause the first cue found governs, so "should not be required" is a SHOULD prohibition.
    private static final List<Cue> CUES = List.of(
            new Cue(Pattern.compile("\\b(?:must|shall) (?:not|never)\\b|\\b(?:is|are) (?:prohibited|not permitted|"
                    + "not allowed)\\b"), Strength.MUST, true),
            // "are generally not recommended", "would generally not be recommended": an adverb does not lift the ban
            new Cue(Pattern.compile("\\bshould (?:not|never)\\b|\\b(?:is|are) (?:\\w+ly )?not (?:\\w+ly )?recommended\\b|"
                    + "\\b(?:would|will) (?:\\w+ly )?not be (?:\\w+ly )?recommended\\b|"
                    + "\\b(?:is|are) (?:\\w+ly )?(?:considered (?:to be )?)?(?:inappropriate|not appropriate|discouraged)\\b|"
                    + "\\b(?:is|are) not (?:\\w+ly )?considered (?:to be )?(?:appropriate|useful)\\b"),
                    Strength.SHOULD, true),
            new Cue(Pattern.compile("\\bneed not\\b|\\b(?:is|are) not (?:required|necessary|needed)\\b|"
                    + "\\bnot (?:be )?(?:required|necessary|needed)\\b|\\bthere is no need\\b|"
                    + "\\b(?:may|can|could) (?:\\w+ly )?(?:need|require) (?:less|fewer|no|only)\\b|"
                    // a study that may be left out: "additional nonclinical studies might not be warranted",
                    // "studies are not critical to support clinical studies for males"
                    + "\\b(?:may|might|could|would) (?:\\w+ly )?not be warranted\\b|"
                    + "\\b(?:is|are) not (?:\\w+ly )?(?:critical|essential) (?:to|for) support\\b|"
                    // a hedged departure from a default: "a starting dose that is substantially lower ... may not be
                    // appropriate" ("may not be possible" states a limit and stays INFO)
                    + "\\b(?:may|might|could) (?:\\w+ly )?not be (?:\\w+ )?appropriate\\b|"
                    // an accepted state in the past: "studies of 6 months duration have generally been appropriate"
                    + "\\b(?:has|have) (?:\\w+ly )?been (?:considered )?(?:appropriate|acceptable|adequate|sufficient)\\b"),
                    Strength.MAY, false),
            new Cue(Pattern.compile("\\b(?:may|might)(?: also| still)? (?:be|become) (?:required|needed|necessary)\\b|"
                    + "\\b(?:may|might)(?: also| still)? (?:need to|have to|require)\\b"), Strength.SHOULD, false),
            new Cue(Pattern.compile("\\bmust\\b|\\bshall\\b|\\b(?:is|are|be|been) (?:\\w+ly )?required\\b|"
                    + "\\bmandatory\\b|\\bis obligatory\\b|\\bneeds? to be\\b|\\b" + ACTOR
                    + " (?:\\w+ly )?(?:will )?(?:also )?needs? to\\b|"
                    + "(?<!\\b(?:that|which) )\\b(?:is|are|will (?:also )?be) (?:\\w+ly )?(?:needed|necessary)"
                    + "(?=[.,;]|$| to | before | for \\w+ing\\b| where | when | in order )|"
                    + "\\bit is (?!not\\b)(?:\\w+ )?(?:essential|imperative|necessary) (?:to|that)\\b|"
                    + LEGAL_REQUIREMENT + "|" + RESPONSIBILITY), Strength.MUST, false),
            new Cue(Pattern.compile("\\bshould\\b|\\brecommends?\\b|\\brecommended\\b|\\brecommendation is\\b|"
                    + "\\bencourage[sd]?\\b|\\badvise[sd]?\\b|\\b(?:fda|agency|we|cber|cder|chmp|ich)(?: \\w+ly)? expects?\\b|"
                    + "\\b(?:sponsors?|applicants?|investigators?|manufacturers?) (?:is|are) expected to\\b|"
                    + "\\b(?:is|are) (?:\\w+ly )?expected to be (?!" + HAPPENING + "\\b)" + PARTICIPLE + "\\b|"
                    + "\\b(?:is|are) (?:\\w+ly )?expected for (?:all|each|every|any)\\b|\\bwould (?:\\w+ly )?warrant\\b|"
                    + "\\bexpectation is\\b|" + IMPORTANT), Strength.SHOULD, false),
            new Cue(Pattern.compile("\\b" + ACTOR + "(?: \\w+ly)? (?:may|can|could)(?: also| still| then)? "
                    + "(?!not\\b)\\w+|" + ALLOWED + "|\\b(?:is|are) (?:\\w+ly )?(?:considered )?(?:acceptable|"
                    + "permissible|permitted|allowed)\\b|\\b(?:is|are) (?:\\w+ly )?considered (?:sufficient|adequate)\\b|"
                    + "\\b(?:is|are) (?:\\w+ly )?justified when\\b|\\b(?:is|are) optional\\b"), Strength.MAY, false));

    private static final Pattern CLAUSE = Pattern.compile(
            "[,;:]\\s|\\s[–—]\\s|\\s(?=but\\s)|\\s(?=and (?:[\\w-]+ ){1,6}(?:should|must|shall)\\b)");
    /**
     * The main clause of a condition printed without its comma ("If a study is being conducted ... it should
     * generally be completed before ...", "When the design includes placebo it would be appropriate to ..."): a
     * pronoun subject followed by a modal starts it, and so does "then" ("If
     * these occur at exposures in far excess ... then ... studies may not be necessary").
     */
    private static final Pattern MAIN_AFTER_CONDITION = Pattern.compile(
            "\\s((?:it|they|this|these|such studies|such data) (?:\\w+ly )?(?:should|must|shall|(?:may|might|could|"
            + "would|can) (?:also )?be (?:appropriate|acceptable|possible|sufficient|adequate))\\b|(?<=\\sthen\\s)\\S)");
    private static final Pattern CONDITIONAL = Pattern.compile(
            "^\\s*(?:and |or |but |even )?(?:if|when|whenever|where|unless|although|though|while|whilst|whether|in case|"
            + "as long as)\\b");

    /** The strength of {@code sentence} and whether it is a prohibition. */
    public static Verdict classify(String sentence) {
        String s = EnglishStrengthReadings.NEUTRAL.matcher(sentence.toLowerCase(Locale.ROOT)).replaceAll("the word");
        Strength best = Strength.INFO;
        boolean prohibition = false;
        for (String whole : CLAUSE.split(s)) {
            String clause = whole;
            if (CONDITIONAL.matcher(clause).find()) {
                int close = clause.indexOf(')');
                Matcher main = MAIN_AFTER_CONDITION.matcher(clause);
                if (close >= 0 && clause.lastIndexOf('(', close) < 0) {
                    clause = clause.substring(close + 1);   // "(i.e., where ... cannot be used) TCR studies can be used"
                } else if (main.find()) {
                    clause = clause.substring(main.start(1));
                } else {
                    continue;
                }
            }
            Cue cue = firstCue(clause);
            if (cue == null) continue;
            if (cue.strength().compareTo(best) < 0 || (cue.strength() == best && cue.prohibition())) {
                best = cue.strength();
                prohibition = cue.prohibition();
            }
        }
        if (UNDER_LAW.matcher(s).find() && best.compareTo(Strength.MUST) > 0) {
            return new Verdict(Strength.MUST, false);
        }
        return new Verdict(best, prohibition);
    }

    private static Cue firstCue(String clause) {
        Cue first = null;
        int at = Integer.MAX_VALUE;
        for (Cue cue : CUES) {
            Matcher m = cue.pattern().matcher(clause);
            if (m.find() && m.start() < at) {
                at = m.start();
                first = cue;
            }
        }
        return first;
    }
}
