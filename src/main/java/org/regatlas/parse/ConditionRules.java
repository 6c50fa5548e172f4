package org.regatlas.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.regatlas.model.Conditions;

/**
 * Finds the conditions under which a provision applies (DESIGN.md: indication, population, design, product, line
 * of therapy) from cue words. The same rules read protocols when a checklist profile is inferred, so a negated cue
 * ("non-randomized", "not randomized", 非随机) names the opposite value rather than the cue's own.
 */
public final class ConditionRules {
    private ConditionRules() {}

    private record Rule(String dimension, String value, Pattern pattern) {}

    private static final List<Rule> RULES = List.of(
            rule("indication", "b-all", "B-ALL|B\\s*细胞急性淋巴细胞白血病|急性\\s*B\\s*淋巴细胞白血病|(?i:B[- ]cell acute lymphoblastic leuka?emia)|\\bB-?ALL\\b"),
            rule("indication", "t-all", "T-ALL|T\\s*细胞急性淋巴细胞白血病|(?i:T[- ]cell acute lymphoblastic)"),
            rule("indication", "b-nhl", "B-NHL|非霍奇金|(?i:non-?hodgkin)|大\\s*B\\s*细胞淋巴瘤|侵袭性\\s*B\\s*细胞淋巴瘤|\\bD?LBCL\\b|(?i:large B[- ]cell lymphoma)"),
            rule("indication", "lbcl", "大\\s*B\\s*细胞淋巴瘤|\\bD?LBCL\\b|(?i:large B[- ]cell lymphoma)"),
            rule("indication", "mm", "多发性骨髓瘤|(?i:multiple myeloma)|\\bR?R?MM\\b"),
            rule("indication", "cll", "慢性淋巴细胞白血病|(?i:chronic lymphocytic leuka?emia)|\\bCLL\\b"),
            rule("indication", "solid-tumor", "实体瘤|(?i:solid tumou?rs?)"),
            rule("population", "pediatric", "儿童|青少年|儿科|(?i:p(?:a)?ediatric|children|adolescents?)"),
            rule("population", "adult", "成人|成年|(?i:\\badults?\\b)"),
            rule("design", "early-phase", "早期探索|探索性临床试验|(?i:early[- ]phase|first[- ]in[- ]human|phase (?:1|I)\\b)"),
            rule("design", "dose-finding", "剂量探索|剂量递增|(?i:dose[- ](?:finding|escalation))|\\bmTPI\\b|\\bBOIN\\b"),
            rule("design", "single-arm", "单臂|非随机对照|非随机化|目标值法|(?i:single[- ]arm|\\bnon-?randomi[sz]ed|"
                    + "\\bnot (?:be )?randomi[sz]ed|\\bwithout randomi[sz]ation)"),
            // negated forms ("NON-RANDOMIZED", "not randomized", 非随机化) name the opposite design
            rule("design", "randomized", "(?<!非)随机对照|(?<!非)随机分组|(?<!非)随机化|(?i:(?<!non-)(?<!non)(?<!not )"
                    + "(?<!not be )randomi[sz]ed)"),
            rule("design", "confirmatory", "确证性|关键性|(?i:confirmatory|pivotal|phase (?:3|III)\\b)"),
            rule("product", "autologous", "自体|(?i:autologous)"),
            rule("product", "allogeneic", "异体|异基因(?!造血)|通用型|(?i:allogeneic|off-the-shelf)"),
            rule("product", "car-nk", "CAR-NK|CAR\\s*自然杀伤|(?i:CAR[- ]NK)"),
            rule("product", "tcr-t", "TCR-T|T\\s*细胞受体工程|(?i:TCR[- ]T\\b|TCR-engineered)"),
            rule("line", "relapsed-refractory", "复发或难治|复发/难治|难治性|(?i:relapsed(?:/| or )refractory|\\br/r\\b)"),
            rule("line", "earlier-line", "更前线|较前线|一线免疫化疗难治|(?i:earlier[- ]line|first[- ]line|second[- ]line)"));

    private static Rule rule(String dimension, String value, String regex) {
        return new Rule(dimension, value, Pattern.compile(regex));
    }

    /**
     * A guideline sentence about the target value or target effect of a single-arm trial (目标值, 靶值, 目标效应)
     * speaks of a confirmatory trial: the CDE CAR-T guideline introduces them for "确证性临床试验 ... 采用目标值法"
     * and its next sentences name only the target value. Not read in protocols, whose synopsis may name a later
     * pivotal trial's target value.
     */
    private static final Pattern TARGET_VALUE = Pattern.compile("目标值|靶值|目标效应|(?i:\\btarget (?:value|effect)s?\\b)");

    /** Conditions named in a guideline's sentence {@code text}: those of {@link #find}, and the target value's. */
    public static Conditions ofProvision(String text) {
        Conditions found = find(text);
        if (!TARGET_VALUE.matcher(text).find() || found.get("design").contains("confirmatory")) return found;
        return union(found, new Conditions(Map.of("design", List.of("confirmatory"))));
    }

    /** Conditions named in {@code text}. */
    public static Conditions find(String text) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Rule r : RULES) {
            if (r.pattern().matcher(text).find()) {
                List<String> list = values.computeIfAbsent(r.dimension(), d -> new ArrayList<>());
                if (!list.contains(r.value())) list.add(r.value());
            }
        }
        return new Conditions(values);
    }

    /** The union of two condition sets, dimension by dimension. */
    public static Conditions union(Conditions a, Conditions b) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Conditions c : List.of(a, b)) {
            c.values().forEach((dim, vals) -> {
                List<String> list = values.computeIfAbsent(dim, d -> new ArrayList<>());
                vals.forEach(v -> { if (!list.contains(v)) list.add(v); });
            });
        }
        return new Conditions(values);
    }
}
