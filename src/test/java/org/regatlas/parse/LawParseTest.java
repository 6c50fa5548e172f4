package org.regatlas.parse;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.regatlas.TestCorpus;
import org.regatlas.corpus.CorpusLoader;
import org.regatlas.corpus.MarkdownReader;
import org.regatlas.model.Provision;
import org.regatlas.model.Section;
import org.regatlas.model.Strength;

/**
 * The PRC laws of the corpus, parsed as laws: their articles and chapters as the laws number them, each 款 a
 * provision with its items, and nothing of the front matter.
 */
class LawParseTest {
    /**
     * Each law: corpus id, file in ../shared/real-docs/cn-regulations, and the articles of each chapter as the law
     * numbers them (第一章 of 药品管理法 is 第一条-第十五条, 第二章 第十六条-第二十九条, …).
     */
    static Stream<Arguments> laws() {
        return Stream.of(
                Arguments.of("npcsc-2019-drug-administration-law", "中华人民共和国药品管理法_2019修订.md",
                        List.of(15, 14, 11, 10, 18, 8, 7, 8, 6, 16, 38, 4)),
                Arguments.of("state-council-2016-dal-implementing-regulation",
                        "中华人民共和国药品管理法实施条例_LawRefBook-2019-03-02.md", List.of(2, 8, 9, 8, 15, 4, 4, 7, 19, 4)),
                Arguments.of("state-council-2019-human-genetic-resources", "中华人民共和国人类遗传资源管理条例_2019.md",
                        List.of(10, 6, 12, 7, 10, 2)),
                Arguments.of("npcsc-2024-biosecurity-law", "中华人民共和国生物安全法_2024修正.md",
                        List.of(9, 17, 7, 8, 11, 8, 5, 6, 13, 4)),
                Arguments.of("shenzhen-2022-cell-gene-industry", "深圳经济特区细胞和基因产业促进条例_2022.md",
                        List.of(12, 5, 11, 6, 5, 10, 16, 6, 1)));
    }

    private static ParsedDocument law(String id) {
        return TestCorpus.parsed().document(id).orElseThrow();
    }

