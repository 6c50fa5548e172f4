package org.regatlas.parse;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regatlas.TestCorpus;
import org.regatlas.corpus.CorpusLoader;
import org.regatlas.corpus.IdLedger;
import org.regatlas.model.Conditions;
import org.regatlas.model.Provenance;
import org.regatlas.model.Provision;
import org.regatlas.model.SectionRef;
import org.regatlas.model.Strength;

/** Published ids keep answering after the corpus changes: moved ids name their successor, removed ones are retired. */
public class CitationsTest {
    static final String META = """
        {"id": "test-law", "title": {"zh": "测试条例"}, "jurisdiction": "CN", "agency": "STATE-COUNCIL",
         "type": "regulation", "status": "final", "language": "zh", "provenance": "verbatim", "source": "law.md"}
        """;

    /** Version 1: two chapters; 第三条 in the first. */
    static final String V1 = """
        # 测试条例

        ## 第一章 总则

        第一条 为了规范临床试验，制定本条例。

        第二条 申办者应当在开展临床试验前取得伦理委员会的同意。

        第三条 受试者可以随时退出临床试验，退出不影响其合法权益。

        伦理委员会应当在收到申请之日起三十日内作出是否同意的书面决定。

        ## 第二章 附则

        第四条 本条例所称临床试验，是指以人体为对象的试验。

        第五条 本条例自发布之日起施行。

        试行期间的规定同时废止，相关备案材料由省级主管部门统一归档保存。
        """;

    /** Version 2: 第三条 moved into the second chapter, its second 款 reworded; 第五条's second 款 struck out. */
    static final String V2 = V1
            .replace("## 第二章 附则\n\n第四条", "第四条")
            .replace("第三条 受试者", "## 第二章 附则\n\n第三条 受试者")
            .replace("三十日内", "二十日内")
            .replace("\n试行期间的规定同时废止，相关备案材料由省级主管部门统一归档保存。\n", "");

