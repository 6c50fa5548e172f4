package org.regatlas.checklist.applicability;

import java.util.regex.Pattern;

/**
 * Cues of the conditions the general official texts set on the trial or the product (the FDA guidance on the
 * immunogenicity of therapeutic proteins, the first-in-human guidelines): healthy volunteers, a protein that is the
 * counterpart of an endogenous one, escalating doses, a change of route or dosing, tolerance induction, chronic
 * dosing; with the protocol wording that meets each where the protocol's text decides it. Used by {@link
 * ObligationConditions}.
 */
final class ProgrammeCues {
    private ProgrammeCues() {}

    /** A trial in healthy volunteers rather than patients (the immunogenicity guidance's V.A.1, EMA FIH 7.2). */
    static final Pattern HEALTHY = Pattern.compile("健康(?:受试者|志愿者)"
            + "|(?i:\\bhealthy (?:volunteers?|subjects|participants|adults)\\b)");

    private static final String ENDOGENOUS_TERMS = "(?:counterparts? (?:of|to) (?:an? )?(?:[\\w-]+ ){0,3}endogenous"
            + "|endogenous counterparts?|(?:factor|enzyme)(?:/enzyme)?[- ]replacement|\\bCRIM\\b)";
    /**
     * A protein product that is the counterpart of an endogenous protein, or replaces one (factor or enzyme
     * replacement): the immunogenicity guidance's preeminent risks (V.A.5). Named as an example ("e.g., ... in factor
     * replacement therapy") or as an emphasis ("especially for ... counterparts of endogenous proteins") it is no
     * condition of the sentence's duty, unless the example is what a situation the sentence names consists of ("in
     * certain high-risk situations (e.g., ... a nonredundant endogenous counterpart)").
     */
    static final Pattern ENDOGENOUS_CUE = Pattern.compile("(?i)(?:situations|cases|circumstances) "
            + "\\((?:e\\.g\\.|for example),? [^)]{0,120}?" + ENDOGENOUS_TERMS
            + "|(?<!(?:e\\.g\\.|for example|such as|especially|particularly)[^;()]{0,120})" + ENDOGENOUS_TERMS
            + "|内源性(?:蛋白)?对应物|(?:凝血)?因子替代|酶替代");
    static final Pattern ENDOGENOUS = Pattern.compile("(?i)endogenous (?:protein|counterpart)"
            + "|(?:factor|enzyme)[- ]replacement|内源性蛋白|酶替代");

    /** Cohorts given escalating doses in turn from a starting dose: a dose-finding (phase 1) design. */
    static final Pattern COHORTS = Pattern.compile("(?i)\\bdosing cohorts?\\b|\\bstaggered dosing\\b"
            + "|\\bdose[- ]escalation (?:criteria|cohorts?|steps?|schemes?)\\b"
            + "|(?:next|successive|subsequent) (?:dose |dosing )?cohorts?"
            + "|\\b(?:initial )?starting doses?\\b|剂量递增|剂量爬坡|起始剂量");
    static final Pattern ESCALATES = Pattern.compile("(?i)dose[- ](?:escalation|finding)|剂量(?:递增|爬坡|探索)");

    /** A change of route or dosing during development (the immunogenicity guidance's V.A.3). */
    static final Pattern ROUTE_CHANGE_CUE = Pattern.compile("(?i)\\bchanges? (?:in|of|to) (?:the )?"
            + "(?:route of administration|route|dosing|dose regimen|dosing regimen)\\b|给药途径(?:的)?(?:改变|变更)");
    /** A protocol that changes them: a new route, a dosing interval changed (QW to Q2W), a switch of route. */
    static final Pattern ROUTE_CHANGE = Pattern.compile("(?i)\\b(?:new|different|changed|alternative) route of "
            + "administration|\\bchange[sd]? (?:in|of|to) (?:the )?(?:route|dosing regimen|dose regimen)\\b"
            + "|\\bswitch\\w* (?:from|to) (?:IV|SC|intravenous|subcutaneous|QW|Q\\dW|weekly)\\b"
            + "|\\b(?:dosing |dose )?(?:interval|frequency|schedule|route) (?:will be |is |was |may be )?"
            + "(?:changed|switched)\\b|\\bchanged? from (?:QW|Q\\dW|weekly|IV|SC|intravenous|subcutaneous)\\b"
            + "|\\bQ\\dW switch|给药途径(?:的)?(?:改变|变更)|给药(?:间隔|频率)(?:的)?(?:改变|调整)");

    /** A therapeutic protein that suppresses immune responses (the immunogenicity guidance's V.B.6). */
    static final Pattern IMMUNOSUPPRESSIVE = Pattern.compile("(?i)\\b(?:protein|product)s? (?:is|are) "
            + "immunosuppressive\\b|\\bimmunosuppressive (?:therapeutic )?(?:protein|product)s?\\b|免疫抑制性(?:蛋白|药物)");

    /** Tolerance induction against antibodies that neutralize a therapeutic protein (appendix A.4 of the guidance). */
    static final Pattern TOLERANCE = Pattern.compile("(?i)\\b(?:immune )?tolerance[- ]induction\\b|免疫耐受诱导");
    static final Pattern CHRONIC = Pattern.compile("(?i)\\bgiven chronically\\b|\\bchronically administered\\b"
            + "|\\bchronic (?:administration|dosing|use)\\b|长期(?:反复|重复)给药");
}
