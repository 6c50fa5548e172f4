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
 * The team's translations of official texts, English of the Chinese ones and Chinese of the English ones: every
 * sentence of a translated document has one, marked as ours, and no translation is left over from an older text or
 * sentence split (it would be stale).
 */
class TranslationCoverageTest {
    /**
     * Every document with text of its own (not a digest: digests carry both languages) must ship a translation into
     * the other language, and is held to it.
     */
    static Stream<String> translatedDocuments() {
        return TestCorpus.loaded().documents().stream()
                .filter(d -> d.meta().provenance() != Provenance.DIGEST
                        || Files.isRegularFile(d.folder().resolve(CorpusLoader.translationFile(d.meta().language()))))
                .map(CorpusDocument::id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("translatedDocuments")
    void everySentenceHasItsTranslationAndNoTranslationIsOrphaned(String id) {
        CorpusDocument doc = TestCorpus.loaded().document(id).orElseThrow(() -> new AssertionError(id + " not loaded"));
        ParsedDocument parsed = TestCorpus.parsed().document(id).orElseThrow();
        Translator.Result result = Translator.apply(parsed.provisions(), doc.translation());
        String missing = parsed.provisions().stream().filter(p -> result.untranslated().contains(p.id()))
                .map(p -> "\n  " + p.id() + "  " + p.text()).collect(Collectors.joining());
        String orphans = result.orphaned().stream().map(e -> "\n  " + e.source()).collect(Collectors.joining());
        assertAll(
                () -> assertTrue(missing.isEmpty(), id + ": sentences without a translation in "
                        + CorpusLoader.translationFile(doc.meta().language()) + ":" + missing),
                () -> assertTrue(orphans.isEmpty(), id + ": translations that match no sentence (stale):" + orphans));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("translatedDocuments")
    void translatedProvisionsAreMarkedAsOurs(String id) {
        ParsedDocument doc = TestCorpus.parsed().document(id).orElseThrow();
        boolean chinese = doc.meta().language().equals("zh");
        for (Provision p : doc.provisions()) {
            if (chinese && p.lang().equals("zh")) {
                assertAll(p.id(), () -> assertFalse(p.textEn() == null || p.textEn().isBlank()),
                        () -> assertNull(p.textZh()), () -> assertEquals(List.of("en"), p.translated()));
            } else if (!chinese && p.lang().equals("en")) {
                assertAll(p.id(), () -> assertFalse(p.textZh() == null || p.textZh().isBlank()),
                        () -> assertNull(p.textEn()), () -> assertEquals(List.of("zh"), p.translated()));
            } else {
                // a sentence already in the other language (the review's English abstract) is its own text
                assertAll(p.id(), () -> assertNull(p.textEn()), () -> assertNull(p.textZh()),
                        () -> assertTrue(p.translated().isEmpty()));
            }
        }
    }

    @Test
    void digestsAreNeverMarkedTranslated() {
        for (ParsedDocument d : TestCorpus.parsed().documents()) {
            if (d.meta().provenance() == Provenance.DIGEST) {
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

    @Test
    void anEnglishSentenceGetsTheChineseMarkedAsOursAndKeepsItsOwnText() {
        Translation t = new Translation("zh", List.of(new Translation.Entry("Key aspects include:", "关键方面包括："),
                new Translation.Entry("the starting dose;", "起始剂量；")));
        Translator.Result r = Translator.apply(List.of(provision("x:-:1", "Key aspects include: the starting dose;",
                "en"), provision("x:-:2", "Another sentence.", "en"), provision("x:-:3", "中文句子。")), t);
        Provision joined = r.provisions().get(0);
        assertAll(
                () -> assertEquals("关键方面包括：起始剂量；", joined.textZh(), "joined without a space"),
                () -> assertEquals("Key aspects include: the starting dose;", joined.text()),
                () -> assertNull(joined.textEn()),
                () -> assertEquals(List.of("zh"), joined.translated()),
                () -> assertEquals(List.of("x:-:2"), r.untranslated(), "an English sentence without Chinese"),
                () -> assertTrue(r.provisions().get(2).translated().isEmpty(), "a Chinese sentence is not its source"),
                () -> assertTrue(r.orphaned().isEmpty()));
    }

    private static Provision provision(String id, String text) {
        return provision(id, text, "zh");
    }

    private static Provision provision(String id, String text, String lang) {
        return new Provision(id, "x", new org.regatlas.model.SectionRef(null, List.of()), text, lang, null, null,
                org.regatlas.model.Strength.INFO, false, List.of(), List.of(), org.regatlas.model.Conditions.NONE, List.of(),
                null, Provenance.VERBATIM, List.of(), null, null);
    }
}
