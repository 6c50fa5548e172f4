package org.regatlas.checklist.applicability;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.regatlas.checklist.obligation.ConceptVocabulary;
import org.regatlas.checklist.obligation.ElementExtractor;
import org.regatlas.checklist.obligation.Elements;
import org.regatlas.checklist.obligation.Obligation;

/**
 * Which obligations belong to another document than the protocol: the marketing-authorisation risk management plan
 * and pharmacovigilance, the quality dossier (IMPD, CTD Module 2/3), the investigator's brochure (nonclinical
 * studies), the labelling, the informed consent form, and the programme's applications to regulators. Read from the
 * obligation's subject and object: the clause carrying its modal verb, and the clauses before it. An obligation that
 * names the protocol ("the protocol should state...", 方案中应明确) stays with the protocol whatever else it names.
 */
public final class DocumentScope {
    private DocumentScope() {}

    private record Rule(String document, Pattern cue) {}

    private static final Pattern NAMES_PROTOCOL = Pattern.compile("(?i)\\bprotocols?\\b|\\btrial design\\b|方案中|试验方案"
            + "|临床试验设计");

    private static final List<Rule> RULES = List.of(
            new Rule("the risk management plan and pharmacovigilance (RMP)", Pattern.compile("(?i)risk[- ]management "
                    + "plans?\\b[^.;]{0,60}\\b(?:marketing|licen[cs]|authori[sz]ation)|marketing (?:authori[sz]ation )?"
                    + "applications?|pharmacovigilance|\\bPSURs?\\b|periodic safety update|post-?marketing|"
                    + "post-?authori[sz]ation|after licensure|\\bMAHs?\\b|risk[- ]control plan|risk[- ]management "
                    + "(?:strategy|plans? of all)|risk[- ]minimi[sz]ation measures|MedWatch|药物警戒|上市后|上市申请"
                    + "|定期安全(?:性)?更新报告|风险控制计划|上市许可持有人")),
            new Rule("the quality dossier (IMPD / CTD Module 2-3)", Pattern.compile("(?i)\\bModule [23]\\b|\\bCMC\\b"
                    + "|manufacturing\\b|manufactured\\b|production process|starting material|release specification"
                    + "|product stability|hold times?|analytical methods?|生产(?:过程|工艺)|质量控制|供体要求|分析方法")),
            new Rule("the investigator's brochure (nonclinical data)", Pattern.compile("(?i)^(?:the )?non-?clinical "
                    + "(?:studies|data)|rodent bioassays?|carcinogenicity (?:assessment|studies)|^非临床研究")),
            // tests on animals or in vitro are the nonclinical programme's, whatever guideline recommends them
            new Rule("the nonclinical studies (IND pharmacology and toxicology section, CTD Module 4)",
                    Pattern.compile("(?i)\\banimal (?:studies|models?|testing|species|data)\\b|\\btreated animals\\b"
                            + "|\\btest species\\b|\\btoxicology (?:studies|testing)\\b|\\bin vitro\\b(?! diagnostic)"
                            + "|动物(?:实验|试验|研究|模型)|体外(?:研究|试验|评估)")),
            new Rule("the labelling", Pattern.compile("(?i)(?:through|inform|into|in) (?:the )?(?:product )?"
                    + "label(?:l?ing)?\\b|说明书中")),
            new Rule("the informed consent form (ICF)", Pattern.compile("(?i)\\b(?:patients?|participants?|subjects?) "
                    + "should be (?:told|informed)\\b|受试者应(?:被)?告知|\\binformed consent (?:forms? |documents? )?"
                    + "(?:should|must|shall) (?:address|include|describe|explain|mention|contain|state|cover"
                    + "|disclose)\\b|知情同意书(?:中)?应(?:当)?(?:包括|包含|说明|载明|写明)")),
            // the subject of the duty is another party: what it must do is its own procedure, not the protocol's
            new Rule("the ethics committee's own procedures (a duty of the committee)",
                    Pattern.compile("(?i)^\\W*(?:an? |the |each )?(?:ethics committees?|institutional review boards?"
                            + "|IRBs?|IECs?|伦理委员会)\\s*(?:shall|should|must|is responsible|应当|应|负责)")),
            new Rule("the regulator's own duties", Pattern.compile("(?i)^\\W*(?:the )?(?:FDA|Agency|competent "
                    + "authorit(?:y|ies)|(?:drug )?regulatory (?:department|authorit)\\w*(?: under the State Council)?"
                    + "|(?:国务院)?药品监督管理部门|NMPA)\\s*(?:shall|should|must|will|应当|应|负责)")),
            new Rule("the institutions' own duties (the laboratories and trial sites that conduct the studies)",
                    Pattern.compile("(?i)^\\W*[^，。；,;]{0,25}(?:研究|试验)机构(?:必须|应当|应)|^\\W*(?:the )?(?:[\\w-]+ )"
                            + "{0,6}institutions? (?:for [\\w -]{0,60})?(?:must|shall|should) (?:implement|comply)")),
            new Rule("the development programme as a whole (its plans across trials and stages of development)",
                    Pattern.compile("(?i)\\b(?:at|during|throughout|in) (?:the |all |each |every )?(?:earliest "
                            + "|subsequent |later )?stages? of (?:the )?(?:product |clinical |drug )?development\\b"
                            + "|\\bthroughout (?:the )?(?:clinical |product )?development\\b"
                            + "|\\bindividual development program")),
            new Rule("the sponsor's consultations with the regulator", Pattern.compile("(?i)\\b(?:should|must|shall) "
                    + "be (?:discussed|agreed|consulted on) with (?:the )?(?:\\w+ ){0,2}(?:FDA|Agency|review division"
                    + "|competent authorit(?:y|ies)|regulators?)\\b|与(?:药审)?中心沟通")),
            new Rule("the programme's applications to regulators (the applicant's IND, BLA or MAA)", Pattern.compile(
                    "(?i)^\\W*(?:the )?applicants? (?:should|must|shall)\\b")),
            new Rule("the programme's applications to regulators (IND/CTA)", Pattern.compile("(?i)\\bIND\\b[^.;]{0,30}"
                    + "(?:application|submission|submit)|研究性新药申请|经[^。；，]{0,15}药品监督管理部门[^。；，]{0,6}批准"
                    + "|报送[^。；，]{0,40}(?:数据|资料|样品)"
                    + "|approved by the (?:\\w+ ){0,4}(?:drug )?regulatory (?:department|authorit)")));

