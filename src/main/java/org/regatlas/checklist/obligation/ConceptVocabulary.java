package org.regatlas.checklist.obligation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.regatlas.corpus.Glossary;
import org.regatlas.corpus.HeadingPatterns;
import org.regatlas.corpus.Taxonomy;

/**
 * The concepts obligations are checked by: every taxonomy topic below the groups (synonyms in both languages,
 * abbreviations case-sensitive, as {@code TopicTagger} matches them), the glossary's entries that the taxonomy does
 * not already hold, and the checklist's own protocol terms ({@link ElementTerms}). Text is matched after the
 * whitespace around Chinese characters is removed (PDF text splits 继发性 T 细胞肿瘤). Immutable and thread-safe.
 */
public final class ConceptVocabulary {
    /** One occurrence of a concept in normalized text. */
    public record Hit(String conceptId, int start, int end) {}

    /**
     * Glossary concepts named in more than this share of the corpus's provisions (treatment, patient, assessment,
     * sponsor...) are too general to be checked: they still help find passages but are not elements.
     */
    static final double GENERIC_SHARE = 0.01;

    /**
     * Topics of the regulatory-process and postmarketing groups (IND, meetings, approvals, PSURs) are checked only
     * where a protocol section covers them as content (long-term follow-up, risk management, ethics and consent), not
     * where the reporting kind lists them as a channel to the authorities.
     */
    private static final List<String> PROCESS_GROUPS = List.of("regulatory", "postmarketing");

    private static final Pattern CJK_SPACE = Pattern.compile("(?<=[\\p{IsHan}（）])\\s+|\\s+(?=[\\p{IsHan}（）])");

    private final Map<String, Concept> concepts;
    private final TermMatcher matcher;
    /** The matches of each normalized text seen, in a {@link #remembering} copy; null in the shared vocabulary. */
    private final @Nullable Map<String, List<Hit>> seen;

    private ConceptVocabulary(Map<String, Concept> concepts, TermMatcher matcher) {
        this(concepts, matcher, null);
    }

    private ConceptVocabulary(Map<String, Concept> concepts, TermMatcher matcher,
                              @Nullable Map<String, List<Hit>> seen) {
        this.concepts = concepts;
        this.matcher = matcher;
        this.seen = seen;
    }

    /**
     * This vocabulary, remembering the matches of every text it is given: one checklist asks for the concepts of the
     * same protocol sentences again for each of its hundreds of obligations, and scanning a text for over a thousand
     * terms and a few dozen expressions was most of a checklist's time. Not thread-safe: one per checklist build, so
     * nothing outlives the protocol it was made for.
     */
    public ConceptVocabulary remembering() {
        return new ConceptVocabulary(concepts, matcher, new HashMap<>());
    }

    /**
     * This vocabulary, remembering the matches of every text it is given, safe to share between threads: for the
     * obligation catalog, whose extractor, conditions, modality gate and evidence queries scan the same provision texts
     * and clauses again (a third of the catalog's time went to scanning a text already scanned). Give it only texts of
     * a bounded set, the corpus's: what it remembers lives as long as the catalog. A checklist build takes a {@link
     * #remembering} copy of it for the protocol's texts, which remembers nothing of this one's.
     */
    public ConceptVocabulary rememberingShared() {
        return new ConceptVocabulary(concepts, matcher, new java.util.concurrent.ConcurrentHashMap<>());
    }

    static ConceptVocabulary of(Taxonomy taxonomy, Glossary glossary) {
        return of(taxonomy, glossary, List.of());
    }