    static Path corpus(Path tmp, String law) throws IOException {
        Path corpus = tmp.resolve("corpus");
        Path doc = Files.createDirectories(corpus.resolve("documents/test-law"));
        Files.copy(TestCorpus.corpusDir().resolve("taxonomy.json"), corpus.resolve("taxonomy.json"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(doc.resolve("document.json"), META);
        Files.writeString(doc.resolve("law.md"), law);
        return corpus;
    }

    static ParsedCorpus load(Path corpus) {
        return ParsedCorpus.parse(new CorpusLoader(corpus).load());
    }

    /** Publishes {@code V1}, then changes the corpus to {@code V2} without updating the ledger. */
    public static ParsedCorpus publishedThenChanged(Path tmp) throws IOException {
        Path corpus = corpus(tmp, V1);
        ParsedCorpus v1 = load(corpus);
        assertTrue(v1.provision("test-law:第一章.第三条:1").isPresent(), v1.provisions().toString());
        v1.citations().update().write(corpus);
        corpus(tmp, V2);
        return load(corpus);
    }

    @Test
    void aMovedArticleAnswersWithItsNewIdAndAStruckParagraphIsRetired(@TempDir Path tmp) throws IOException {
        ParsedCorpus v2 = publishedThenChanged(tmp);
        Citations c = v2.citations();
        assertAll(
                () -> assertEquals(Optional.of(new Citations.Resolution.Moved("test-law:第二章.第三条:1")),
                        c.resolve("test-law:第一章.第三条:1"), "same text, new chapter"),
                () -> assertEquals(Optional.of(new Citations.Resolution.Moved("test-law:第二章.第三条:2")),
                        c.resolve("test-law:第一章.第三条:2"), "三十日 amended to 二十日: nearly the same text"),
                () -> assertEquals(Optional.of(new Citations.Resolution.Retired(
                        "试行期间的规定同时废止，相关备案材料由省级主管部门统一归档保存。")),
                        c.resolve("test-law:第二章.第五条:2")),
                () -> assertInstanceOf(Citations.Resolution.Live.class, c.resolve("test-law:第一章.第二条:1").orElseThrow()),
                () -> assertEquals(Optional.empty(), c.resolve("test-law:第一章.第九条:1"), "never published"));
    }

    @Test
    void theUpdatedLedgerRecordsMovesAndIsCurrentAfterwards(@TempDir Path tmp) throws IOException {
        ParsedCorpus v2 = publishedThenChanged(tmp);
        Path corpus = tmp.resolve("corpus");
        IdLedger before = IdLedger.in(corpus);
        IdLedger next = v2.citations().update();
        List<String> changes = before.changesTo(next);
        assertTrue(changes.contains("> test-law:第一章.第三条:1 -> test-law:第二章.第三条:1"), changes.toString());
        assertTrue(changes.contains("x test-law:第二章.第五条:2"), changes.toString());
        assertTrue(changes.contains("+ test-law:第二章.第三条:1"), changes.toString());
        next.write(corpus);
        ParsedCorpus reloaded = load(corpus);
        assertEquals(List.of(), IdLedger.in(corpus).changesTo(reloaded.citations().update()));
        assertEquals("test-law:第二章.第三条:1", IdLedger.in(corpus).entries().get("test-law:第一章.第三条:1").movedTo());
        assertTrue(IdLedger.in(corpus).entries().get("test-law:第二章.第五条:2").retired());

        // a third version moves 第三条 again: the first id goes straight to where its text is now
        Files.writeString(corpus.resolve("documents/test-law/law.md"),
                V2.replace("## 第二章 附则", "## 第三章 附则"));
        ParsedCorpus v3 = load(corpus);
        assertEquals(Optional.of(new Citations.Resolution.Moved("test-law:第三章.第三条:1")),
                v3.citations().resolve("test-law:第一章.第三条:1"));
    }

    private static Provision sentence(String id, String text) {
        return new Provision(id, id.substring(0, id.indexOf(':')), new SectionRef("一", List.of()), text, "zh", null,
                null, Strength.INFO, false, List.of(), List.of(), Conditions.NONE, List.of(), null, Provenance.VERBATIM,
                List.of(), null, null);
    }

    @Test
    void aResplitSentenceIsFoundInTheMergedOrTheLargestPiece() {
        Citations.TextMatcher matcher = new Citations.TextMatcher(List.of(
                sentence("g:一:1", "申办方应当在临床试验开始前制定完整的风险控制计划；并在试验过程中根据新的安全性数据及时更新该计划。"),
                sentence("g:一:2", "研究者应记录全部不良事件；"),
                sentence("g:一:3", "并按照方案规定的时限向申办方报告严重不良事件，以便申办方及时评估。"),
                sentence("h:一:1", "申办方应当在临床试验开始前制定完整的风险控制计划；")));
        assertAll(
                () -> assertEquals("g:一:1", matcher.best("g:一:7", "申办方应当在临床试验开始前制定完整的风险控制计划；")
                        .map(Provision::id).orElseThrow(), "its own document first, though another has the text exactly"),
                () -> assertEquals("g:一:1", matcher.best("g:一:8", "并在试验过程中根据新的安全性数据及时更新该计划。")
                        .map(Provision::id).orElseThrow(), "merged into a longer sentence"),
                () -> assertEquals("g:一:3", matcher.best("g:一:9", "研究者应记录全部不良事件；并按照方案规定的时限向申办方报告"
                        + "严重不良事件，以便申办方及时评估。").map(Provision::id).orElseThrow(), "split: the largest piece"),
                () -> assertEquals(Optional.empty(), matcher.best("g:一:4", "细胞产品的运输条件应当经过验证。")),
                () -> assertEquals(Optional.empty(), matcher.best("x:一:1", "并在试验过程中根据新的安全性数据及时更新该计划。"),
                        "a part of a sentence is only looked for within its own document"));
    }

    @Test
    void theShippedLedgerIsCurrentWithTheCorpus() {
        IdLedger shipped = IdLedger.in(TestCorpus.corpusDir());
        List<String> changes = shipped.changesTo(TestCorpus.parsed().citations().update());
        assertTrue(changes.isEmpty(), () -> "corpus/ids/ is not current with the corpus (" + changes.size()
                + " changes, first: " + changes.subList(0, Math.min(5, changes.size()))
                + "): run ./regatlas ids and commit corpus/ids/ with the corpus change");
    }

    @Test
    void everyIdEverPublishedStillAnswers() {
        Map<String, IdLedger.Entry> published = IdLedger.in(TestCorpus.corpusDir()).entries();
        // 698 ids were published before the ledger existed (the corpus of 39a3135); none may be forgotten
        assertTrue(published.size() >= 698 + 677, "ledger size " + published.size());
        assertTrue(published.containsKey("cde-2024-cart-heme:二.（三）:3"));
        Citations c = TestCorpus.parsed().citations();
        for (String id : published.keySet()) {
            assertTrue(c.resolve(id).isPresent(), id);
        }
    }
}
