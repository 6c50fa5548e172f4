package org.regatlas.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regatlas.model.Strength;

/**
 * Classifies a sentence's strength from its modal cues (DESIGN.md, "Provision"): MUST 应/应当/必须/须/不得/有必要,
 * must/shall/required; SHOULD 建议/推荐/宜, should/recommend; MAY 可/可以/可考虑, may. The Chinese cues and
 * readings are {@link ChineseStrengthRules}; the English cues are the table below.
 *
 * <p>Each clause (split at ，, ; and ：) is governed by its first cue, so in 建议申办方……应…… the recommendation
 * governs; a sentence takes the strongest of its clauses, so a separate 应 clause still makes it MUST. Hedged
 * cues are weaker: 可能需要 / "may be required" are SHOULD; 可能 alone ("possibly") is not a permission; negated
 * requirements (不要求, 无需, "need not") are MAY.
 */
public final class StrengthRules {
    private StrengthRules() {}

    private record Cue(Pattern pattern, Strength strength) {}

    private static final List<Cue> EN = List.of(
            new Cue(Pattern.compile("\\bneed not\\b|\\bnot (?:be )?required\\b|\\bnot (?:be )?needed\\b|\\bis not necessary\\b|\\bare not necessary\\b|\\boptional\\b"), Strength.MAY),
            new Cue(Pattern.compile("\\bmay (?:still |also )?(?:be|become) (?:required|needed|necessary)\\b|\\bmight (?:be )?(?:required|needed)\\b|\\b(?:may|might) need\\b"), Strength.SHOULD),
            new Cue(Pattern.compile("\\bmust\\b|\\bshall\\b|\\bmay not\\b|\\b(?:has|have|had) to\\b|\\bobliged to\\b|\\b(?:is|are|be) required\\b|\\brequired to\\b|\\bis necessary\\b|\\bare necessary\\b|\\bprohibited\\b|\\bmandatory\\b"), Strength.MUST),
            new Cue(Pattern.compile("\\bshould\\b|\\brecommend(?:s|ed|ation)?\\b|\\bdiscouraged?\\b|\\b(?:is|are) not appropriate\\b|\\bencourage[sd]?\\b|\\badvise[sd]?\\b|\\bexpects?\\b|\\bexpected to\\b"), Strength.SHOULD),
            new Cue(Pattern.compile("\\bmay\\b|\\bcan be considered\\b|\\bcould consider\\b|\\bis acceptable\\b|\\bcan\\b"), Strength.MAY));

    private static final Pattern NEGATED_REQUIREMENT = Pattern.compile("不要求|无需|不需要|不必|没有必要|(?i:need not|not required|not needed)");
    private static final Pattern CLAUSE = Pattern.compile("[，,；;：:]");
    /** A clause that only states a condition ("如果…", "when …") carries no obligation of its own. */
    private static final Pattern CONDITIONAL = Pattern.compile("^\\s*(?:如果|若|倘若|假如|如|当|在.{0,20}(?:情况下|时)$|(?i:if|when|where|unless)\\b)");
    /** Bare can / may is a permission only when someone is permitted (an actor, a trial) or something allowed. */
    private static final Pattern PERMISSION_CONTEXT = Pattern.compile(
            "(?i:sponsor|applicant|investigator|holder|manufacturer|trial|protocol|study)"
                    + "|(?i:\\b(?:may|can)(?: also| in some cases)? (?:use|be used|be applied|replace|be replaced)\\b)");

    /** The strength of one sentence. */
    public static Strength classify(String sentence) {
        Strength whole = ChineseStrengthRules.sentenceReading(sentence);
        if (whole != null) {
            return whole;
        }
        Strength best = Strength.INFO;
        for (String clause : CLAUSE.split(sentence)) {
            if (CONDITIONAL.matcher(clause).find()) {
                continue;
            }
            Strength s = clauseStrength(clause);
            if (s.compareTo(best) < 0) best = s;
        }
        Strength implicit = ChineseStrengthRules.implicitReading(sentence);
        if (implicit != null && implicit.compareTo(best) < 0) best = implicit;
        if (best == Strength.MAY && !PERMISSION_CONTEXT.matcher(sentence).find()
                && !ChineseStrengthRules.PERMISSION_CONTEXT.matcher(sentence).find()
                && !NEGATED_REQUIREMENT.matcher(sentence).find()) {
            return Strength.INFO;   // "可与肿瘤细胞结合" / "cells can persist": a capability, not a permission
        }
        return best;
    }

    private static Strength clauseStrength(String clause) {
        String lower = clause.toLowerCase(Locale.ROOT);
        int bestPos = Integer.MAX_VALUE;
        Strength result = Strength.INFO;
        ChineseStrengthRules.Found zh = ChineseStrengthRules.first(clause);
        if (zh != null) {
            bestPos = zh.position();
            result = zh.strength();
        }
        for (Cue cue : EN) {
            Matcher m = cue.pattern().matcher(lower);
            if (m.find() && m.start() < bestPos) {
                bestPos = m.start();
                result = cue.strength();
            }
        }
        return result;
    }

    /** The cues found in a sentence, for explaining a classification. */
    public static List<String> cues(String sentence) {
        List<String> out = new ArrayList<>();
        String lower = sentence.toLowerCase(Locale.ROOT);
        for (ChineseStrengthRules.Cue cue : ChineseStrengthRules.CUES) {
            Matcher m = cue.pattern().matcher(lower);
            while (m.find()) out.add(m.group());
        }
        for (Cue cue : EN) {
            Matcher m = cue.pattern().matcher(lower);
            while (m.find()) out.add(m.group());
        }
        return out;
    }
}