    /** The vocabulary; {@code corpusTexts} (provision texts) measure which glossary concepts are too general. */
    public static ConceptVocabulary of(Taxonomy taxonomy, Glossary glossary, List<String> corpusTexts) {
        Map<String, Concept> out = new LinkedHashMap<>();
        TermMatcher matcher = new TermMatcher();
        Map<String, List<String>> kindsByTopic = taxonomy.sectionsByTopic();
        Set<String> known = new HashSet<>();
        for (Taxonomy.Topic t : taxonomy.topics()) {
            if (t.parent() == null) continue;
            List<String> zh = new ArrayList<>();
            for (String s : t.synonymsZh()) {
                known.add(key(s));
                if (isChinese(s)) {
                    zh.add(s);
                    matcher.substring(t.id(), s);
                } else {
                    matcher.word(t.id(), s, false);
                }
            }
            for (String s : t.synonymsEn()) {
                known.add(key(s));
                matcher.word(t.id(), s, false);
            }
            for (String s : t.abbreviations()) matcher.word(t.id(), s, true);
            boolean process = PROCESS_GROUPS.contains(t.parent());
            boolean checkable = kindsByTopic.getOrDefault(t.id(), List.of()).stream()
                    .anyMatch(k -> !k.equals("background") && !(process && k.equals("regulatory-reporting")));
            List<String> en = new ArrayList<>(t.synonymsEn());
            en.addAll(t.abbreviations());
            out.put(t.id(), new Concept(t.id(), t.label().preferred("en"), en, zh, checkable));
        }
        List<Pattern> ownTerms = new ArrayList<>();
        for (ElementTerms.Entry e : ElementTerms.ENTRIES) {
            if (!e.id().startsWith("x:") && !out.containsKey(e.id())) continue;
            matcher.expression(e.id(), Pattern.compile(e.zh()), true);
            matcher.expression(e.id(), Pattern.compile(e.en(), Pattern.CASE_INSENSITIVE), false);
            ownTerms.add(Pattern.compile(e.zh()));
            ownTerms.add(Pattern.compile(e.en(), Pattern.CASE_INSENSITIVE));
            if (e.id().startsWith("x:")) {
                out.put(e.id(), new Concept(e.id(), e.label(), List.of(e.label().toLowerCase(Locale.ROOT)), List.of(),
                        true));
            }
        }
        int g = 0;
        for (Glossary.Entry e : glossary.entries()) {
            String id = "g:" + ++g;
            // a glossary entry the checklist's own terms already name (同靶点, 诊断) would be a second concept for one
            // thing, reported "not stated anywhere" beside the first, stated
            boolean duplicate = e.en().stream().anyMatch(s -> known.contains(key(s)))
                    || e.zh().stream().anyMatch(s -> known.contains(key(s)))
                    || ownTerms.stream().anyMatch(p -> e.en().stream().anyMatch(s -> p.matcher(s).matches())
                            || e.zh().stream().anyMatch(s -> p.matcher(normalize(s)).matches()));
            if (duplicate) continue;
            for (String s : e.zh()) {
                if (isChinese(s)) matcher.substring(id, s);
                else matcher.word(id, s, false);
            }
            for (String s : e.en()) matcher.word(id, s, isAbbreviation(s));
            out.put(id, new Concept(id, e.en().get(0), e.en(), e.zh(), true));
        }
        ConceptVocabulary v = new ConceptVocabulary(out, matcher);
        return corpusTexts.isEmpty() ? v : v.withoutGeneric(corpusTexts);
    }

    /**
     * Marks glossary concepts named in more than {@link #GENERIC_SHARE} of the texts as not checkable. Only the
     * literal terms are matched: the expressions name checklist concepts and taxonomy topics, never a glossary entry,
     * and running them over every provision of the corpus was most of the time the vocabulary took to build.
     */
    private ConceptVocabulary withoutGeneric(List<String> texts) {
        Map<String, Integer> df = new HashMap<>();
        for (String t : texts) {
            Set<String> ids = new HashSet<>();
            for (Hit h : matcher.terms(normalize(t))) ids.add(h.conceptId());
            for (String id : ids) df.merge(id, 1, Integer::sum);
        }
        Map<String, Concept> out = new LinkedHashMap<>();
        for (Concept c : concepts.values()) {
            boolean generic = c.id().startsWith("g:") && df.getOrDefault(c.id(), 0) > GENERIC_SHARE * texts.size();
            out.put(c.id(), generic ? new Concept(c.id(), c.label(), c.en(), c.zh(), false) : c);
        }
        return new ConceptVocabulary(out, matcher);
    }

    /** Every concept's label by id, in vocabulary order. */
    public Map<String, String> labels() {
        Map<String, String> out = new LinkedHashMap<>();
        concepts.forEach((id, c) -> out.put(id, c.label()));
        return out;
    }

    Optional<Concept> concept(String id) {
        return Optional.ofNullable(concepts.get(id));
    }

    public String label(String id) {
        Concept c = concepts.get(id);
        return c == null ? id : c.label();
    }

