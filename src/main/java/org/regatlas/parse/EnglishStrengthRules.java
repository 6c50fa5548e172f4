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

    private static final String ACTOR = "(?:sponsors?|applicants?|you|investigators?|manufacturers?|holders?|fda|"
            + "the agency|agency|establishments?|companies|industry|we|they|it|irbs?|laboratories|subjects?|"
            + "patients?|participants?|staff|personnel|member states|competent authorities)";
    private static final String ALLOWED_ACT = "(?:be (?:considered|used|acceptable|appropriate|sufficient|adequate|"
            + "conducted|performed|omitted|waived|submitted|included|justified|warranted|employed|reduced|extended|"
            + "combined|replaced|deferred|referenced|requested|accepted|modified|discussed|initiated|administered|"
            + "cross-referenced|excluded|separated)|consider|choose|use|submit|request|contact|include|propose|"
            + "conduct|omit|rely|refer|wish|elect|decide|ask|discuss|reference|adopt|select|seek|proceed)";

    /** A rule said to require something: "The regulation requires submission of ...", "21 CFR 312.23 requires". */
    private static final String LEGAL_REQUIREMENT = "\\b(?:the |present |current |these |fda(?:'s|’s)? )?"
            + "(?:regulations?|statute|law|rule|act|cfr(?: \\d+(?:\\.\\d+)*(?:\\([a-z0-9]+\\))*)?)"
            + "(?: (?:also|further|only|specifically))? requires?\\b";
    /** A duty laid on someone without a modal: "It is the sponsor's responsibility to ...". */
    private static final String RESPONSIBILITY = "\\bit is the (?:sponsor|applicant|investigator|manufacturer|holder)"
            + "(?:'s|’s|s'|s’)? responsibility to\\b|\\b(?:sponsors?|applicants?|investigators?|manufacturers?) "
            + "(?:is|are) responsible for\\b";

    // Within a clause the first cue found governs, so "should not be required" is a SHOULD prohibition.
    private static final List<Cue> CUES = List.of(
            new Cue(Pattern.compile("\\b(?:must|shall) (?:not|never)\\b|\\b(?:is|are) (?:prohibited|not permitted|"
                    + "not allowed)\\b"), Strength.MUST, true),
            new Cue(Pattern.compile("\\bshould (?:not|never)\\b|\\bis not recommended\\b|\\bare not recommended\\b"),
                    Strength.SHOULD, true),
            new Cue(Pattern.compile("\\bneed not\\b|\\b(?:is|are) not (?:required|necessary|needed)\\b|"
                    + "\\bnot (?:be )?required\\b"), Strength.MAY, false),
            new Cue(Pattern.compile("\\bmay (?:also )?(?:be|become) (?:required|needed|necessary)\\b"),
                    Strength.SHOULD, false),
            new Cue(Pattern.compile("\\bmust\\b|\\bshall\\b|\\b(?:is|are|be|been) required\\b|\\brequired to\\b|"
                    + "\\bmandatory\\b|\\bis obligatory\\b|" + LEGAL_REQUIREMENT + "|" + RESPONSIBILITY),
                    Strength.MUST, false),
            new Cue(Pattern.compile("\\bshould\\b|\\brecommends?\\b|\\brecommended\\b|\\brecommendation is\\b|"
                    + "\\bencourage[sd]?\\b|\\badvise[sd]?\\b|\\b(?:fda|agency|we|cber|cder|chmp|ich)(?: \\w+ly)? expects?\\b|"
                    + "\\b(?:sponsors?|applicants?|investigators?|manufacturers?) (?:is|are) expected to\\b|"
                    + "\\bexpectation is\\b"),
                    Strength.SHOULD, false),
            new Cue(Pattern.compile("\\b" + ACTOR + "(?: \\w+ly)? (?:may|can|could)(?: also| still| then)? "
                    + "(?!not\\b)\\w+|\\b(?:may|can|could)(?: also)? " + ALLOWED_ACT + "\\b|\\bis acceptable\\b|"
                    + "\\bare acceptable\\b|\\bis permitted\\b|\\bare permitted\\b"), Strength.MAY, false));

    private static final Pattern CLAUSE = Pattern.compile("[,;:]\\s|\\s[–—]\\s|\\s(?=but\\s)");
    /**
     * The main clause of a condition printed without its comma ("If a study is being conducted ... it should
     * generally be completed before ..."): a pronoun subject followed by a modal starts it.
     */
    private static final Pattern MAIN_AFTER_CONDITION = Pattern.compile(
            "\\s((?:it|they|this|these|such studies|such data) (?:\\w+ly )?(?:should|must|shall)\\b)");
    private static final Pattern CONDITIONAL = Pattern.compile(
            "^\\s*(?:if|when|whenever|where|unless|although|though|whether|in case|as long as)\\b");
    /**
     * Modal words that oblige no one: "the word should" names the word; "it should be noted" is an aside; "this
     * guidance should facilitate" predicts what a document will do.
     */
    private static final Pattern MENTION = Pattern.compile("\\bthe (?:word|term) (?:should|must|may|shall)\\b|"
            + "\\bit should be (?:noted|borne in mind|kept in mind|emphasi[sz]ed|recognised|recognized|remembered)\\b|"
            + "\\b(?:this|the) (?:guidance|guideline|addendum|document|approach)s? should (?!be\\b|not\\b)|"
            // what someone believes or anticipates will happen: "FDA believes most products should qualify"
            + "\\b(?:believes?|believed|anticipates?|anticipated|predicts?)\\b[^,;:]*?\\bshould\\b|"
            // FDA's definition of its own "should", printed in every guidance
            + "\\bmeans that something is suggested or recommended, but not required\\b");

    /** The strength of {@code sentence} and whether it is a prohibition. */
    public static Verdict classify(String sentence) {
        String s = MENTION.matcher(sentence.toLowerCase(Locale.ROOT)).replaceAll("the word");
        Strength best = Strength.INFO;
        boolean prohibition = false;
        for (String whole : CLAUSE.split(s)) {
            String clause = whole;
            if (CONDITIONAL.matcher(clause).find()) {
                Matcher main = MAIN_AFTER_CONDITION.matcher(clause);
                if (!main.find()) continue;
                clause = clause.substring(main.start(1));
            }
            Cue cue = firstCue(clause);
            if (cue == null) continue;
            if (cue.strength().compareTo(best) < 0 || (cue.strength() == best && cue.prohibition())) {
                best = cue.strength();
                prohibition = cue.prohibition();
            }
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
