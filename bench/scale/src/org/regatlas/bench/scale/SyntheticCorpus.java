package org.regatlas.bench.scale;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regatlas.model.Conditions;
import org.regatlas.model.DocumentMeta;
import org.regatlas.model.LocalizedText;
import org.regatlas.model.Provenance;
import org.regatlas.model.Provision;
import org.regatlas.model.SectionRef;
import org.regatlas.model.Span;
import org.regatlas.model.Strength;
import org.regatlas.parse.ActorRules;
import org.regatlas.parse.ConditionRules;
import org.regatlas.parse.ParsedCorpus;
import org.regatlas.parse.ParsedDocument;
import org.regatlas.parse.ProvisionExtractor;
import org.regatlas.parse.StrengthRules;
import org.regatlas.parse.TopicTagger;

/**
 * A synthetic corpus {@code rounds} times the size of the shipped one, made in memory one document at a time.
 *
 * <p>Round 0 is the shipped corpus itself (real ids, so the dev queries' answers are in the index). Every later
 * round has one document per shipped document, with as many provisions as it, each a variation of the
 * provision at the same place: kept with its numbers and drug names substituted, one clause replaced by a clause of
 * another shipped sentence, or rebuilt from its first clause plus clauses of other sentences, sometimes with a
 * clause of the other language in brackets. Section numbers are shifted per document, titles and dates vary.
 * Strength, actors, conditions and topics of a verbatim provision follow its new text: every clause of the shipped
 * corpus is classified once with the parse package's own rules ({@link StrengthRules}, {@link ActorRules},
 * {@link ConditionRules}, {@link TopicTagger}), and a sentence gets the strongest strength and the union of the rest
 * of its clauses (as {@code StrengthRules} itself takes the strongest clause), plus its section heading's topics.
 * Running the rules on every generated sentence instead made the generator slower than the indexer.
 *
 * <p>Deterministic: document {@code i} depends only on the seed and {@code i}, so documents can be made in any
 * order and on any thread. Thread-safe.
 */
final class SyntheticCorpus {
    /** One synthetic document: its metadata and its provisions in reading order. */
    record Doc(DocumentMeta meta, List<Provision> provisions) {}

    private static final Pattern CLAUSE_END = Pattern.compile("(?<=[，；：,;:])\\s*");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final String TRIM = "，；：,;:。.！？!? \t\n";
    private static final String CN_DIGITS = "零一二三四五六七八九";

    /** CAR-T and related products, in English and Chinese: substituted for each other and mentioned in asides. */
    private static final List<String> DRUGS_EN = List.of("tisagenlecleucel", "axicabtagene ciloleucel",
            "brexucabtagene autoleucel", "lisocabtagene maraleucel", "idecabtagene vicleucel", "ciltacabtagene autoleucel",
            "obecabtagene autoleucel", "relmacabtagene autoleucel", "equecabtagene autoleucel", "Kymriah", "Yescarta",
            "Tecartus", "Breyanzi", "Abecma", "Carvykti", "blinatumomab", "lenalidomide", "fludarabine",
            "cyclophosphamide", "tocilizumab");
    private static final List<String> DRUGS_ZH = List.of("阿基仑赛注射液", "瑞基奥仑赛注射液", "伊基奥仑赛注射液",
            "泽沃基奥仑赛注射液", "纳基奥仑赛注射液", "赛恺泽", "倍诺达", "福可苏", "奕凯达", "来那度胺", "氟达拉滨",
            "环磷酰胺", "托珠单抗", "贝林妥欧单抗");
    /** Every product name, in the order an alternation of them would try them. */
    private static final List<String> DRUGS = List.copyOf(new LinkedHashSet<>(concat(DRUGS_EN, DRUGS_ZH)));
    /** The product names by their first character, in that order: most positions of a text are passed on one look-up. */
    private static final String[][] DRUGS_BY_START = new String[Character.MAX_VALUE + 1][];

    static {
        Map<Character, List<String>> byStart = new java.util.LinkedHashMap<>();
        for (String d : DRUGS) byStart.computeIfAbsent(d.charAt(0), k -> new ArrayList<>()).add(d);
        byStart.forEach((c, names) -> DRUGS_BY_START[c] = names.toArray(String[]::new));
    }

    /** A clause of a shipped sentence with what the parse rules find in it. */
    private record Clause(String text, Strength strength, List<String> actors, List<String> topics,
                          Conditions conditions) {}

