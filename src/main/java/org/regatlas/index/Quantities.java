package org.regatlas.index;

import java.util.regex.Pattern;

/**
 * Whether a text gives an answer of quantity: a number with a unit of time or count ("15 years", "within fifteen
 * (15) U.S. business days", "every 6 months", "2 weeks", "100 patients", "15年", "每6个月", "30天内", "六十个工作日",
 * "两种属"), a frequency ("annually", "每年", "年度"), or the duration, frequency or time limit it sets without a
 * number ("the frequency is set in the marketing authorisation", "studies of at least equivalent duration"). A
 * question asking "how long", "how often", "多少天" wants such a sentence before the many that only name its subject.
 * Dates are not quantities ("2024年12月", "21 July 2012"). Thread-safe.
 */
public final class Quantities {
    private Quantities() {}

    private static final String NUMBER_EN = "(?:\\d+(?:[.,]\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve|thirteen|fourteen|fifteen|sixteen|eighteen|twenty|thirty|forty|fifty|sixty|ninety"
            + "|hundred)";
    private static final String UNIT_EN = "(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|cycles?|doses?"
            + "|patients?|subjects?|participants?|cases?|times|lines?|species|animals?|samples?|percent|%|°C|fold)";

    /** "2 weeks", "fifteen (15) U.S. business days", "6-month", "at least 100 patients", "95%". */
    private static final Pattern ENGLISH = Pattern.compile("(?i)(?<![\\w.])" + NUMBER_EN
            + "(?:\\s*\\(\\d+\\))?(?:\\s*-\\s*|\\s+)?(?:(?:U\\.S\\.|business|calendar|consecutive|working|additional"
            + "|more|prior)\\s+)*" + UNIT_EN + "(?![\\w])"
            + "|\\b(?:annually|annual|yearly|monthly|weekly|daily|quarterly|biannual(?:ly)?|semi-annual(?:ly)?"
            + "|every\\s+(?:other\\s+)?(?:day|week|month|year)|durations?|frequenc(?:y|ies)|intervals?|time\\s*frames?"
            + "|time\\s+limits?|deadlines?)\\b");

    /** "15年", "6个月", "30天", "14日", "每6个月", "两种属", "二线", "100例", "3次", "38℃", "80%". */
    private static final Pattern CHINESE = Pattern.compile("(?:\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百千半]+)\\s*"
            + "(?:个月|个?工作日|年|周|天|日|小时|分钟|例|次(?!性)|倍|%|％|℃|岁|线|剂|周期|种属|种动物|名受试者|名患者)"
            + "|每(?:\\d+\\s*)?(?:个月|年|季度|月|周|天|日)|年度|频率|频次|期限|时限|时长|持续时间|间隔");

    /** A calendar date, which names a number and a unit of time without stating a quantity. */
    private static final Pattern DATE = Pattern.compile("(?:19|20)\\d{2}\\s*年"
            + "(?:\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?)?|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日");

    /** Whether {@code text} states a quantity or a frequency. */
    public static boolean stated(String text) {
        if (text == null || text.isEmpty()) return false;
        String undated = DATE.matcher(text).replaceAll(" ");
        return ENGLISH.matcher(undated).find() || CHINESE.matcher(undated).find();
    }
}
