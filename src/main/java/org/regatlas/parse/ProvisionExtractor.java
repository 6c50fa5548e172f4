package org.regatlas.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.regatlas.model.Conditions;
import org.regatlas.model.DocumentMeta;
import org.regatlas.model.Provenance;
import org.regatlas.model.Provision;
import org.regatlas.model.Section;
import org.regatlas.model.SectionRef;
import org.regatlas.model.Span;
import org.regatlas.model.Strength;

/**
 * Turns an outline's paragraphs into provisions, one per sentence, each with its strength, actors, topics,
 * conditions and protocol sections. Conditions named in a section's heading (更前线患者…) apply to its
 * sentences, and the indication named at the start of a paragraph (a bullet on MM) applies to the whole paragraph.
 * Thread-safe.
 */
public final class ProvisionExtractor {
    private static final String BULLETS = "•●◆■▪·";
    /** An English sentence that introduces a list ends with a colon; its items end with ; or a lone "and"/"or". */
    /** A list item: starts lower-case, with a dash, or with its number ("1)", "(a)"). */
    private static final java.util.regex.Pattern LIST_ITEM = java.util.regex.Pattern.compile(
            "^(?:\\p{Ll}|[−–-]\\s|\\(?\\d{1,2}\\)\\s|\\(?[a-z]\\)\\s)");
    private static final java.util.regex.Pattern LIST_LEAD_IN = java.util.regex.Pattern.compile(":$|;$|; (?:and|or)$");

    private final TopicTagger tagger;

    public ProvisionExtractor(TopicTagger tagger) {
        this.tagger = tagger;
    }

    /** The provisions of a verbatim document, in reading order. */
    public List<Provision> extract(DocumentMeta meta, String text, Outline outline) {
        List<Provision> out = new ArrayList<>();
        Map<String, Integer> ordinals = new HashMap<>();
        Map<Section, Conditions> headingConditions = new HashMap<>();
        Map<Section, List<String>> headingTopics = new HashMap<>();
        Map<Section, List<String>> nearestHeadingTopics = new HashMap<>();
        Map<Section, List<String>> headingTrail = new HashMap<>();
        Provision lastInSection = null;
        Strength listLead = null;   // an English list's items are paragraphs of their own after the lead-in
        Section lastSection = null;
        for (Outline.Block block : outline.blocks()) {
            Section section = block.section();
            if (section != lastSection) {
                lastInSection = null;
                listLead = null;
            }
            lastSection = section;
            List<String> trail = headingTrail.computeIfAbsent(section, s -> SectionParser.headingsOf(s, outline.root()));
            Conditions fromHeadings = headingConditions.computeIfAbsent(section,
                    s -> ConditionRules.find(String.join(" ", trail)));
            List<String> sectionTopics = headingTopics.computeIfAbsent(section, s -> TopicRules.topics(tagger, s.title()));
            List<String> nearestTopics = nearestHeadingTopics.computeIfAbsent(section,
                    s -> TopicRules.trailTopics(tagger, trail));
            Conditions paragraphIndication = Conditions.NONE;
            boolean first = true;
            Provision previous = "en".equals(meta.language()) ? lastInSection : null;
            for (EnglishSentenceSplitter.Sentence piece
                    : sentences(meta, outline, section, text.substring(block.span().start(), block.span().end()))) {
                Span local = piece.span();
                Span span = bulletless(text, new Span(block.span().start() + local.start(), block.span().start() + local.end()));
                if (span.end() <= span.start()) continue;
                String sentence = text.substring(span.start(), span.end());
                Conditions own = ConditionRules.ofProvision(sentence);
                if (first) {
                    paragraphIndication = new Conditions(own.get("indication").isEmpty() ? Map.of()
                            : Map.of("indication", own.get("indication")));
                    first = false;
                }
                Conditions conditions = ConditionRules.union(ConditionRules.union(fromHeadings, paragraphIndication), own);
                String path = new SectionRef(section.path(), trail).idPart();
                int ordinal = ordinals.merge(path, 1, Integer::sum);
                // a sentence once published in two pieces keeps both ordinals: the ids after it stay
                if (piece.ordinals() > 1) ordinals.merge(path, piece.ordinals() - 1, Integer::sum);
                Strength carried = carriedStrength(previous);
                boolean item = LIST_ITEM.matcher(sentence).find()
                        || (previous != null && previous.text().endsWith(";"));
                if (listLead != null && item && carried == Strength.INFO) carried = listLead;
                Provision p = provision(meta, path, ordinal, section, trail, sentence, span, conditions,
                        List.of(sectionTopics, nearestTopics), carried, listed(outline, section), outline.footnotes());
                // the items of an English list introduced by "...should consider:" carry its strength
                if ("en".equals(meta.language())) {
                    if (sentence.endsWith(":") && p.strength().isObligation()) listLead = p.strength();
                    else if (!item) listLead = null;
                }
                out.add(p);
                previous = p;
                lastInSection = p;
            }
        }
        return "en".equals(meta.language()) ? EnglishLists.join(text, out, outline.kinds().keySet(), tagger) : out;
    }