    private final List<ParsedDocument> templates;
    private final TopicTagger tagger;
    private final long seed;
    private final Map<String, List<Clause>> clauses = new HashMap<>();
    /** The clauses of each shipped sentence, by the sentence's text. */
    private final Map<String, List<Clause>> sentenceClauses = new HashMap<>();
    /** The topics of each shipped section heading (the provision extractor tags the section title). */
    private final Map<String, List<String>> headingTopics = new HashMap<>();
    private final int provisionsPerRound;

    SyntheticCorpus(ParsedCorpus shipped, long seed) {
        this.templates = shipped.documents();
        this.tagger = new TopicTagger(shipped.taxonomy());
        this.seed = seed;
        List<Clause> zh = new ArrayList<>();
        List<Clause> en = new ArrayList<>();
        int count = 0;
        for (ParsedDocument d : templates) {
            for (Provision p : d.provisions()) {
                count++;
                List<String> headings = p.section().headings();
                if (!headings.isEmpty()) {
                    headingTopics.computeIfAbsent(headings.get(headings.size() - 1), tagger::tag);
                }
                for (String s : new String[] {p.text(), p.textEn(), p.textZh()}) {
                    if (s == null || sentenceClauses.containsKey(s)) continue;
                    List<Clause> into = "zh".equals(ProvisionExtractor.language(s)) ? zh : en;
                    List<Clause> own = new ArrayList<>();
                    for (String c : CLAUSE_END.split(s)) {
                        String t = trim(c);
                        if (t.isEmpty()) continue;
                        Clause clause = clause(t);
                        own.add(clause);
                        if (t.codePointCount(0, t.length()) >= 6) into.add(clause);
                    }
                    sentenceClauses.put(s, List.copyOf(own));
                }
            }
        }
        clauses.put("zh", List.copyOf(zh));
        clauses.put("en", List.copyOf(en));
        this.provisionsPerRound = count;
    }

    /** Documents per round (the shipped corpus's document count). */
    int documentsPerRound() {
        return templates.size();
    }

    /** Provisions per round (the shipped corpus's provision count). */
    int provisionsPerRound() {
        return provisionsPerRound;
    }

    /** Clauses available for recombination, per language. */
    Map<String, Integer> clausePoolSizes() {
        return Map.of("zh", clauses.get("zh").size(), "en", clauses.get("en").size());
    }

    /** Document {@code index} (round {@code index / documentsPerRound()}). */
    Doc document(int index) {
        int round = index / templates.size();
        ParsedDocument template = templates.get(index % templates.size());
        if (round == 0) {
            return new Doc(template.meta(), template.provisions());
        }
        SplittableRandom rnd = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        DocumentMeta meta = meta(template.meta(), round, rnd);
        int shift = rnd.nextInt(3);
        Map<String, Integer> ordinals = new HashMap<>();
        List<Provision> out = new ArrayList<>(template.provisions().size());
        int offset = 0;
        for (Provision p : template.provisions()) {
            SectionRef section = new SectionRef(p.section().path() == null ? null : shiftPath(p.section().path(), shift),
                    p.section().headings().stream().map(h -> shiftNumbering(h, shift, 8)).toList());
            String path = section.idPart();
            int ordinal = ordinals.merge(path, 1, Integer::sum);
            String id = meta.id() + ":" + path + ":" + ordinal;
            Provision v;
            if (p.provenance() == Provenance.DIGEST) {
                String textEn = p.textEn() == null ? null : vary(p.textEn(), rnd).text;
                String textZh = p.textZh() == null ? null : vary(p.textZh(), rnd).text;
                String text = "zh".equals(p.lang()) && textZh != null ? textZh : textEn != null ? textEn : vary(p.text(), rnd).text;
                // A digest's strength and topics come from its record, not from its wording.
                v = new Provision(id, meta.id(), section, text, p.lang(), textEn, textZh, p.strength(), p.prohibition(), p.actors(),
                        p.topics(), p.conditions(), p.protocolSections(), null, Provenance.DIGEST, p.sources(),
                        p.confidence(), null);
            } else {
                Varied varied = vary(p.text(), rnd);
                String text = varied.text;
                List<String> topics = new ArrayList<>(varied.topics);
                List<String> headings = p.section().headings();
                if (!headings.isEmpty()) {
                    for (String t : headingTopics.get(headings.get(headings.size() - 1))) if (!topics.contains(t)) topics.add(t);
                }
                Span span = new Span(offset, offset + text.length());
                offset = span.end() + 1;
                v = new Provision(id, meta.id(), section, text, ProvisionExtractor.language(text), null, null,
                        varied.strength, false, varied.actors, topics, varied.conditions, tagger.protocolSections(topics), span,
                        Provenance.VERBATIM, List.of(), null, null);
            }
            out.add(v);
        }
        return new Doc(meta, out);
    }

