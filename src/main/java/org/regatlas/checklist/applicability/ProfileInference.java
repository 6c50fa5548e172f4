package org.regatlas.checklist.applicability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regatlas.checklist.read.Paragraph;
import org.regatlas.checklist.read.Protocol;
import org.regatlas.checklist.read.ProtocolSection;
import org.regatlas.checklist.structure.PassageFilter;
import org.regatlas.checklist.structure.SectionTree;
import org.regatlas.model.Conditions;
import org.regatlas.parse.ConditionRules;

/**
 * Infers a protocol's profile from its own words, with the cue rules that read provisions ({@link ConditionRules})
 * plus a few protocol phrasings (refractory to, or relapsed within; age ranges). Sources are read in tiers: the
 * title, then the synopsis and other front matter, then the population, prior-therapy and design sections. Each
 * dimension takes the values of the first tier that names any, keeping the values named at least a third as often
 * as the most frequent one (a design section that says "a randomised comparison would expose patients..." does not
 * make a single-arm trial randomized: the title has already spoken). The population comes from the age criterion
 * when there is one. Only the title page and the protocol's own content are read ({@link PassageFilter}): the
 * background, earlier studies and the summary of changes describe other trials.
 */
final class ProfileInference {
    private ProfileInference() {}

    private static final Pattern RELAPSED_REFRACTORY = Pattern.compile(
            "(?i)\\brelapsed\\b[^.;]{0,40}\\brefractory\\b|\\brefractory\\b[^.;]{0,40}\\brelapsed\\b"
                    + "|复发[^。；]{0,10}难治|难治[^。；]{0,10}复发");
    /** Relapse after first-line therapy ("一线免疫化疗后12个月内复发"): the trial is a second-line one. */
    private static final Pattern AFTER_FIRST_LINE = Pattern.compile("一线(?:免疫化疗|化疗|治疗)后[^。；，]{0,12}复发");
    /** Line values a protocol states in words the corpus's condition rules do not read as such, in counting order. */
    private static final List<Map.Entry<String, Pattern>> LINE_CUES = List.of(
            Map.entry("relapsed-refractory", RELAPSED_REFRACTORY), Map.entry("earlier-line", AFTER_FIRST_LINE));
    private static final Pattern CAR_T = Pattern.compile("(?i)\\bCAR[- ]?T\\b|chimeric antigen receptor T|嵌合抗原受体\\s*T");
    private static final Pattern AGE_RANGE = Pattern.compile(
            "(?i)(?:aged?|age of|age:)\\s*(?:≥|>=|between)?\\s*(\\d{1,2})\\s*(?:years?)?\\s*(?:to|-|–|and)"
                    + "\\s*(\\d{1,3})\\s*years|(\\d{1,2})\\s*[-~～至到]\\s*(\\d{1,3})\\s*(?:周)?岁");
    private static final Pattern AGE_MIN = Pattern.compile(
            "(?i)(?:aged?|age)\\s*(?:≥|>=|of at least|at least)\\s*(\\d{1,2})"
                    + "|(?:aged?|age)\\s*(\\d{1,2})\\s*years?\\s*(?:or|and) (?:older|above|over)"
                    + "|(\\d{1,2})\\s*years (?:of age )?(?:or|and) (?:older|above)"
                    + "|(?:年龄)?\\s*≥\\s*(\\d{1,2})\\s*(?:周)?岁");
    private static final double SHARE = 1.0 / 3;

