package org.regatlas.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Finds who a sentence addresses: sponsor 申办方, investigator 研究者, applicant 申请人, MAH 持有人, ... */
public final class ActorRules {
    private ActorRules() {}

    // Insertion order is the output order; 药审中心 / "the Agency" are the regulator, a 中心实验室 is not.
    private static final Map<String, Pattern> RULES = orderedRules();

    private static Map<String, Pattern> orderedRules() {
        var m = new java.util.LinkedHashMap<String, Pattern>();
        m.put("sponsor", Pattern.compile("申办方|申办者|(?i:\\bsponsors?\\b)"));
        m.put("investigator", Pattern.compile("研究者|(?i:\\binvestigators?\\b)"));
        m.put("applicant", Pattern.compile("申请人|注册申请人|(?i:\\bapplicants?\\b)"));
        m.put("mah", Pattern.compile("持有人|(?i:marketing authori[sz]ation holders?)|\\bMAHs?\\b|(?i:\\bBLA holders?\\b)"));
        m.put("manufacturer", Pattern.compile("生产企业|生产商|(?i:\\bmanufacturers?\\b)"));
        m.put("hcp", Pattern.compile("医务人员|医护人员|(?i:health ?care (?:professionals?|providers?))|\\bHCPs?\\b"));
        m.put("site", Pattern.compile("医疗机构|研究中心(?!实验室)|临床试验机构|(?i:\\b(?:trial |clinical )?sites?\\b)"));
        m.put("ethics-committee", Pattern.compile("伦理委员会|(?i:ethics committees?|\\bIRBs?\\b|institutional review boards?)"));
        m.put("regulator", Pattern.compile("药审中心|审评机构|监管部门|药品监督管理|(?<![心验])中心(?=进行沟通|沟通)|\\bFDA\\b|\\bEMA\\b|\\bNMPA\\b|\\bCDE\\b|(?i:\\bthe agency\\b)"));
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Actor ids mentioned in {@code sentence}, in a fixed order. */
    public static List<String> find(String sentence) {
        List<String> out = new ArrayList<>();
        RULES.forEach((actor, p) -> {
            if (p.matcher(sentence).find()) out.add(actor);
        });
        return out;
    }
}
