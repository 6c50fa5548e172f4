package org.regatlas.checklist.obligation;

import java.util.regex.Pattern;

/**
 * Cues that make a descriptive (INFO) guideline sentence an expectation a protocol should meet: what is usual or
 * defined (通常, 定义为, typically), what matters (尤为重要, 关键, important), what the sponsor may do (申办方可能将…),
 * and which risks the treatment carries (可能导致…不良反应, may cause). Sentences without them are background.
 */
final class ExpectationCues {
    private ExpectationCues() {}

    /** Cues in order of strength: what matters, is usual or defined, or what the sponsor may do; then risks. */
    private static final java.util.List<Pattern> CUES = java.util.List.of(
            Pattern.compile("尤为重要|十分重要|非常重要|重要(?:指标|价值|组成|的)|关键|(?i:\\b(?:important|critical)\\b)"),
            Pattern.compile("通常|一般(?:应|会|需)|定义为"
                    + "|(?i:\\b(?:typically|usually|generally|is defined as|are defined as)\\b)"),
            Pattern.compile("申办方(?:也)?可能|(?i:\\bsponsors? (?:may|might|could)\\b)"),
            Pattern.compile("可能(?:导致|引起|增加|加重)|进一步加重|(?i:\\bmay (?:cause|lead to|result in|increase)\\b)"));

    /** Rank of the weakest cue: a risk the treatment may cause. */
    static final int RISK = 3;

    /** Rank of a text with no cue. */
    static final int NONE = 100;

    static boolean matches(String text) {
        return rank(text) < NONE;
    }

    /** The cue words found, strongest first. */
    static java.util.List<String> found(String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (Pattern p : CUES) {
            java.util.regex.Matcher m = p.matcher(text);
            while (m.find()) out.add(m.group());
        }
        return out;
    }

    /** 0 for the strongest cue, higher for weaker ones, {@link #NONE} without a cue. */
    static int rank(String text) {
        for (int i = 0; i < CUES.size(); i++) if (CUES.get(i).matcher(text).find()) return i;
        return NONE;
    }
}
