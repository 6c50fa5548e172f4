package org.regatlas.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One sentence-level requirement or fact (DESIGN.md, "Provision"). A verbatim provision's {@code text} is exactly
 * a sentence of its source; a digest provision's {@code text} is the team's summary, with {@code textEn} and
 * {@code textZh} both present and {@code sources} naming where the fact was seen.
 *
 * @param id          stable {@code <doc-id>:<section-path>:<ordinal>}
 * @param prohibition the provision forbids something (不得, 禁止, must not, should not), whatever its strength
 * @param span        offsets in the normalized source; null for digests
 * @param sources     URLs the fact was seen at (digests); empty for verbatim provisions
 * @param confidence  {@code seen-primary}, {@code seen-secondary} or {@code inferred} (digests); null for verbatim
 * @param translated  the languages whose text here is the team's unofficial translation of a verbatim sentence
 *                    ({@code ["en"]} when {@code textEn} renders a Chinese official text); empty otherwise
 * @param factId      the fact-sheet record a digest was written from (several records may share one); null for verbatim
 * @param summarises  for a digest of a guideline whose official text is in the corpus: the official sections
 *                    ({@code <doc-id>:<section-path>}) or provisions it summarises; empty otherwise
 */
public record Provision(
        String id,
        String docId,
        SectionRef section,
        String text,
        String lang,
        @Nullable String textEn,
        @Nullable String textZh,
        Strength strength,
        boolean prohibition,
        List<String> actors,
        List<String> topics,
        Conditions conditions,
        List<String> protocolSections,
        @Nullable Span span,
        Provenance provenance,
        List<String> sources,
        @Nullable String confidence,
        @Nullable String note,
        List<String> translated,
        @Nullable String factId,
        List<String> summarises) {

    public Provision {
        Checks.notBlank(id, "id");
        Checks.notBlank(docId, "docId");
        Checks.notNull(section, "section");
        Checks.notBlank(text, "text");
        Checks.notBlank(lang, "lang");
        Checks.notNull(strength, "strength");
        Checks.notNull(conditions, "conditions");
        Checks.notNull(provenance, "provenance");
        actors = List.copyOf(actors);
        topics = List.copyOf(topics);
        protocolSections = List.copyOf(protocolSections);
        sources = List.copyOf(sources);
        translated = List.copyOf(translated);
        summarises = List.copyOf(summarises);
    }

    /** A provision that summarises no official text of the corpus. */
    public Provision(String id, String docId, SectionRef section, String text, String lang, @Nullable String textEn,
                     @Nullable String textZh, Strength strength, boolean prohibition, List<String> actors,
                     List<String> topics, Conditions conditions, List<String> protocolSections, @Nullable Span span,
                     Provenance provenance, List<String> sources, @Nullable String confidence, @Nullable String note,
                     List<String> translated, @Nullable String factId) {
        this(id, docId, section, text, lang, textEn, textZh, strength, prohibition, actors, topics, conditions,
                protocolSections, span, provenance, sources, confidence, note, translated, factId, List.of());
    }

    /** A provision with no translation of ours. */
    public Provision(String id, String docId, SectionRef section, String text, String lang, @Nullable String textEn,
                     @Nullable String textZh, Strength strength, boolean prohibition, List<String> actors,
                     List<String> topics, Conditions conditions, List<String> protocolSections, @Nullable Span span,
                     Provenance provenance, List<String> sources, @Nullable String confidence, @Nullable String note) {
        this(id, docId, section, text, lang, textEn, textZh, strength, prohibition, actors, topics, conditions,
                protocolSections, span, provenance, sources, confidence, note, List.of(), null);
    }

    /** A provision with no fact-sheet record behind it (verbatim text). */
    public Provision(String id, String docId, SectionRef section, String text, String lang, @Nullable String textEn,
                     @Nullable String textZh, Strength strength, boolean prohibition, List<String> actors,
                     List<String> topics, Conditions conditions, List<String> protocolSections, @Nullable Span span,
                     Provenance provenance, List<String> sources, @Nullable String confidence, @Nullable String note,
                     List<String> translated) {
        this(id, docId, section, text, lang, textEn, textZh, strength, prohibition, actors, topics, conditions,
                protocolSections, span, provenance, sources, confidence, note, translated, null);
    }

    /** This provision shown as {@code text}, with the team's English translation {@code textEn} (marked as ours). */
    public Provision withDisplay(String text, @Nullable String textEn) {
        return new Provision(id, docId, section, text, lang, textEn, textZh, strength, prohibition, actors, topics,
                conditions, protocolSections, span, provenance, sources, confidence, note,
                textEn == null ? List.of() : List.of("en"), factId, summarises);
    }

    /**
     * This provision shown as {@code text}, with the team's Chinese translation {@code textZh} of an English official
     * sentence (marked as ours).
     */
    public Provision withDisplayZh(String text, @Nullable String textZh) {
        return new Provision(id, docId, section, text, lang, textEn, textZh, strength, prohibition, actors, topics,
                conditions, protocolSections, span, provenance, sources, confidence, note,
                textZh == null ? List.of() : List.of("zh"), factId, summarises);
    }

    /** Whether {@code lang}'s text is the team's unofficial translation rather than official or digest wording. */
    public boolean isTranslated(String lang) {
        return translated.contains(lang);
    }

    /** This provision with its prohibition flag set to {@code flag}. */
    public Provision withProhibition(boolean flag) {
        return flag == prohibition ? this : new Provision(id, docId, section, text, lang, textEn, textZh, strength, flag,
                actors, topics, conditions, protocolSections, span, provenance, sources, confidence, note, translated,
                factId, summarises);
    }

    /** This provision linked to the official sections or provisions it summarises ({@code targets}). */
    public Provision withSummarises(List<String> targets) {
        return new Provision(id, docId, section, text, lang, textEn, textZh, strength, prohibition, actors, topics,
                conditions, protocolSections, span, provenance, sources, confidence, note, translated, factId, targets);
    }

    /** The ordinal part of the id (the position within its section, from 1). */
    public int ordinal() {
        return Integer.parseInt(id.substring(id.lastIndexOf(':') + 1));
    }
}