    private static List<Integer> articleNumbers(Section root) {
        List<Integer> out = new ArrayList<>();
        for (Section s : root.flatten()) {
            if (s.label().endsWith("条")) out.add(LawLayout.number(s.label().substring(1, s.label().length() - 1)));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("laws")
    void articlesAndChaptersAreTheLawsOwn(String id, String file, List<Integer> perChapter) {
        ParsedDocument doc = law(id);
        int total = perChapter.stream().mapToInt(Integer::intValue).sum();
        List<Integer> numbers = articleNumbers(doc.root());
        assertEquals(total, numbers.size());
        assertEquals(java.util.stream.IntStream.rangeClosed(1, total).boxed().toList(), numbers, "第一条 to the last, in order");
        assertEquals(perChapter, doc.root().children().stream().map(c -> c.children().size()).toList());
        assertTrue(doc.root().children().stream().allMatch(c -> c.label().endsWith("章")));
        assertTrue(doc.problems().isEmpty(), doc.problems().toString());
        // every article has at least one 款, and 款 are numbered from 1 in each article
        for (Section chapter : doc.root().children()) {
            for (Section article : chapter.children()) {
                List<Integer> ordinals = doc.provisions().stream()
                        .filter(p -> article.path().equals(p.section().path())).map(Provision::ordinal).toList();
                assertFalse(ordinals.isEmpty(), article.path());
                assertEquals(java.util.stream.IntStream.rangeClosed(1, ordinals.size()).boxed().toList(), ordinals);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("laws")
    void theShippedCopyIsTheSharedFileAndParsesTheSame(String id, String file, List<Integer> perChapter) throws IOException {
        Path shared = TestCorpus.shared();
        assumeTrue(shared != null, "../shared is absent");
        Path original = shared.resolve("real-docs/cn-regulations").resolve(file);
        ParsedDocument doc = law(id);
        assertEquals(CorpusLoader.sha256(original), doc.meta().sha256());
        LawParser.Result fromShared = LawParser.parse(MarkdownReader.parse(Files.readString(original)).text());
        assertEquals(articleNumbers(doc.root()), articleNumbers(fromShared.root()));
        assertEquals(doc.provisions().size(), fromShared.clauses().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("laws")
    void provisionsAreTheLawsWordsAndNotItsFrontMatter(String id, String file, List<Integer> perChapter) throws IOException {
        ParsedDocument doc = law(id);
        String raw = Files.readString(TestCorpus.corpusDir().resolve("documents").resolve(id).resolve(doc.meta().source()))
                .replaceAll("\\s+", "");
        for (Provision p : doc.provisions()) {
            assertTrue(raw.contains(p.text().replaceAll("\\s+", "")), p.id());
            assertTrue(p.id().matches(id + ":第[一二三四五六七八九十]+章\\.第[一二三四五六七八九十百零]+条:[1-9]\\d*"), p.id());
            assertFalse(p.text().contains("INFO END") || p.text().matches("(?s).*常务委员会第.{1,4}次会议通过.*"), p.id());
            assertFalse(p.text().startsWith("第") && p.text().matches("第[一二三四五六七八九十百零]+条\\s.*"), p.id());
        }
    }

    @Test
    void itemsStayWithTheirLeadIn() {
        ParsedDocument dal = law("npcsc-2019-drug-administration-law");
        List<Provision> art98 = dal.provisions().stream()
                .filter(p -> "第十章.第九十八条".equals(p.section().path())).toList();
        assertEquals(4, art98.size(), "第九十八条 has four 款");
        Provision fake = art98.get(1);
        assertAll(
                () -> assertEquals("npcsc-2019-drug-administration-law:第十章.第九十八条:2", fake.id()),
                () -> assertEquals("""
                        有下列情形之一的，为假药：
                        （一）药品所含成份与国家药品标准规定的成份不符；
                        （二）以非药品冒充药品或者以他种药品冒充此种药品；
                        （三）变质的药品；
                        （四）药品所标明的适应症或者功能主治超出规定范围。""", fake.text()),
                () -> assertEquals(Strength.INFO, fake.strength()),
                () -> assertTrue(art98.get(2).text().startsWith("有下列情形之一的，为劣药：\n（一）药品成份的含量不符合国家药品标准；")),
                () -> assertTrue(art98.get(2).text().endsWith("（七）其他不符合药品标准的药品。")),
                () -> assertEquals(Strength.MUST, art98.get(0).strength()),
                () -> assertTrue(art98.get(0).prohibition(), "禁止生产……假药、劣药"),
                () -> assertEquals(List.of("第十章  监督管理", "第九十八条"), fake.section().headings(), "as printed"));

        Provision hgr11 = TestCorpus.parsed()
                .provision("state-council-2019-human-genetic-resources:第二章.第十一条:1").orElseThrow();
        assertTrue(hgr11.text().endsWith("并经国务院科学技术行政部门批准：\n(一)具有法人资格；\n(二)采集目的明确、合法；\n"
                + "(三)采集方案合理；\n(四)通过伦理审查；\n(五)具有负责人类遗传资源管理的部门和管理制度；\n"
                + "(六)具有与采集活动相适应的场所、设施、设备和人员。"), "six items in ASCII brackets, one 款");
        assertEquals(Strength.MUST, hgr11.strength());
        assertTrue(TestCorpus.parsed().provision("state-council-2019-human-genetic-resources:第二章.第十一条:2").isEmpty());

        Provision principles = TestCorpus.parsed().provision("shenzhen-2022-cell-gene-industry:第一章.第三条:1").orElseThrow();
        assertTrue(principles.text().startsWith("细胞和基因产业发展应当遵循下列原则：\n研发坚持科学规范、符合伦理；"));
        assertTrue(principles.text().endsWith("保障坚持优化服务、促进发展。"), "an unnumbered list ends at its last item");
    }

    @Test
    void aBackReferenceOpensTheNextParagraphAndStrengthFollowsTheModal() {
        List<Provision> art56 = law("npcsc-2024-biosecurity-law").provisions().stream()
                .filter(p -> "第六章.第五十六条".equals(p.section().path())).toList();
        assertEquals(4, art56.size());
        assertAll(
                () -> assertTrue(art56.get(0).text().startsWith("从事下列活动，应当经国务院卫生健康主管部门批准：\n（一）")),
                () -> assertTrue(art56.get(0).text().endsWith("（四）将我国人类遗传资源材料运送、邮寄、携带出境。")),
                () -> assertEquals(Strength.MUST, art56.get(0).strength()),
                () -> assertTrue(art56.get(1).text().startsWith("前款规定不包括")),
                () -> assertEquals(Strength.INFO, art56.get(1).strength()),
                () -> assertEquals(Strength.MUST, art56.get(2).strength(), "不需要批准；但是……应当……备案"),
                () -> assertEquals("境外组织、个人及其设立或者实际控制的机构不得在我国境内采集、保藏我国人类遗传资源，"
                        + "不得向境外提供我国人类遗传资源。", art56.get(3).text()),
                () -> assertEquals(Strength.MUST, art56.get(3).strength()),
                () -> assertTrue(art56.get(3).prohibition()));
        Provision may = TestCorpus.parsed()
                .provision("state-council-2019-human-genetic-resources:第四章.第三十四条:1").orElseThrow();
        assertEquals(Strength.MAY, may.strength(), "可以采取下列措施");
        Provision definitions = TestCorpus.parsed()
                .provision("state-council-2016-dal-implementing-regulation:第十章.第七十七条:1").orElseThrow();
        assertTrue(definitions.text().endsWith("药品零售企业，是指将购进的药品直接销售给消费者的药品经营企业。"),
                "a list of definitions runs to the end of the article");
        assertEquals(Strength.INFO, definitions.strength(), "消费者可以自行判断 is what a term means, not a permission");
    }

    @Test
    void theClinicalTrialApprovalArticleIsAnObligation() {
        Provision trials = TestCorpus.parsed()
                .provision("npcsc-2019-drug-administration-law:第二章.第十九条:1").orElseThrow();
        assertTrue(trials.text().startsWith("开展药物临床试验，应当按照国务院药品监督管理部门的规定"), trials.text());
        assertEquals(Strength.MUST, trials.strength());
    }
}
