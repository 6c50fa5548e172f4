package org.regatlas.parse;

import java.util.regex.Pattern;

/**
 * Wording that carries a modal or cue word of {@link EnglishStrengthRules} but obliges and permits no one; the
 * rules blank it out before reading a sentence's cues. Each pattern is a class of wording, judged on samples of the
 * official texts:
 * <ul>
 *   <li>asides and reading notes: "the word should", "it should be noted", "should be read in conjunction with",
 *       "this guidance should facilitate";</li>
 *   <li>estimates: "two to three pages should suffice";</li>
 *   <li>a document describing itself: "the purpose of this document is to recommend ...", "this guidance is
 *       intended to recommend ...", "this Guideline is recommended for adoption";</li>
 *   <li>what someone believes, anticipates or has concluded: "FDA believes most products should qualify", "most
 *       sponsors have concluded that ... is required", "this change recognized that protocols should be ...";</li>
 *   <li>past events: "subjects were encouraged to avoid pregnancy";</li>
 *   <li>"recommended" or "required" naming a thing rather than recommending or requiring it: "the recommended
 *       duration is related to ...", "the studies recommended to support ... are discussed in Section 7", "the
 *       information required to perform an assessment will vary";</li>
 *   <li>a modal inside a relative clause or an embedded question, which describes its noun: "the records that
 *       may be inspected", "how well effects can be monitored should be addressed";</li>
 *   <li>what signs, reasons or examples "may include": a list of possibilities, not an allowed act.</li>
 * </ul>
 */
final class EnglishStrengthReadings {
    private EnglishStrengthReadings() {}

    private static final String DOCUMENT = "(?:document|guidance|guideline|addendum|annex|chapter|section)";

    static final Pattern NEUTRAL = Pattern.compile(String.join("|",
            "\\bthe (?:word|term) (?:should|must|may|shall)\\b",
            "\\bit should be (?:noted|borne in mind|kept in mind|emphasi[sz]ed|recognised|recognized|remembered)\\b",
            "\\bit is (?:\\w+ )?important(?:, however,)? to (?:note|recogni[sz]e|remember|bear in mind|emphasi[sz]e)\\b",
            "\\b(?:this|the) (?:guidance|guideline|addendum|document|approach)s? should (?!be\\b|not\\b)",
            "\\bshould (?:\\w+ly )?be read (?:\\w+ly )?(?:in (?:close )?conjunction|together) with\\b",
            "\\bshould (?:\\w+ly )?suffice\\b",
            "\\b(?:purpose|aim|objective|intent|goal)s? of (?:this|the) " + DOCUMENT + " (?:is|are) to \\w+",
            "\\b(?:this|the) " + DOCUMENT + " is (?:\\w+ly )?intended (?:\\w+ly )?to \\w+",
            "\\bis recommended for adoption\\b",
            // what someone believes, anticipates or has concluded: "FDA believes most products should qualify"
            // (finite forms only: "any anticipated responses should be used", "sponsors who believe ... should")
            "(?<!\\bwho )\\b(?:believes|anticipates|predicts|(?:believed|anticipated|predicted|recogni[sz]ed|"
                    + "concluded|suggests?) that)\\b[^,;:]{0,300}?"
                    + "\\b(?:should|(?:is|are) (?:required|appropriate))\\b",
            "\\b(?:was|were) (?:\\w+ly )?(?:encouraged|recommended|required|advised|expected|asked)\\b",
            "(?<=\\b(?:the|of|on|for|with|any|its|their|beyond that|would be|will be) )recommended\\b",
            "^recommended\\b",
            "\\b(?!(?:is|was|has|thus|also|always|perhaps|as)\\b)\\w+s recommended (?=to|for)",
            "(?<!\\b(?:is|are|be|been|being|not|also|as|generally|usually|typically|often|always|normally|only|still) )"
                    + "required (?=to |for |before |after |in |by )",
            "\\b(?:that|which|who|whom) (?:\\w+ ){0,3}?(?:may|can|could|might) ",
            // a need inside a subordinate clause: "a risk ... in cases where the product needs to be diluted"
            "\\b(?:where|when|if|because|since|whether) (?:[\\w-]+ ){0,6}?needs? to\\b",
            // a restrictive clause describing its noun: "Tests that should be submitted will vary according to ..."
            "\\bthat should (?:be )?\\w+ (?=will|would|may|might|can|could|depends?|vary|varies|differ)",
            "\\bwhether (?:[\\w-]+ ){0,6}?(?:should|(?:is|are) (?:needed|necessary|required|warranted))\\b",
            // what research has yet to show: "further research is needed to understand ..."
            "\\b(?:research|understanding|knowledge|investigation) (?:is|are) (?:still )?(?:needed|necessary|required)\\b",
            // an embedded question: "how well effects can be monitored ... should be addressed"
            "\\b(?:how|whether|what) (?:\\w+ ){0,5}?(?:may|can|could|might) ",
            "\\b(?:signs|symptoms|reasons|examples|indications|manifestations|consequences|complications|causes|"
                    + "features)\\b[^,;:]{0,60}?\\b(?:may|can|could) (?:also )?include\\b",
            // FDA's definition of its own "should", printed in every guidance
            "\\bmeans that something is suggested or recommended, but not required\\b"));
}