    /** Answers do not depend on the protocol: worked out once per obligation. */
    private static final java.util.Map<String, Optional<String>> ANSWERS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The document an obligation belongs to when it is not the protocol; empty when it is the protocol's. */
    public static Optional<String> elsewhere(Obligation o) {
        return ANSWERS.computeIfAbsent(o.id() + "\n" + o.provision().text(), k -> find(o));
    }

    private static Optional<String> find(Obligation o) {
        String text = o.provision().textEn() != null ? o.provision().textEn() : o.provision().text();
        // A Chinese official sentence is read as well as the team's translation of it.
        String zh = o.provision().isTranslated("en") ? o.provision().text() : o.provision().textZh();
        for (String t : zh == null ? List.of(text) : List.of(text, zh)) {
            String head = subjectAndObject(t, o);
            if (NAMES_PROTOCOL.matcher(head).find()) return Optional.empty();
            for (Rule r : RULES) if (r.cue().matcher(head).find()) return Optional.of(r.document());
        }
        return everyDuty(o.elements().groups());
    }

    /**
     * The document every duty of an obligation names when its subject names none ("…申办方应开展更严格的随访监测，并在
     * 说明书中强化相关风险提示", once the first duty names nothing a protocol could state); empty when one duty is the
     * protocol's.
     */
    private static Optional<String> everyDuty(List<Elements.Group> duties) {
        Optional<String> out = Optional.empty();
        for (Elements.Group g : duties) {
            Optional<String> d = duty(g);
            if (d.isEmpty()) return Optional.empty();
            if (out.isEmpty()) out = d;
        }
        return out;
    }

    /** The other document one duty names, read from its own clauses; empty when it names none or the protocol. */
    public static Optional<String> duty(Elements.Group g) {
        if (g.text().isEmpty() || NAMES_PROTOCOL.matcher(g.text()).find()) return Optional.empty();
        for (Rule r : RULES) if (r.cue().matcher(g.text()).find()) return Optional.of(r.document());
        return Optional.empty();
    }

    /** The obligation's clauses up to and including the one carrying its modal verb (the whole text if none). */
    private static String subjectAndObject(String text, Obligation o) {
        List<String> clauses = ElementExtractor.clauses(ConceptVocabulary.normalize(text));
        int anchor = ElementExtractor.anchorClause(clauses, o.provision().strength());
        return String.join("，", clauses.subList(0, Math.min(clauses.size(), anchor + 1)));
    }
}
