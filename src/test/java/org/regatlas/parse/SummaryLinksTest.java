package org.regatlas.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.regatlas.TestCorpus;
import org.regatlas.model.Problem;
import org.regatlas.model.Provision;
import org.regatlas.model.Section;

class SummaryLinksTest {
    @Test
    void everyIchS6DigestRecordLinksToOfficialSectionsThatExist() {
        ParsedCorpus corpus = TestCorpus.parsed();
        ParsedDocument official = corpus.document("ich-s6r1-official").orElseThrow();
        Set<String> sections = official.root().flatten().stream().filter(s -> s.path() != null)
                .map(s -> "ich-s6r1-official:" + s.path()).collect(Collectors.toSet());
        List<Provision> digests = corpus.document("ich-s6r1").orElseThrow().provisions();
        assertEquals(125, digests.size());
        for (Provision p : digests) {
            assertFalse(p.summarises().isEmpty(), p.id() + " links to no official section");
            for (String t : p.summarises()) {
                assertTrue(sections.contains(t) || corpus.provision(t).isPresent(), p.id() + ": " + t);
            }
        }
        assertTrue(corpus.problems().stream().noneMatch(pr -> pr.where().endsWith("summarises")), corpus.problems()::toString);
    }

    @Test
    void aRecordSummarisesTheSectionItsFactSheetNames() {
        ParsedCorpus corpus = TestCorpus.parsed();
        assertEquals(List.of("ich-s6r1-official:I.4.2.1", "ich-s6r1-official:I.4.2.2", "ich-s6r1-official:I.4.2.3"),
                corpus.provision("ich-s6r1:Part I §4.2.1-4.2.3:1").orElseThrow().summarises());
        assertEquals(List.of("ich-s6r1-official:II.2.1", "ich-s6r1-official:II.notes"),
                corpus.provision("ich-s6r1:Part II §2.1 and Note 1:2").orElseThrow().summarises());
    }

    @Test
    void aTargetThatDoesNotExistIsReportedAndDropped() {
        List<ParsedDocument> docs = new ArrayList<>();
        for (ParsedDocument d : TestCorpus.parsed().documents()) {
            if (!d.id().equals("ich-s6r1")) {
                docs.add(d);
                continue;
            }
            List<Provision> ps = new ArrayList<>(d.provisions());
            ps.set(0, ps.get(0).withSummarises(List.of("ich-s6r1-official:I.1.2", "ich-s6r1-official:I.9.9")));
            docs.add(new ParsedDocument(d.meta(), d.text(), d.root(), ps, d.problems()));
        }
        List<Problem> problems = new ArrayList<>();
        List<ParsedDocument> resolved = SummaryLinks.resolve(docs, problems);
        Provision first = resolved.stream().filter(d -> d.id().equals("ich-s6r1")).findFirst().orElseThrow()
                .provisions().get(0);
        assertEquals(List.of("ich-s6r1-official:I.1.2"), first.summarises());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).where().endsWith("record " + first.id() + ": summarises"), problems.toString());
        assertTrue(problems.get(0).message().contains("ich-s6r1-official:I.9.9"), problems.toString());
    }

    @Test
    void aSectionTargetIsASectionPathOfTheParsedTree() {
        Section root = TestCorpus.parsed().document("ich-s6r1-official").orElseThrow().root();
        assertTrue(root.flatten().stream().anyMatch(s -> "II.notes".equals(s.path())));
    }
}