    /** Every occurrence of every concept in {@code normalizedText}, by start, longer matches first. */
    public List<Hit> find(String normalizedText) {
        List<Hit> hits = new ArrayList<>(hits(normalizedText));
        hits.sort(Comparator.comparingInt(Hit::start).thenComparing(Comparator.comparingInt(Hit::end).reversed()));
        return hits;
    }

    /** The ids of the concepts in {@code text} (any text; it is normalized first). */
    public Set<String> ids(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (Hit h : hits(normalize(text))) out.add(h.conceptId());
        return out;
    }

    /** The {@link #matches} in {@code normalizedText}, in the matcher's order; kept by a {@link #remembering} copy. */
    private List<Hit> hits(String normalizedText) {
        if (seen == null) return matches(normalizedText);
        List<Hit> hits = seen.get(normalizedText);
        if (hits == null) {
            hits = List.copyOf(matches(normalizedText));
            seen.put(normalizedText, hits);
        }
        return hits;
    }

    /**
     * The concepts {@code text} states as its own: a concept named only as what an analysis adjusts for ("the
     * confounding effect from treatment switching", "adjusted for crossover") is not a provision of the text.
     */
    public Set<String> statedIds(String text) {
        String t = normalize(text);
        Set<String> out = new LinkedHashSet<>();
        for (Hit h : hits(t)) {
            String before = t.substring(Math.max(0, h.start() - 60), h.start());
            String after = t.substring(h.end(), Math.min(t.length(), h.end() + 60));
            if (ADJUSTED_FOR.matcher(before).find() || DENIED_BEFORE.matcher(before).find()
                    || DENIED_AFTER.matcher(after).lookingAt()) continue;
            out.add(h.conceptId());
        }
        return out;
    }

    /**
     * A trial feature the text says it does without: "本研究不设独立评审委员会", "不进行中期分析", "there will be no
     * DMC", "will not use an IRC". Only verbs that deny a feature of the trial: an eligibility criterion ("无活动性感染",
     * "no CNS involvement") still states its subject.
     */
    private static final Pattern DENIED_BEFORE = Pattern.compile("(?:不设立?|未设立?|不另设|不采用|不使用|不进行|不开展"
            + "|不安排|未安排|不计划|未计划|不实施|无需|不需要|不要求)[^，。；,;：:、]{0,6}$"
            + "|(?i)\\bthere\\s+(?:is|are|will\\s+be)\\s+no\\s+(?:[\\w-]+\\s+){0,2}$"
            + "|(?i)\\b(?:will|shall|does|do|is|are)\\s+not\\s+(?:be\\s+)?(?:use|have|include|establish|convene|conduct"
            + "|perform|plan|require)\\w*\\s+(?:an?\\s+|the\\s+|any\\s+)?(?:[\\w-]+\\s+){0,2}$");
    /** "... an interim analysis will not be performed", "a DMC is not planned". */
    private static final Pattern DENIED_AFTER = Pattern.compile("(?i)(?:\\s+[\\w-]+){0,2}?\\s*(?:will|shall|is|are)"
            + "\\s+not\\s+(?:be\\s+)?(?:used|planned|established|convened|conducted|performed|required|implemented"
            + "|included)\\b");

    /** The matcher's hits without those in a sense the concept does not have ({@link ElementTerms#OTHER_SENSE}). */
    private List<Hit> matches(String normalizedText) {
        List<Hit> hits = matcher.find(normalizedText);
        hits.removeIf(h -> {
            Pattern other = ElementTerms.OTHER_SENSE.get(h.conceptId());
            return other != null && other.matcher(normalizedText).region(h.end(), normalizedText.length()).lookingAt();
        });
        return hits;
    }

    private static final Pattern ADJUSTED_FOR = Pattern.compile("(?i)(?:adjust(?:ed|ing|ment)? for|confounding "
            + "(?:effects? )?(?:of|from|by)|account(?:ing|ed)? for|censored (?:at|for))\\s+(?:\\w+\\s+){0,3}$");

    /** Removes the whitespace around Chinese characters, which PDF extraction inserts. */
    public static String normalize(String text) {
        return CJK_SPACE.matcher(text).replaceAll("");
    }

    private static boolean isChinese(String s) {
        return s.codePoints().anyMatch(HeadingPatterns::isCjk);
    }

    private static boolean isAbbreviation(String s) {
        return s.length() <= 6 && s.equals(s.toUpperCase(Locale.ROOT)) && s.chars().anyMatch(Character::isLetter);
    }

    private static String key(String s) {
        return s.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
