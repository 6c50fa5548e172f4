package org.regatlas.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regatlas.TestCorpus;
import org.regatlas.model.Span;

class ConceptMatcherTest {
    private static final ConceptMatcher MATCHER = new ConceptMatcher(TestCorpus.loaded().taxonomy(),
            TestCorpus.loaded().glossary());

    private static List<String> surfaces(String query) {
        return MATCHER.match(query).stream().map(ConceptMatcher.Match::surface).toList();
    }

    @Test
    void englishAndChineseNamesOfOneConceptShareItsId() {
        List<String> en = MATCHER.match("washout").get(0).ids();
        List<String> zh = MATCHER.match("洗脱期").get(0).ids();
        assertThat(en).isNotEmpty().containsAnyElementsOf(zh);
    }

    @Test
    void chineseNamesMatchAcrossTheSpacesOfPdfText() {
        String text = "应设置合理的洗 脱期。";
        List<Span> spans = placesOf(java.util.Set.copyOf(MATCHER.match("洗脱期").get(0).ids()), text);
        assertThat(spans).contains(new Span(text.indexOf("洗 脱期"), text.indexOf("洗 脱期") + "洗 脱期".length()));
    }

    /** Where {@code text} names one of the concepts {@code ids}, each place once. */
    private static List<Span> placesOf(java.util.Set<String> ids, String text) {
        return MATCHER.named(text).stream().filter(n -> ids.contains(n.id())).map(n -> new Span(n.start(), n.end()))
                .distinct().toList();
    }

    @Test
    void thePlacesOfSomeConceptsAreWhereTheirNamesAreAndNoOthers() {
        String text = "CRS 与 ICANS 的分级：细胞因子释放综合征 (cytokine release syndrome) 在洗脱期后";
        java.util.Set<String> crs = java.util.Set.copyOf(MATCHER.match("CRS").get(0).ids());
        List<Span> only = placesOf(crs, text);
        assertThat(only).isNotEmpty().contains(new Span(0, 3))
                .contains(new Span(text.indexOf("细胞因子"), text.indexOf("细胞因子") + "细胞因子释放综合征".length()))
                .doesNotContain(new Span(text.indexOf("ICANS"), text.indexOf("ICANS") + 5))
                .doesNotContain(new Span(text.indexOf("洗脱期"), text.indexOf("洗脱期") + 3));
        assertThat(MATCHER.spans(text)).containsAll(only);
        assertThat(placesOf(java.util.Set.of("no-such-concept"), text)).isEmpty();
    }

    @Test
    void longerNamesWinOverTheNamesInsideThem() {
        assertThat(surfaces("long-term follow-up of patients")).contains("long-term follow-up").doesNotContain("follow-up");
    }

    @Test
    void abbreviationsMatchOnlyAsWrittenAndWholeWords() {
        assertThat(surfaces("CRS grading")).contains("CRS");
        assertThat(surfaces("crs grading")).doesNotContain("crs");
        assertThat(surfaces("ICANSX")).isEmpty();
    }

    @Test
    void englishNamesMatchTheirPlural() {
        assertThat(surfaces("risk factors")).contains("risk factors");
    }

    @Test
    void idsListEveryConceptOfATextOncePerOccurrence() {
        List<String> ids = MATCHER.ids("长期随访 and long-term follow-up; 洗脱期");
        String ltfu = MATCHER.match("long-term follow-up").get(0).ids().get(0);
        assertThat(ids.stream().filter(ltfu::equals)).hasSize(2);
        assertThat(MATCHER.ids("no vocabulary here at all")).isEmpty();
    }
}
