package org.regatlas.checklist.applicability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The trial phases a protocol's title or synopsis states ("A Phase 3, Randomized...", "Phase 1/2", "Phase Ib/II",
 * "I/II 期", "first-in-human"), as profile design values {@code phase-1} to {@code phase-4}. Counted like the other
 * profile values: those named at least a third as often as the most frequent one, so a synopsis that names an earlier
 * phase once beside its own does not change it.
 */
final class TrialPhases {
    private TrialPhases() {}

    private static final String NUMBER = "(IV|I{1,3}|[1-4]|Ⅰ|Ⅱ|Ⅲ|Ⅳ)";
    private static final Pattern PHASE = Pattern.compile("(?i)\\bphase\\s*" + NUMBER + "[ab]?(?:\\s*(?:/|-|–|and|to)"
            + "\\s*(?:phase\\s*)?" + NUMBER + "[ab]?)?(?!\\w|\\.\\d)");
    // "II期关键性临床研究", "I 期剂量递增研究": a few words may stand between the phase and 试验/研究
    private static final Pattern PHASE_ZH = Pattern.compile(NUMBER + "[ab]?\\s*(?:/\\s*" + NUMBER + "[ab]?\\s*)?期"
            + "[\\p{IsHan}、]{0,12}?(?:试验|研究)");
    private static final Pattern FIRST_IN_HUMAN = Pattern.compile("(?i)first[- ]in[- ]human|首次人体");

    /** The phases the texts name, most frequent first; empty when none. */
    static List<String> named(List<String> texts) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String t : texts) {
            for (Pattern p : List.of(PHASE, PHASE_ZH)) {
                Matcher m = p.matcher(t);
                while (m.find()) {
                    count(counts, m.group(1));
                    if (m.group(2) != null) count(counts, m.group(2));
                }
            }
            if (FIRST_IN_HUMAN.matcher(t).find()) counts.merge("phase-1", 1, Integer::sum);
        }
        int top = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<String> out = new ArrayList<>();
        counts.forEach((v, n) -> {
            if (n >= Math.max(1, top / 3.0)) out.add(v);
        });
        return out;
    }

    private static void count(Map<String, Integer> counts, String number) {
        counts.merge("phase-" + arabic(number), 1, Integer::sum);
    }

    private static int arabic(String number) {
        return switch (number.toUpperCase(Locale.ROOT)) {
            case "I", "1", "Ⅰ" -> 1;
            case "II", "2", "Ⅱ" -> 2;
            case "III", "3", "Ⅲ" -> 3;
            default -> 4;
        };
    }
}
