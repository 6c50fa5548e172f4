package org.regatlas.parse;

import java.util.regex.Pattern;
import org.regatlas.model.Strength;

/**
 * The strength of a 款 of a law (issue 17): 应当, 必须, 须, 不得, 禁止, 严禁 are MUST; 可以 is MAY; anything else
 * (definitions, policy statements such as 国家鼓励…, penalties) is INFO, and so are the modal words that bind no one
 * ({@link #NOT_A_DUTY}: a definition's 是指…, a sanction's 禁止, 应当知道). A 款 takes its strongest cue, so
 * 应当…；…可以… is MUST. Kept apart from {@link StrengthRules}, whose cues (建议, 宜, bare 可) are those of technical
 * guidelines and do not occur as modals in statutes. Thread-safe.
 */
public final class LawStrength {
    private LawStrength() {}

    // 不得不 ("has to") is not a prohibition; 无须 / 毋须 / 必须 handled so that 须 alone counts once.
    private static final Pattern MUST = Pattern.compile("应当|必须|不得(?!不)|禁止|严禁|不准|不许|(?<![必无毋])须(?!知)");
    private static final Pattern MAY = Pattern.compile("可以");
    /**
     * Modal words that bind no one: what a definition says a term means (非处方药，是指……消费者可以自行判断……); a
     * sanction of the 法律责任 chapter (十年内禁止从事药品生产经营活动, 五年内不得开展……); "knew or should have known"
     * (知道或者应当知道); a duty left undone, stated as a penalty's condition (依法应当召回药品而未召回的); an
     * exception (除依法应当按照假药、劣药处罚的外).
     */
    private static final Pattern NOT_A_DUTY = Pattern.compile("是指[^。；]*|应当知道|"
            + "(?:[一二三四五六七八九十\\d]+年内|终身)(?:不得|禁止)|(?:依法)?应当[^，。；：]*?而(?:未|不)[^，。；：]*?的|"
            + "除[^，。；]*?应当[^，。；]*?(?:以外|外)");

    /** The strength of one 款 (its lead-in and items together). */
    public static Strength classify(String clause) {
        clause = NOT_A_DUTY.matcher(clause).replaceAll("");
        if (MUST.matcher(clause).find()) return Strength.MUST;
        if (MAY.matcher(clause).find()) return Strength.MAY;
        return Strength.INFO;
    }

    /** Whether a 款 forbids something, a sanction's 禁止 and 不得 left aside. */
    public static boolean forbids(String clause) {
        return ProhibitionRules.forbids(NOT_A_DUTY.matcher(clause).replaceAll(""));
    }
}
