package org.regatlas.parse;

import java.util.regex.Pattern;
import org.regatlas.model.Strength;

/**
 * The strength of a 款 of a law (issue 17): 应当, 必须, 须, 不得, 禁止, 严禁 are MUST; 可以 is MAY; anything else
 * (definitions, policy statements such as 国家鼓励…, penalties) is INFO, and so is what a definition's 是指… says. A 款 takes its strongest cue, so
 * 应当…；…可以… is MUST. Kept apart from {@link StrengthRules}, whose cues (建议, 宜, bare 可) are those of technical
 * guidelines and do not occur as modals in statutes. Thread-safe.
 */
public final class LawStrength {
    private LawStrength() {}

    // 不得不 ("has to") is not a prohibition; 无须 / 毋须 / 必须 handled so that 须 alone counts once.
    private static final Pattern MUST = Pattern.compile("应当|必须|不得(?!不)|禁止|严禁|不准|不许|(?<![必无毋])须(?!知)");
    private static final Pattern MAY = Pattern.compile("可以");
    /** What a definition says a term means (非处方药，是指……消费者可以自行判断……) obliges no one. */
    private static final Pattern DEFINITION = Pattern.compile("是指[^。；]*");

    /** The strength of one 款 (its lead-in and items together). */
    public static Strength classify(String clause) {
        clause = DEFINITION.matcher(clause).replaceAll("");
        if (MUST.matcher(clause).find()) return Strength.MUST;
        if (MAY.matcher(clause).find()) return Strength.MAY;
        return Strength.INFO;
    }
}
