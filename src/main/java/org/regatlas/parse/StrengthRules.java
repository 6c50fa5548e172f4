package org.regatlas.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regatlas.model.Strength;

/**
 * Classifies a sentence's strength from its modal cues (DESIGN.md, "Provision"): MUST 应/应当/必须/须/不得/有必要,
 * must/shall/required; SHOULD 建议/推荐/宜, should/recommend; MAY 可/可以/可考虑, may.
 *
 * <p>Each clause (split at ，, ; and ：) is governed by its first cue, so in 建议申办方……应…… the recommendation
 * governs; a sentence takes the strongest of its clauses, so a separate 应 clause still makes it MUST. Hedged
 * cues are weaker: 可能需要 / "may be required" are SHOULD; 可能 alone ("possibly") is not a permission; negated
 * requirements (不要求, 无需, "need not") are MAY.
 */
public final class StrengthRules {
    private StrengthRules() {}

    private record Cue(Pattern pattern, Strength strength) {}

    // Order matters within a clause only through match position; compounds that merely contain 应/可/需
    // (应答, 适应症, 效应, 可能, 可及, 需求) are excluded by the look-arounds.
    private static final List<Cue> ZH = List.of(
            new Cue(Pattern.compile("不要求|无需|不需要|不必|并非必须"), Strength.MAY),
            new Cue(Pattern.compile("可能需要(?!.{0,6}(?:时间|资源))|可能须|可能应(?!答)"), Strength.SHOULD),
            new Cue(Pattern.compile("不得|不应|禁止|严禁|必须|务必|有必要|(?<![反适相对供效响感呼理回])应当|(?<![反适相对供效响感呼回答])应(?![答用激变急]|对(?:措施|策略|方案|预案)|.{1,2}的)|(?<![必无所急])须(?!知)|(?<![可能不无急所必])需(?![求要时时间])|(?<![可能不无])需要(?!.{0,6}(?:时间|资源)|.{0,2}的)"), Strength.MUST),
            new Cue(Pattern.compile("(?<![研究的出])建议(?!的)|推荐(?!的)|鼓励|(?<![适便不])宜(?![人])"), Strength.SHOULD),
            new Cue(Pattern.compile("可以|可考虑|(?<![许认不])可(?![能信及靠行比用控操供获逆评溯接见视知疑观])"), Strength.MAY));

    private static final List<Cue> EN = List.of(
            new Cue(Pattern.compile("\\bneed not\\b|\\bnot (?:be )?required\\b|\\bis not necessary\\b|\\bare not necessary\\b|\\boptional\\b"), Strength.MAY),
            new Cue(Pattern.compile("\\bmay (?:be|also be) (?:required|needed|necessary)\\b|\\bmight (?:be )?(?:required|needed)\\b"), Strength.SHOULD),
            new Cue(Pattern.compile("\\bmust\\b|\\bshall\\b|\\bmay not\\b|\\b(?:is|are|be) required\\b|\\brequired to\\b|\\bis necessary\\b|\\bare necessary\\b|\\bprohibited\\b|\\bmandatory\\b"), Strength.MUST),
            new Cue(Pattern.compile("\\bshould\\b|\\brecommend(?:s|ed|ation)?\\b|\\bencourage[sd]?\\b|\\badvise[sd]?\\b|\\bexpects?\\b|\\bexpected to\\b"), Strength.SHOULD),
            new Cue(Pattern.compile("\\bmay\\b|\\bcan be considered\\b|\\bcould consider\\b|\\bis acceptable\\b|\\bcan\\b"), Strength.MAY));

    private static final Pattern NEGATED_REQUIREMENT = Pattern.compile("不要求|无需|不需要|不必|(?i:need not|not required)");
    private static final Pattern CLAUSE = Pattern.compile("[，,；;：:]");
    /** A clause that only states a condition ("如果…", "when …") carries no obligation of its own. */
    private static final Pattern CONDITIONAL = Pattern.compile("^\\s*(?:如果|若|倘若|假如|如|当|在.{0,20}(?:情况下|时)$|(?i:if|when|where|unless)\\b)");
    /** Bare 可 / can / may is a permission only when someone is permitted: an actor, a trial, a scope. */
    private static final Pattern PERMISSION_CONTEXT = Pattern.compile(
            "申办方|申办者|研究者|申请人|持有人|临床试验|试验设计|方案|适用|(?i:sponsor|applicant|investigator|holder|manufacturer|trial|protocol|study)");

    /** The strength of one sentence. */
    public static Strength classify(String sentence) {
        Strength best = Strength.INFO;
        for (String clause : CLAUSE.split(sentence)) {
            if (CONDITIONAL.matcher(clause).find()) {
                continue;
            }
            Strength s = clauseStrength(clause);
            if (s.compareTo(best) < 0) best = s;
        }
        if (best == Strength.MAY && !PERMISSION_CONTEXT.matcher(sentence).find() && !NEGATED_REQUIREMENT.matcher(sentence).find()) {
            return Strength.INFO;   // "可与肿瘤细胞结合" / "cells can persist": a capability, not a permission
        }
        return best;
    }

    private static Strength clauseStrength(String clause) {
        String lower = clause.toLowerCase(Locale.ROOT);
        int bestPos = Integer.MAX_VALUE;
        Strength result = Strength.INFO;
        for (Cue cue : ZH) {
            Matcher m = cue.pattern().matcher(clause);
            if (m.find() && m.start() < bestPos) {
                bestPos = m.start();
                result = cue.strength();
            }
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
        for (List<Cue> cues : List.of(ZH, EN)) {
            for (Cue cue : cues) {
                Matcher m = cue.pattern().matcher(sentence.toLowerCase(Locale.ROOT));
                while (m.find()) out.add(m.group());
            }
        }
        return out;
    }
}