    /** The template's metadata with a new id, a numbered title and an issue year moved by up to five years. */
    private static DocumentMeta meta(DocumentMeta m, int round, SplittableRandom rnd) {
        String id = String.format(java.util.Locale.ROOT, "%s-r%04d", m.id(), round);
        LocalizedText title = new LocalizedText(m.title().zh() == null ? null : m.title().zh() + "（第" + round + "号）",
                m.title().en() == null ? null : m.title().en() + " (No. " + round + ")");
        String issued = m.issued();
        if (issued != null) {
            int year = Math.max(2000, Math.min(2025, Integer.parseInt(issued.substring(0, 4)) - 5 + rnd.nextInt(7)));
            issued = year + issued.substring(4);
        }
        return new DocumentMeta(id, title, m.jurisdiction(), m.agency(), m.body(), m.type(), m.status(), issued,
                m.effective(), m.reference(), m.url(), m.language(), List.of(), m.provenance(), m.source(), m.notes());
    }

    /** A generated sentence with the annotations of its clauses combined. */
    record Varied(String text, Strength strength, List<String> actors, List<String> topics, Conditions conditions) {}

    /** A variation of {@code text}: recombined clauses, substituted numbers and drugs, maybe a bilingual aside. */
    Varied vary(String text, SplittableRandom rnd) {
        String lang = ProvisionExtractor.language(text);
        List<Clause> pool = clauses.get(lang);
        List<Clause> parts = new ArrayList<>(sentenceClauses.getOrDefault(text, List.of()));
        if (parts.isEmpty()) parts.add(clause(text.strip()));
        double r = rnd.nextDouble();
        if (r < 0.4) {
            if (parts.size() > 1) {
                parts.set(1 + rnd.nextInt(parts.size() - 1), pick(pool, rnd));   // the first clause keeps the subject and cue
            } else {
                parts.add(pick(pool, rnd));
            }
            if (parts.size() > 2 && rnd.nextBoolean()) {
                Collections.shuffle(parts.subList(1, parts.size()), new Random(rnd.nextLong()));
            }
        } else if (r < 0.7) {
            Clause first = parts.get(0);
            parts.clear();
            parts.add(first);
            for (int i = 1 + rnd.nextInt(3); i > 0; i--) parts.add(pick(pool, rnd));
        }
        List<String> texts = new ArrayList<>(parts.stream().map(Clause::text).toList());
        List<Clause> annotated = new ArrayList<>(parts);
        if (rnd.nextDouble() < 0.12) {
            Clause aside = pick(clauses.get(lang.equals("zh") ? "en" : "zh"), rnd);
            int at = rnd.nextInt(texts.size());
            texts.set(at, texts.get(at) + (lang.equals("zh") ? "（" + aside.text() + "）" : " (" + aside.text() + ")"));
            annotated.add(aside);
        }
        if (rnd.nextDouble() < 0.1) {
            texts.add(lang.equals("zh") ? "例如" + pick(DRUGS_ZH, rnd) : "for example " + pick(DRUGS_EN, rnd));
        }
        String joined = String.join(lang.equals("zh") ? "，" : ", ", texts) + terminal(text, lang);
        Strength strength = Strength.INFO;
        List<String> actors = new ArrayList<>();
        List<String> topics = new ArrayList<>();
        Conditions conditions = Conditions.NONE;
        for (Clause c : annotated) {
            if (c.strength().compareTo(strength) < 0) strength = c.strength();
            for (String a : c.actors()) if (!actors.contains(a)) actors.add(a);
            for (String t : c.topics()) if (!topics.contains(t)) topics.add(t);
            if (!c.conditions().isEmpty()) conditions = ConditionRules.union(conditions, c.conditions());
        }
        return new Varied(substituteDrugs(substituteNumbers(joined, rnd), rnd), strength, actors, topics, conditions);
    }

    private Clause clause(String text) {
        return new Clause(text, StrengthRules.classify(text), ActorRules.find(text), tagger.tag(text),
                ConditionRules.find(text));
    }

    private static String terminal(String text, String lang) {
        String s = text.strip();
        char last = s.isEmpty() ? ' ' : s.charAt(s.length() - 1);
        return "。.；;！？!?".indexOf(last) >= 0 ? String.valueOf(last) : lang.equals("zh") ? "。" : ".";
    }

