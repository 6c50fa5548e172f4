package org.regatlas.checklist.obligation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number an obligation sets (至少两种 TKI, 15 年随访, 12 个月内复发, 95% 可信区间, 终身监测): the protocol has to state
 * the same number with the same unit, in either language, for the obligation to be met ("at least one TKI" does not
 * meet "at least two").
 *
 * @param value  the number; 0 for {@link Unit#LIFELONG}
 * @param unit   what is counted
 * @param source the words the obligation uses
 */
public record Quantity(double value, Unit unit, String source) {
    /** Counted things, with their Chinese and English words. */
    public enum Unit {
        MONTHS("(?:个)?月", "months?|-month"), YEARS("年", "years?|-year"), DAYS("[天日]", "days?|-day"),
        WEEKS("周", "weeks?|-week"), CYCLES("(?:个)?(?:周期|疗程)", "cycles?|courses?"), KINDS("[种类]", ""),
        PERCENT("%", "%| per ?cent"), LIFELONG("终身", "");

        final String zh;
        final String en;

        Unit(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }
    }

    private static final String CN_NUMERAL = "[零一二两三四五六七八九十百]+";
    private static final Pattern ZH = Pattern.compile("(\\d+(?:\\.\\d+)?|" + CN_NUMERAL
            + ")\\s*(个月|月|年|个周期|周期|疗程|天|日|周|种|类|%)");
    private static final String EN_NUMBER = "\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|"
            + "eleven|twelve|fifteen|twenty";
    private static final Pattern EN = Pattern.compile("(?i)\\b(" + EN_NUMBER + ")[- ]"
            + "(months?|years?|days?|weeks?|cycles?|courses?)\\b|(\\d+(?:\\.\\d+)?)\\s*%");
    private static final Pattern LIFELONG_ZH = Pattern.compile("终身");
    private static final Pattern LIFELONG_EN = Pattern.compile("(?i)\\blife-?long\\b|\\bfor life\\b|\\blifetime\\b");
    private static final List<String> WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty");

    /** The quantities stated in a piece of obligation text (Chinese or English). */
    public static List<Quantity> in(String text) {
        List<Quantity> out = new ArrayList<>();
        Matcher z = ZH.matcher(text);
        while (z.find()) {
            double v = number(z.group(1));
            Unit u = unitOfZh(z.group(2));
            if (v > 0 && u != null && !(u == Unit.YEARS && v > 100) && !ordinal(text,
                    z.start())) out.add(new Quantity(v, u, z.group()));
        }
        Matcher e = EN.matcher(text);
        while (e.find()) {
            if (e.group(3) != null) {
                out.add(new Quantity(Double.parseDouble(e.group(3)), Unit.PERCENT, e.group()));
            } else {
                Unit u = unitOfEn(e.group(2));
                if (u != null) out.add(new Quantity(number(e.group(1)), u, e.group()));
            }
        }
        if (LIFELONG_ZH.matcher(text).find() || LIFELONG_EN.matcher(text).find()) out.add(new Quantity(0,
                Unit.LIFELONG, "lifelong"));
        return out;
    }

    private static final java.util.Map<Quantity, Pattern> STATED = new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether {@code text} (protocol text, either language) states this quantity. */
    public boolean statedIn(String text) {
        if (unit == Unit.LIFELONG) return LIFELONG_ZH.matcher(text).find() || LIFELONG_EN.matcher(text).find();
        return STATED.computeIfAbsent(this, Quantity::pattern).matcher(text).find();
    }

    private Pattern pattern() {
        String n = value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
        List<String> forms = new ArrayList<>(List.of(Pattern.quote(n)));
        if (value == Math.rint(value) && value < WORDS.size()) forms.add(WORDS.get((int) value));
        String number = "(?<![\\d.])(?:" + String.join("|", forms) + ")(?![\\d]|\\.\\d)";
        String zhUnit = "\\s*" + unit.zh;
        String re = switch (unit) {
            case KINDS -> "(?i)(?<![\\w.\\-])" + number
                    + "(?![\\w.\\-])\\s+(?:or more\\s+)?(?:different\\s+|prior\\s+|distinct\\s+)?\\p{L}|" + number
                    + "\\s*[种类]";
            case PERCENT -> number + "\\s*%";
            default -> "(?i)" + number + "(?:[- ]|\\s)*(?:" + unit.en + ")\\b|" + number + zhUnit;
        };
        // a day count is also stated as the day it ends on ("28 days" as "Day 28", "D28", "第28天"), and whole weeks
        // in days and back ("4 weeks" as "28 days" or "D28"; "14 days" as "2 weeks", "2周")
        if (unit == Unit.DAYS && value == Math.rint(value)) {
            re += "|" + dayNumbered((long) value);
            if ((long) value % 7 == 0) re += "|" + weeks((long) value / 7);
        }
        if (unit == Unit.WEEKS && value == Math.rint(value)) {
            String days = "(?<![\\d.])" + (long) value * 7 + "(?![\\d]|\\.\\d)";
            re += "|(?i)" + days + "(?:[- ]|\\s)*days?\\b|" + days + "\\s*[天日]|" + dayNumbered((long) value * 7);
        }
        // whole years are also stated in months: "5 years" as "60 months", "Month 60", "60 个月"
        if (unit == Unit.YEARS && value == Math.rint(value)) {
            String months = "(?<![\\d.])" + (long) value * 12 + "(?![\\d]|\\.\\d)";
            re += "|(?i)" + months + "(?:[- ]|\\s)*months?\\b|(?i)\\bmonth\\s+" + months + "|" + months + "\\s*个?月";
        }
        return Pattern.compile(re);
    }

    /** "Day 28", "D28", "第28天": the day a count of days ends on. */
    private static String dayNumbered(long days) {
        return "(?i)\\b(?:day\\s*|D)" + days + "(?![\\d]|\\.\\d)|第\\s*" + days + "\\s*[天日]";
    }

    /** "2 weeks", "two-week", "2周". */
    private static String weeks(long n) {
        String number = "(?<![\\d.])(?:" + n + (n < WORDS.size() ? "|" + WORDS.get((int) n) : "") + ")(?![\\d]|\\.\\d)";
        return "(?i)" + number + "(?:[- ]|\\s)*weeks?\\b|" + number + "\\s*周";
    }

    /** A short English rendering for reasons: "2 (kinds)", "15 years", "lifelong". */
    public String label() {
        if (unit == Unit.LIFELONG) return "lifelong";
        String n = value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
        return switch (unit) {
            case KINDS -> n + " (number of agents/kinds)";
            case PERCENT -> n + "%";
            default -> n + " " + unit.name().toLowerCase(Locale.ROOT);
        };
    }

    /** 一线 / 第二 are ordinals, not counts. */
    private static boolean ordinal(String text, int start) {
        return start > 0 && text.charAt(start - 1) == '第';
    }

    private static Unit unitOfZh(String u) {
        return switch (u) {
            case "个月", "月" -> Unit.MONTHS;
            case "年" -> Unit.YEARS;
            case "天", "日" -> Unit.DAYS;
            case "周" -> Unit.WEEKS;
            case "个周期", "周期", "疗程" -> Unit.CYCLES;
            case "种", "类" -> Unit.KINDS;
            case "%" -> Unit.PERCENT;
            default -> null;
        };
    }

    private static Unit unitOfEn(String u) {
        String s = u.toLowerCase(Locale.ROOT);
        if (s.startsWith("month")) return Unit.MONTHS;
        if (s.startsWith("year")) return Unit.YEARS;
        if (s.startsWith("day")) return Unit.DAYS;
        if (s.startsWith("week")) return Unit.WEEKS;
        if (s.startsWith("cycle") || s.startsWith("course")) return Unit.CYCLES;
        return null;
    }

    static double number(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        int w = WORDS.indexOf(l);
        if (w >= 0) return w;
        if (l.matches("\\d+(?:\\.\\d+)?")) return Double.parseDouble(l);
        return chinese(s);
    }

    private static double chinese(String s) {
        String digits = "零一二三四五六七八九";
        int total = 0;
        int current = 0;
        for (char c : s.toCharArray()) {
            if (c == '两') current = 2;
            else if (digits.indexOf(c) >= 0) current = digits.indexOf(c);
            else if (c == '十') {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (c == '百') {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            }
        }
        return total + current;
    }
}
