package org.regatlas.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.regatlas.model.Strength;

/**
 * The Chinese half of {@link StrengthRules}: modal cues and the sentence-level readings that cues alone get wrong
 * (DESIGN.md, "Provision": MUST 应/应当/必须/须/不得, SHOULD 建议/推荐/宜, MAY 可/可以/可考虑). The English rules
 * stay in {@link StrengthRules}; the two tables never share a pattern.
 *
 * <p>Readings beyond the cue words, each from how CDE guidelines use them:
 * <ul>
 *   <li>a guideline describing itself (本指导原则主要讨论……建议关注的内容) states no obligation;</li>
 *   <li>a scope statement (也可适用于……) is not a permission: 可 there says what the text covers;</li>
 *   <li>an actor's option (申办方可能将 PFS 作为主要终点, 申办方可能根据……调整) is a permission, though 可能 alone
 *       ("possibly") is not;</li>
 *   <li>the expected order of development (儿童试验通常在……开始前获得成人数据, 通常首先在……患者中开展) and an
 *       act said to matter (观察 NRM 对于综合评估其临床获益尤为重要) are recommendations without a modal word;</li>
 *   <li>a prohibition (不得, 禁止, 严禁, 不应) is a MUST; 不宜 and 不建议 are a SHOULD ({@link ProhibitionRules}
 *       flags them as forbidding).</li>
 * </ul>
 */
final class ChineseStrengthRules {
    private ChineseStrengthRules() {}

    /** A modal cue and the strength it gives the clause it governs. */
    record Cue(Pattern pattern, Strength strength) {}

    /** Where the first cue of a clause sits, and its strength. */
    record Found(int position, Strength strength) {}

    // Order matters within a clause only through match position; compounds that merely contain 应/可/需
    // (应答, 适应症, 效应, 可能, 可及, 需求) and the question 是否需要 ("whether … is needed") are excluded by the
    // look-arounds; so is 需 of what research has yet to show (仍需进一步研究加以阐明).
    static final List<Cue> CUES = List.of(
            new Cue(Pattern.compile("不要求|无需|不需要|不必|并非必须|没有必要|无必要"), Strength.MAY),
            new Cue(Pattern.compile("可能需要(?!.{0,6}(?:时间|资源))|可能须|可能应(?!答)"), Strength.SHOULD),
            new Cue(Pattern.compile("不得|不应|禁止|严禁|必须|务必|(?<![没无])有必要|(?<![反适相对供效响感呼理回])应当|(?<![反适相对供效响感呼回答])应(?![答用激变急]|对(?:措施|策略|方案|预案)|.{1,2}的)|(?<![必无所急])须(?!知)|(?<![可能不无急所必否])需(?![求要时时间]|[^，。；]{0,12}(?:阐明|揭示|证实))|(?<![可能不无否])需要(?!.{0,6}(?:时间|资源)|.{0,2}的)"), Strength.MUST),
            // 建议 as a noun (科学建议, 技术建议, 监测建议) or inside a noun phrase (建议关注的内容) recommends nothing.
            new Cue(Pattern.compile("不宜|(?<![研究的出学术测体关述该其些项细])建议(?!的|[^，。；：]{1,4}的(?:内容|问题|要点|事项|方面))|推荐(?!的)|鼓励|(?<![适便])宜(?![人])"), Strength.SHOULD),
            // 可适用/可用于 in a scope statement and 可能 ("possibly") are not permissions.
            new Cue(Pattern.compile("可以(?!适用)|可考虑|(?<![许认不])可(?![能信及靠行比用控操供获逆评溯接见视知疑观适])"), Strength.MAY));

    /** 本指导原则主要讨论/阐述/介绍……: the guideline describing itself. */
    private static final Pattern SELF_DESCRIPTION = Pattern.compile(
            "^[^，。；]{0,6}本(?:指导原则|原则|文件|指南)(?:主要)?(?:讨论|阐述|介绍|描述|概述|总结|梳理)");

    /** An actor's option: 申办方（也）可能（会）将/根据/在……. 可能需要 stays a hedged requirement. */
    private static final Pattern ACTOR_OPTION = Pattern.compile(
            "(?:申办方|申办者|申请人|研究者|持有人)(?:也|还|则)?可能(?:会)?(?:将|把|根据|基于|在|选择|采用|开展|调整|从|结合|考虑|使用|以)");

    /** 通常（首先）在……开展/进行/获得: the expected order of a development programme, a recommendation. */
    private static final Pattern EXPECTED_ORDER = Pattern.compile(
            "(?<!国内外|目前)通常(?:首先|先)?在[^。；]{0,40}?(?:开展|进行|获得)");

    /**
     * An act said to matter for an aim, a recommendation without a modal word: 观察 NRM 对于综合评估其临床获益尤为重要
     * ("observing NRM is particularly important for assessing the clinical benefit"). The subject must be an act
     * (观察, 监测, 评估…): IL-6 对 CRS 很重要 states a fact.
     */
    private static final Pattern VALUED_ACT = Pattern.compile("(?:^|[，；,;])\\s*(?:持续|长期|定期|及时|充分)?"
            + "(?:观察|监测|评估|评价|随访|检测|收集|记录|关注|考察|开展|进行|获取)[^，。；]{0,20}?对(?:于)?[^，。；]{1,30}?"
            + "(?:尤为|尤其|十分|非常|特别|极为|至关)?重要(?:[。；;]|$)");

    /** Who a bare 可 permits: an actor, a trial, a protocol; 可考虑/可采用/可参考 are permissions whoever acts. */
    static final Pattern PERMISSION_CONTEXT = Pattern.compile(
            "申办方|申办者|研究者|申请人|持有人|临床试验|试验设计|方案|可(?:以)?(?:考虑|参考|参照|采用|根据|基于|选择|替代|省略|豁免|应用|使用)");


    /**
     * A strength decided by the sentence as a whole, or null when its clauses' cues decide.
     */
    static @Nullable Strength sentenceReading(String sentence) {
        if (SELF_DESCRIPTION.matcher(sentence).find()) {
            return Strength.INFO;
        }
        return null;
    }

    /**
     * A strength the sentence reaches without a cue word of {@link #CUES} (an actor's option, an expected order),
     * or null. It is the floor the clause cues may raise.
     */
    static @Nullable Strength implicitReading(String sentence) {
        if (EXPECTED_ORDER.matcher(sentence).find() || VALUED_ACT.matcher(sentence).find()) {
            return Strength.SHOULD;
        }
        if (ACTOR_OPTION.matcher(sentence).find()) {
            return Strength.MAY;
        }
        return null;
    }

    /** The first Chinese cue in a clause, or null. */
    static @Nullable Found first(String clause) {
        Found best = null;
        for (Cue cue : CUES) {
            Matcher m = cue.pattern().matcher(clause);
            if (m.find() && (best == null || m.start() < best.position())) {
                best = new Found(m.start(), cue.strength());
            }
        }
        return best;
    }
}