    /** Every number replaced by another with as many digits (95% stays a two-digit percentage, a year a year). */
    private static String substituteNumbers(String s, SplittableRandom rnd) {
        Matcher m = NUMBER.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int digits = m.end() - m.start();
            StringBuilder n = new StringBuilder();
            if (digits == 4 && (m.group().startsWith("19") || m.group().startsWith("20"))) {
                n.append(2000 + rnd.nextInt(26));   // a year stays a plausible year
            } else {
                n.append(digits == 1 ? rnd.nextInt(10) : 1 + rnd.nextInt(9));
                for (int i = 1; i < Math.min(digits, 6); i++) n.append(rnd.nextInt(10));
            }
            m.appendReplacement(sb, n.toString());
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * Each product name, leftmost first, replaced by a random one of its language. The same replacements as a regular
     * expression alternating the names, which tried every name at every position and was a fifth of the build's CPU.
     */
    static String substituteDrugs(String s, SplittableRandom rnd) {
        StringBuilder sb = null;
        int copied = 0;
        int i = 0;
        while (i < s.length()) {
            String found = drugAt(s, i);
            if (found == null) {
                i++;
                continue;
            }
            if (sb == null) sb = new StringBuilder(s.length() + 16);
            boolean zh = found.codePoints().anyMatch(org.regatlas.corpus.HeadingPatterns::isCjk);
            sb.append(s, copied, i).append(pick(zh ? DRUGS_ZH : DRUGS_EN, rnd));
            i += found.length();
            copied = i;
        }
        return sb == null ? s : sb.append(s, copied, s.length()).toString();
    }

    private static String drugAt(String s, int at) {
        String[] candidates = DRUGS_BY_START[s.charAt(at)];
        if (candidates != null) for (String d : candidates) if (s.startsWith(d, at)) return d;
        return null;
    }

    /** {@code 二.（三）.2} shifted by 1 is {@code 三.（四）.3}; Roman numerals and letters stay. */
    static String shiftPath(String path, int shift) {
        if (shift == 0 || SectionRef.NO_SECTION.equals(path)) return path;
        String[] parts = path.split("\\.", -1);
        for (int i = 0; i < parts.length; i++) parts[i] = shiftNumbering(parts[i], shift, parts[i].length());
        return String.join(".", parts);
    }

    /** Shifts the first Chinese or Arabic number within the first {@code limit} characters of {@code s}. */
    static String shiftNumbering(String s, int shift, int limit) {
        if (shift == 0) return s;
        int end = Math.min(limit, s.length());
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                int j = i;
                while (j < s.length() && Character.isDigit(s.charAt(j))) j++;
                return s.substring(0, i) + (Integer.parseInt(s.substring(i, j)) + shift) + s.substring(j);
            }
            if (c == '十' || CN_DIGITS.indexOf(c) > 0) {
                int j = i;
                while (j < s.length() && (s.charAt(j) == '十' || CN_DIGITS.indexOf(s.charAt(j)) > 0)) j++;
                int n = fromChinese(s.substring(i, j));
                return n <= 0 ? s : s.substring(0, i) + toChinese(n + shift) + s.substring(j);
            }
        }
        return s;
    }

    private static int fromChinese(String s) {
        int ten = s.indexOf('十');
        if (ten < 0) return s.length() == 1 ? CN_DIGITS.indexOf(s.charAt(0)) : -1;
        int tens = ten == 0 ? 1 : CN_DIGITS.indexOf(s.charAt(0));
        int units = ten == s.length() - 1 ? 0 : CN_DIGITS.indexOf(s.charAt(ten + 1));
        return tens * 10 + units;
    }

    private static String toChinese(int n) {
        if (n < 10) return String.valueOf(CN_DIGITS.charAt(n));
        String tens = n / 10 == 1 ? "" : String.valueOf(CN_DIGITS.charAt(n / 10));
        return tens + "十" + (n % 10 == 0 ? "" : String.valueOf(CN_DIGITS.charAt(n % 10)));
    }

    private static <T> T pick(List<T> list, SplittableRandom rnd) {
        return list.get(rnd.nextInt(list.size()));
    }

    private static String trim(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && TRIM.indexOf(s.charAt(a)) >= 0) a++;
        while (b > a && TRIM.indexOf(s.charAt(b - 1)) >= 0) b--;
        return s.substring(a, b);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
