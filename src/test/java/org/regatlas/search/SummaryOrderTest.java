package org.regatlas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regatlas.index.Fields;

class SummaryOrderTest {
    private static final String[] IDS = {
        "ich-s6r1:Part I §4.4:2",        // 0: summarises ich-s6r1-official:I.4.4
        "ich-s6r1-official:I.4.3:2",     // 1: another section
        "ich-s6r1-official:I.4.4:4",     // 2: the sentence summarised
        "ema-2017-fih-rev1:7.2:1",       // 3
        "ich-s6r1:Part II §4:1",         // 4: summarises a single provision, II.4:3
        "ich-s6r1-official:II.4:3",      // 5
    };

    private static Document doc(int i) {
        Document d = InMemoryIndex.withId(IDS[i]);
        if (i == 0) d.add(new SortedSetDocValuesField(Fields.SUMMARISES, new BytesRef("ich-s6r1-official:I.4.4")));
        if (i == 4) d.add(new SortedSetDocValuesField(Fields.SUMMARISES, new BytesRef("ich-s6r1-official:II.4:3")));
        return d;
    }

    private static List<String> rerank(int... order) throws IOException {
        ByteBuffersDirectory dir = InMemoryIndex.of(IDS.length, 2, false, SummaryOrderTest::doc);
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            ScoreDoc[] ranked = Arrays.stream(order).mapToObj(i -> new ScoreDoc(i, 10f - i)).toArray(ScoreDoc[]::new);
            ScoreDoc[] out = SummaryOrder.rerank(ranked, SummaryOrder.Links.of(reader), reader);
            return Arrays.stream(out).map(d -> IDS[d.doc]).toList();
        }
    }

    @Test
    void aSummaryGoesJustBelowTheOfficialSentenceItSummarises() throws IOException {
        assertEquals(List.of(IDS[1], IDS[2], IDS[0], IDS[3]), rerank(0, 1, 2, 3));
    }

    @Test
    void aSummaryAlreadyBelowItsOfficialSentenceStays() throws IOException {
        assertEquals(List.of(IDS[2], IDS[0], IDS[1]), rerank(2, 0, 1));
    }

    @Test
    void aSummaryWithOneOfItsSentencesAboveStaysWhereItIs() throws IOException {
        ByteBuffersDirectory dir = InMemoryIndex.of(7, 0, false, i -> i < 6 ? doc(i)
                : InMemoryIndex.withId("ich-s6r1-official:I.4.4:1"));
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            ScoreDoc[] ranked = {new ScoreDoc(6, 9f), new ScoreDoc(0, 8f), new ScoreDoc(2, 7f)};
            ScoreDoc[] out = SummaryOrder.rerank(ranked, SummaryOrder.Links.of(reader), reader);
            assertEquals(List.of(6, 0, 2), Arrays.stream(out).map(d -> d.doc).toList());
        }
    }

    @Test
    void aSummaryWhoseOfficialSentenceIsNotRankedKeepsItsPlace() throws IOException {
        assertEquals(List.of(IDS[0], IDS[1], IDS[3]), rerank(0, 1, 3));
    }

    @Test
    void twoSummariesEachMoveBelowTheirOwnSentence() throws IOException {
        assertEquals(List.of(IDS[5], IDS[4], IDS[2], IDS[0], IDS[3]), rerank(4, 0, 5, 2, 3));
    }

    @Test
    void anotherEnginesHitsAreReorderedFromTheirIdsAlike() {
        ScoreDoc[] ranked = {new ScoreDoc(0, 3f), new ScoreDoc(1, 2.5f), new ScoreDoc(2, 2f)};
        ScoreDoc[] out = SummaryOrder.rerank(ranked, List.of(IDS[0], IDS[1], IDS[2]),
                List.of(List.of("ich-s6r1-official:I.4.4"), List.of(), List.of()));
        assertEquals(List.of(1, 2, 0), Arrays.stream(out).map(d -> d.doc).toList());
    }

    @Test
    void anOfficialSentenceThatMatchesFarLessDoesNotPullItsSummaryDown() {
        ScoreDoc[] ranked = {new ScoreDoc(0, 10f), new ScoreDoc(1, 8f), new ScoreDoc(2, 5f)};
        ScoreDoc[] out = SummaryOrder.rerank(ranked, List.of(IDS[0], IDS[1], IDS[2]),
                List.of(List.of("ich-s6r1-official:I.4.4"), List.of(), List.of()));
        assertEquals(List.of(0, 1, 2), Arrays.stream(out).map(d -> d.doc).toList(), "5 is under 0.6 of 10");
    }

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        ich-s6r1-official:I.4.4:4   | ich-s6r1-official:I.4.4   | true
        ich-s6r1-official:I.4.4:4   | ich-s6r1-official:I.4.4:4 | true
        ich-s6r1-official:I.4.4.1:2 | ich-s6r1-official:I.4.4   | false
        ich-s6r1-official:I.4.41:2  | ich-s6r1-official:I.4.4   | false
        ich-s6r1-official:I.4:3     | ich-s6r1-official:I.4.4   | false
        """)
    void aTargetSectionHoldsOnlyItsOwnSentences(String id, String target, boolean in) {
        if (in) assertTrue(SummaryOrder.summarised(id, List.of(target)));
        else assertFalse(SummaryOrder.summarised(id, List.of(target)));
    }
}
