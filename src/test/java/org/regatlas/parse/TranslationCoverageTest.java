package org.regatlas.parse;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.regatlas.TestCorpus;
import org.regatlas.corpus.CorpusDocument;
import org.regatlas.corpus.CorpusLoader;
import org.regatlas.corpus.Translation;
import org.regatlas.model.Provenance;
import org.regatlas.model.Provision;

/**
 * The team's English for Chinese official texts: every Chinese sentence of a translated document has it, marked as
 * ours, and no translation is left over from an older text or sentence split (it would be stale).
 */
class TranslationCoverageTest {
    /**
     * Every Chinese document with text of its own (not a digest: digests carry both languages) must ship a
     * translation, and is held to it; so is any other document that has one.
     */
    static Stream<String> translatedDocuments() {
        return TestCorpus.loaded().documents().stream()
                .filter(d -> d.meta().language().equals("zh") && d.meta().provenance() != Provenance.DIGEST
                        || Files.isRegularFile(d.folder().resolve(CorpusLoader.TRANSLATION_FILE)))
                .map(CorpusDocument::id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("translatedDocuments")
    void everyChineseSentenceHasEnglishAndNoTranslationIsOrphaned(String id) {
        CorpusDocument doc = TestCorpus.loaded().document(id).orElseThrow(() -> new AssertionError(id + " not loaded"));
        ParsedDocument parsed = TestCorpus.parsed().document(id).orElseThrow();
        Translator.Result result = Translator.apply(parsed.provisions(), doc.translation());
        String missing = parsed.provisions().stream().filter(p -> result.untranslated().contains(p.id()))
                .map(p -> "\n  " + p.id() + "  " + p.text()).collect(Collectors.joining());
        String orphans = result.orphaned().stream().map(e -> "\n  " + e.source()).collect(Collectors.joining());
        assertAll(
                () -> assertTrue(missing.isEmpty(), id + ": Chinese sentences without English in "
                        + CorpusLoader.TRANSLATION_FILE + ":" + missing),
                () -> assertTrue(orphans.isEmpty(), id + ": translations that match no sentence (stale):" + orphans));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("translatedDocuments")
    void translatedProvisionsAreMarkedAsOurs(String id) {
        for (Provision p : TestCorpus.parsed().document(id).orElseThrow().provisions()) {
            if (p.lang().equals("zh")) {
                assertAll(p.id(), () -> assertFalse(p.textEn() == null || p.textEn().isBlank()),
                        () -> assertEquals(List.of("en"), p.translated()));
            } else {
                assertAll(p.id(), () -> assertNull(p.textEn()), () -> assertTrue(p.translated().isEmpty()));
            }
        }
    }

    @Test
    void digestsAndEnglishTextsAreNeverMarkedTranslated() {
        for (ParsedDocument d : TestCorpus.parsed().documents()) {
            if (d.meta().provenance() == Provenance.DIGEST || d.meta().language().equals("en")) {
                d.provisions().forEach(p -> assertTrue(p.translated().isEmpty(), p.id()));
            }
        }
    }

    @Test
    void aSentenceIsMatchedWhateverItsSpacingAndAcrossAListItsLeadInJoins() {
        Translation t = new Translation("en", List.of(new Translation.Entry("以下标准建议如下：", "The following:"),
                new Translation.Entry("首次缓解后 12 个月内复发；", "relapse within 12 months;"),
                new Translation.Entry("移植后复发等。", "relapse after transplantation.")));
        Translator.Result r = Translator.apply(List.of(provision("x:-:1", "以 下 标 准 建 议 如 下 ：首次缓解后12个月内复发；"),
                provision("x:-:2", "移植后复发等。"), provision("x:-:3", "另一句。")), t);
        assertAll(
                () -> assertEquals("The following: relapse within 12 months;", r.provisions().get(0).textEn()),
                () -> assertEquals("以下标准建议如下：首次缓解后12个月内复发；", r.provisions().get(0).text()),
                () -> assertEquals("Relapse after transplantation.", r.provisions().get(1).textEn(), "shown on its own"),
                () -> assertEquals(List.of("x:-:3"), r.untranslated()),
                () -> assertTrue(r.orphaned().isEmpty()));
    }

    @Test
    void aChangedCharacterOrphansTheOldTranslation() {
        Translation t = new Translation("en", List.of(new Translation.Entry("应至少接受过两种治疗。", "shall have had two.")));
        Translator.Result r = Translator.apply(List.of(provision("x:-:1", "应至少接受过三种治疗。")), t);
        assertAll(() -> assertEquals(List.of("x:-:1"), r.untranslated()),
                () -> assertEquals(1, r.orphaned().size()),
                () -> assertNull(r.provisions().get(0).textEn()));
    }

    private static Provision provision(String id, String text) {
        return new Provision(id, "x", new org.regatlas.model.SectionRef(null, List.of()), text, "zh", null, null,
                org.regatlas.model.Strength.INFO, false, List.of(), List.of(), org.regatlas.model.Conditions.NONE, List.of(),
                null, Provenance.VERBATIM, List.of(), null, null);
    }
}
