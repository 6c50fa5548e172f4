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
     * under a heading on trials in R/R patients is not about the definition of R/R disease. A sentence naming no
     * topic takes those of its nearest heading that names any ({@link #trailTopics}).
     */
    static List<String> withHeadingTopics(TopicTagger tagger, List<String> own, List<String> headingTopics,
                                          List<String> nearestHeadingTopics) {
        if (own.isEmpty()) {
            return nearestHeadingTopics;
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

    /**
     * A law named as where a rule sits (依照《药品管理法》第七十三条的规定给予处罚, 应当符合《药品管理法》第六章和本条例的有关
     * 规定, 有《药品管理法》第四十一条规定情形的除外, 在《药品管理法》和本条例规定的处罚幅度内): a pointer, as a cited CFR
     * section is, not the legal basis the paragraph discusses. A paragraph that names the law it rests on
     * (根据《中华人民共和国药品管理法》，制定本条例; 根据《…》的规定，制定本办法) keeps it.
     */
    private static final Pattern LAW_POINTER = Pattern.compile(
            "(?:《[^》]{1,40}》[、和及]?)+[^。；，《》]{0,24}?规定(?![^。；]{0,6}制定)");

    private static final Pattern LAW_TITLE = Pattern.compile("《[^》]*》");

    /** The words of a heading or sentence that say what it is about, without its bracketed or cited references. */
    static String headingSubject(String title) {
        // the section number stays: "312.32" still says what the rule is about (IND safety reports)
        return CFR_POINTER.matcher(BRACKETED_REFERENCE.matcher(title).replaceAll(" "))
                .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(CFR.matcher(m.group()).replaceFirst("§")));
    }

    private static final String LEGAL_BASIS = "legal-basis";

    /**
     * The topics a sentence or heading names ({@link #headingSubject}), legal basis only where a law is named other
     * than as a pointer ({@link #LAW_POINTER}). The pointer's law still says what else the text is about: 依照《药物临床
     * 试验质量管理规范》的规定 is about good clinical practice.
     */
    static List<String> topics(TopicTagger tagger, String text) {
        String subject = headingSubject(text);
        List<String> tags = tagger.tag(subject);
        if (!tags.contains(LEGAL_BASIS) || !LAW_POINTER.matcher(subject).find()) return tags;
        String unpointed = LAW_POINTER.matcher(subject)
                .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(LAW_TITLE.matcher(m.group()).replaceAll("《》")));
        if (tagger.tag(unpointed).contains(LEGAL_BASIS)) return tags;
        return tags.stream().filter(t -> !t.equals(LEGAL_BASIS)).toList();
    }

    /**
     * The topics of a section's nearest heading that names any: its own, or when its own names none ("7.2
     * Single-Dose Trials at Sub-therapeutic Doses", "8.2.4 Subject assessments and interventions") its parent's, and
     * so on up ("7. EXPLORATORY CLINICAL TRIALS", "8. Planning and conduct of FIH and early clinical trials"). A
     * sub-heading that names its own subject ("3.3 Animal Species/Model Selection") narrows its parent's, whose
     * topics ("3. PRECLINICAL SAFETY TESTING") do not come down past it. Only a sentence that names nothing itself
     * takes an ancestor's topics (see {@link #withHeadingTopics}): one that names its own subject under "8. Planning
     * and conduct of FIH ..." is about that subject first, and every such sentence tagged with the chapter's topic
     * would crowd the sentences that are about it.
     */
    static List<String> trailTopics(TopicTagger tagger, List<String> headings) {
        for (int i = headings.size() - 1; i >= 0; i--) {
            List<String> named = topics(tagger, headings.get(i));
            if (!named.isEmpty()) return named;
        }
        return List.of();
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
