package org.regatlas.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.regatlas.model.Strength;

/**
 * Topics a sentence takes beyond the vocabulary it names ({@link TopicTagger}): its section's, and long-term
 * follow-up for a follow-up obligation.
 */
final class TopicRules {
    private TopicRules() {}

    /**
     * Monitoring patients through follow-up (随访过程中持续监测克隆形成和继发肿瘤, 更加严格的随访监测): watching for
     * delayed risks, what long-term follow-up is for. Not a visit that dates an endpoint (预定随访时间点), follow-up
     * as a service (患者教育和随访) or the adverse events of a trial's own follow-up (后续随访中密切关注不良事件).
     */
    private static final Pattern FOLLOW_UP = Pattern.compile(
            "随访[^。；，]{0,6}?监测|(?i:\\bfollow[- ]up\\b[^.;]{0,40}\\bmonitor|\\bmonitor[^.;]{0,40}\\bfollow[- ]up\\b)");

    /**
     * The sentence's own topics plus its section's heading topics. A heading naming a subject (细胞因子释放综合征,
     * 桥接治疗, 疗效终点) says what each of its sentences is about; a heading naming a population (复发或难治性疾病
     * 患者中的临床试验, 更前线患者) says whom the section's trials enrol, which the conditions already carry, so its
     * population topics go only to sentences naming no topic or a population topic of their own: a CRS sentence
     * under a heading on trials in R/R patients is not about the definition of R/R disease.
     */
    static List<String> withHeadingTopics(TopicTagger tagger, List<String> own, List<String> headingTopics) {
        if (own.isEmpty()) {
            return headingTopics;
        }
        boolean ownPopulation = own.stream().anyMatch(t -> group(tagger, t).equals(POPULATION));
        List<String> out = new ArrayList<>(own);
        for (String t : headingTopics) {
            if (!out.contains(t) && (ownPopulation || !group(tagger, t).equals(POPULATION))) out.add(t);
        }
        return out;
    }

    /** A bracketed reference in a heading ("[21 CFR 312.23(a)(8)]"): where the rule is, not what the section is about. */
    private static final Pattern BRACKETED_REFERENCE = Pattern.compile("\\[[^\\]]*\\d[^\\]]*\\]");

    /**
     * A CFR section cited as where a rule sits ("must be reported to FDA under 21 CFR 312.32", "as required by 21
     * CFR 312.6(a)", "(21 CFR 10.115(b))", "see 21 CFR 25.24"): a pointer, not the legal basis the text discusses.
     * A sentence about the regulations themselves ("Current regulations at 21 CFR 312.22 and 312.23 contain ...")
     * keeps it.
     */
    private static final Pattern CFR_POINTER = Pattern.compile(
            "(?:\\b(?:under|by|per|see|in accordance with|pursuant to)\\s+|\\(\\s*(?:see\\s+)?)"
                    + "21\\s*CFR\\s+(?:[Pp]arts?\\s+)?\\d+(?:\\.\\d+)?(?:\\s*\\([0-9a-z]+\\))*\\)?");

    private static final Pattern CFR = Pattern.compile("21\\s*CFR\\s+(?:[Pp]arts?\\s+)?");

    /** The words of a heading or sentence that say what it is about, without its bracketed or cited references. */
    static String headingSubject(String title) {
        // the section number stays: "312.32" still says what the rule is about (IND safety reports)
        return CFR_POINTER.matcher(BRACKETED_REFERENCE.matcher(title).replaceAll(" "))
                .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(CFR.matcher(m.group()).replaceFirst("§")));
    }

    /** The taxonomy group of topics describing who is enrolled (taxonomy.json). */
    private static final String POPULATION = "population";

    private static String group(TopicTagger tagger, String topic) {
        return tagger.taxonomy().topic(topic).map(t -> t.parent() == null ? t.id() : t.parent()).orElse(topic);
    }

    /**
     * An obligation to follow patients up (申办方应在临床试验的随访过程中持续监测……, 应开展更加严格的随访监测) is a
     * long-term follow-up requirement, though it does not say 长期随访. Left to the tagger's vocabulary rather
     * than the taxonomy's synonyms, so a search for long-term follow-up does not read every 随访 as naming it.
     */
    static List<String> withFollowUp(String sentence, Strength strength, List<String> topics) {
        if (!strength.isObligation() || topics.contains("ltfu") || !FOLLOW_UP.matcher(sentence).find()) {
            return topics;
        }
        List<String> out = new ArrayList<>(topics);
        out.add("ltfu");
        return out;
    }
}
