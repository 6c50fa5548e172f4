package org.regatlas.checklist.decide;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regatlas.checklist.evidence.Evidence;
import org.regatlas.model.Checks;

/**
 * One obligation of the checklist and its verdict (DESIGN.md "Checklist JSON", plus {@code level}, {@code reason},
 * {@code secondary} and {@code caveat}).
 *
 * @param source          where the obligation comes from, in parts (document, section, reference, date)
 * @param strength        the provision's own strength (MUST, SHOULD, MAY, INFO)
 * @param level           how it entered the checklist: must, should, consider (MAY), expected (descriptive)
 * @param protocolSection the protocol-section kind the obligation maps to first
 * @param reason          which elements were found where and which were not, or why the item does not apply
 * @param suggestion      for an open gap, one line on what to add, from the obligation's own unmet elements
 *                        (layout's {@code Suggestions}); null otherwise
 * @param translated      {@code ["en"]} when {@code textEn} is the team's unofficial translation of a Chinese
 *                        official sentence, {@code ["zh"]} when {@code textZh} is that of an English one; empty
 *                        otherwise
 * @param textZh          the Chinese of an English obligation: the team's translation of an official sentence, or a
 *                        digest's own Chinese wording; null when the text is Chinese or has none
 */
public record ChecklistItem(String provisionId, Citation source, String text, @Nullable String textEn,
                            String strength, String level, String protocolSection, List<String> protocolSections,
                            ItemStatus status, List<Evidence> evidence, String reason, boolean secondary,
                            @Nullable String caveat, @Nullable String suggestion, List<String> translated,
                            @Nullable String textZh) {
    public ChecklistItem {
        Checks.notBlank(provisionId, "provisionId");
        Checks.notNull(status, "status");
        protocolSections = List.copyOf(protocolSections);
        evidence = List.copyOf(evidence);
        translated = List.copyOf(translated);
    }

    /** An item without a suggestion (set later, when the requirements are formed) and without English of ours. */
    public ChecklistItem(String provisionId, Citation source, String text, @Nullable String textEn, String strength,
                         String level, String protocolSection, List<String> protocolSections, ItemStatus status,
                         List<Evidence> evidence, String reason, boolean secondary, @Nullable String caveat) {
        this(provisionId, source, text, textEn, strength, level, protocolSection, protocolSections, status, evidence,
                reason, secondary, caveat, null, List.of(), null);
    }

    /** An item without a suggestion, whose English is the team's translation when {@code translated} says so. */
    public ChecklistItem(String provisionId, Citation source, String text, @Nullable String textEn, String strength,
                         String level, String protocolSection, List<String> protocolSections, ItemStatus status,
                         List<Evidence> evidence, String reason, boolean secondary, @Nullable String caveat,
                         List<String> translated) {
        this(provisionId, source, text, textEn, strength, level, protocolSection, protocolSections, status, evidence,
                reason, secondary, caveat, null, translated, null);
    }

    /** An item without a suggestion, with its Chinese ({@code textZh}) when its text is English. */
    public ChecklistItem(String provisionId, Citation source, String text, @Nullable String textEn, String strength,
                         String level, String protocolSection, List<String> protocolSections, ItemStatus status,
                         List<Evidence> evidence, String reason, boolean secondary, @Nullable String caveat,
                         List<String> translated, @Nullable String textZh) {
        this(provisionId, source, text, textEn, strength, level, protocolSection, protocolSections, status, evidence,
                reason, secondary, caveat, null, translated, textZh);
    }

    /** This item with {@code suggestion}. */
    public ChecklistItem withSuggestion(@Nullable String suggestion) {
        return new ChecklistItem(provisionId, source, text, textEn, strength, level, protocolSection,
                protocolSections, status, evidence, reason, secondary, caveat, suggestion, translated, textZh);
    }

    /** The citation as one line, the {@code citation} string of DESIGN.md's checklist JSON. */
    @JsonProperty("citation")
    public String citation() {
        return source.label();
    }
}