    private Provision provision(DocumentMeta meta, String path, int ordinal, Section section, List<String> trail,
                                String sentence, Span span, Conditions conditions, List<List<String>> sectionTopics,
                                Strength carried, boolean listEntry, Map<String, String> footnotes) {
        boolean english = "en".equals(meta.language());
        EnglishStrengthRules.Verdict verdict = english ? EnglishStrengthRules.classify(sentence)
                : new EnglishStrengthRules.Verdict(StrengthRules.classify(sentence), false);
        Strength strength = listEntry ? Strength.INFO : verdict.strength();
        if (strength == Strength.INFO && !listEntry && english) {
            strength = carried;   // Chinese pieces after ； that cannot stand alone are joined (ChineseSentences)
        }
        // a bracketed reference ("[21 CFR 312.23(a)(7)]") says where the rule is, not what the sentence is about
        // the section's own heading topics, and those of its nearest heading that names any
        List<String> topics = TopicRules.withHeadingTopics(tagger, TopicRules.topics(tagger, sentence),
                sectionTopics.get(0), sectionTopics.get(1));
        topics = TopicRules.withFollowUp(sentence, strength, topics);
        return new Provision(meta.id() + ":" + path + ":" + ordinal, meta.id(), new SectionRef(section.path(), trail),
                sentence, language(sentence), null, null, strength,
                !listEntry && (english ? verdict.prohibition() : ProhibitionRules.forbids(sentence)),
                ActorRules.find(sentence), topics, conditions,
                tagger.protocolSections(topics), span, Provenance.VERBATIM, List.of(), null,
                FootnoteNotes.cited(sentence, footnotes));
    }

    /** The sentences of a paragraph: English official texts by the English rules; list entries whole. */
    private static List<EnglishSentenceSplitter.Sentence> sentences(DocumentMeta meta, Outline outline, Section section,
                                                                    String paragraph) {
        if (listed(outline, section)) {
            return List.of(new EnglishSentenceSplitter.Sentence(new Span(0, paragraph.length()), 1));
        }
        return "en".equals(meta.language()) ? EnglishSentenceSplitter.sentences(paragraph)
                : SentenceSplitter.split(paragraph).stream().map(s -> new EnglishSentenceSplitter.Sentence(s, 1)).toList();
    }

    /** Abbreviations and references are lists: each line one entry, carrying no obligation. */
    private static boolean listed(Outline outline, Section section) {
        return section.path() != null && outline.kinds().containsKey(section.path());
    }

    /**
     * An English clause after ; continues the sentence before it, so without a cue of its own it keeps that
     * sentence's obligation. (Chinese pieces after ； that cannot stand alone are joined to their sentence instead.)
     */
    private static Strength carriedStrength(Provision previous) {
        if (previous != null && previous.lang().equals("en") && LIST_LEAD_IN.matcher(previous.text()).find()) {
            // "Safety factors should take into account potential risks related to:" and the items that follow
            return previous.strength().isObligation() ? previous.strength() : Strength.INFO;
        }
        if (previous == null || !(previous.text().endsWith("；") || previous.text().endsWith(";"))) {
            return Strength.INFO;
        }
        return previous.strength().isObligation() ? previous.strength() : Strength.INFO;
    }

    /** Drops a leading bullet sign: it is layout, not part of the sentence. */
    private static Span bulletless(String text, Span span) {
        int start = span.start();
        while (start < span.end() && (BULLETS.indexOf(text.charAt(start)) >= 0 || Character.isWhitespace(text.charAt(start)))) {
            start++;
        }
        return new Span(start, span.end());
    }

    /** {@code zh} when a fifth or more of the letters are CJK ideographs, else {@code en}. */
    public static String language(String s) {
        long letters = s.codePoints().filter(Character::isLetter).count();
        long cjk = s.codePoints().filter(org.regatlas.corpus.HeadingPatterns::isCjk).count();
        return letters > 0 && cjk * 5 >= letters ? "zh" : "en";
    }
}