    /** The profile values the protocol's text names. */
    static Conditions infer(Protocol protocol) {
        SectionTree tree = new SectionTree(protocol);
        List<List<String>> tiers = tiers(tree);
        // each text's cues, found once for all five dimensions: the rules ran once per dimension before, which made
        // inference most of a profile's time
        Map<String, Conditions> cues = new HashMap<>();
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String dim : Conditions.DIMENSIONS) {
            for (List<String> tier : tiers) {
                List<String> v = values(dim, tier, cues);
                if (!v.isEmpty()) {
                    values.put(dim, v);
                    break;
                }
            }
        }
        // a title naming r/r disease and a synopsis naming the line it follows (after first-line therapy) are both true
        List<String> line = new ArrayList<>(values.getOrDefault("line", List.of()));
        for (String v : values("line", tiers.get(1), cues)) if (!line.contains(v)) line.add(v);
        if (!line.isEmpty()) values.put("line", line);
        // the phase the title (else the synopsis) states, beside the design: a first-in-human guideline's scope
        for (List<String> tier : tiers.subList(0, 2)) {
            List<String> phases = TrialPhases.named(tier);
            if (phases.isEmpty()) continue;
            List<String> design = new ArrayList<>(values.getOrDefault("design", List.of()));
            for (String p : phases) if (!design.contains(p)) design.add(p);
            // a phase 3 trial is confirmatory, as "Phase III" says in English; "III期" does not say it in Chinese
            if (design.contains("phase-3") && !design.contains("confirmatory")) design.add("confirmatory");
            values.put("design", design);
            break;
        }
        List<String> ages = ageGroups(tree);
        if (!ages.isEmpty()) values.put("population", ages);
        return new Conditions(values);
    }

    private static List<List<String>> tiers(SectionTree tree) {
        Protocol protocol = tree.protocol();
        PassageFilter passages = new PassageFilter(tree);
        List<String> front = new ArrayList<>();
        List<String> body = new ArrayList<>();
        for (ProtocolSection s : protocol.sections()) {
            boolean synopsis = s.isFrontMatter() || (s.kind() == null
                    && s.title().toLowerCase(Locale.ROOT).matches(".*(synopsis|summary|概要|摘要|简介).*"));
            boolean eligibility = s.kinds().stream().anyMatch(k -> k.equals("population") || k.equals("prior-therapy")
                    || k.equals("design"));
            for (Paragraph p : tree.ownParagraphs(s.id())) {
                // earlier studies, the summary of changes and the background describe other trials than this one
                PassageFilter.Kind k = passages.kind(p.index());
                if (!k.admissible() && k != PassageFilter.Kind.TITLE_PAGE) continue;
                if (synopsis) front.add(p.text());
                else if (eligibility) body.add(p.text());
            }
        }
        return List.of(List.of(protocol.title()), front, body);
    }

    private static List<String> values(String dim, List<String> texts, Map<String, Conditions> cues) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String t : texts) {
            Conditions found = cues.computeIfAbsent(t, ConditionRules::find);
            for (String v : found.get(dim)) counts.merge(v, 1, Integer::sum);
            if (dim.equals("line")) {
                for (Map.Entry<String, Pattern> cue : LINE_CUES) {
                    if (cue.getValue().matcher(t).find() && !found.get("line").contains(cue.getKey())) {
                        counts.merge(cue.getKey(), 1, Integer::sum);
                    }
                }
            }
            if (dim.equals("product") && CAR_T.matcher(t).find()) counts.merge("car-t", 1, Integer::sum);
        }
        int top = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<String> out = new ArrayList<>();
        counts.forEach((v, n) -> {
            if (n >= Math.max(1, top * SHARE)) out.add(v);
        });
        // a modality mentioned once is still the modality; keep origin and modality apart
        if (dim.equals("product")) {
            counts.keySet().stream().filter(v -> !out.contains(v) && List.of("car-t", "car-nk", "tcr-t").contains(v)
                    && out.stream().noneMatch(o -> List.of("car-t", "car-nk",
                    "tcr-t").contains(o))).findFirst().ifPresent(out::add);
        }
        return out;
    }

    /** adult and/or pediatric from the age criterion (18 to 70 years; ≥ 18 岁); empty when the protocol states none. */
    private static List<String> ageGroups(SectionTree tree) {
        int min = Integer.MAX_VALUE;
        int max = -1;
        for (ProtocolSection s : tree.protocol().sections()) {
            if (!s.kinds().contains("population") && !s.isFrontMatter()) continue;
            for (Paragraph p : tree.ownParagraphs(s.id())) {
                Matcher r = AGE_RANGE.matcher(p.text());
                while (r.find()) {
                    int lo = Integer.parseInt(r.group(1) != null ? r.group(1) : r.group(3));
                    int hi = Integer.parseInt(r.group(2) != null ? r.group(2) : r.group(4));
                    if (lo < hi && hi <= 120) {
                        min = Math.min(min, lo);
                        max = Math.max(max, hi);
                    }
                }
                Matcher m = AGE_MIN.matcher(p.text());
                while (m.find()) {
                    for (int g = 1; g <= 4; g++) {
                        if (m.group(g) != null) {
                            min = Math.min(min, Integer.parseInt(m.group(g)));
                            max = Math.max(max, 120);
                        }
                    }
                }
            }
        }
        if (max < 0) return List.of();
        List<String> out = new ArrayList<>();
        if (max >= 18) out.add("adult");
        if (min < 18) out.add("pediatric");
        return out;
    }
}
