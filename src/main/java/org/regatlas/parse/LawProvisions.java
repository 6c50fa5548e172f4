package org.regatlas.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.regatlas.corpus.CorpusDocument;
import org.regatlas.model.Problem;
import org.regatlas.model.Provenance;
import org.regatlas.model.Provision;
import org.regatlas.model.Section;
import org.regatlas.model.SectionRef;

/**
 * Parses a document laid out as a PRC law ({@link LawLayout}) into provisions, one per 款 with its items: the id is
 * {@code <doc-id>:<path>:<款 number>} ({@code dal-2019:第二章.第十九条:2} is 第十九条第二款), the text exactly the
 * 款 as printed, the strength from {@link LawStrength}, and prohibitions (不得, 禁止) flagged. Thread-safe.
 */
final class LawProvisions {
    private final TopicTagger tagger;

    LawProvisions(TopicTagger tagger) {
        this.tagger = tagger;
    }

    ParsedDocument parse(CorpusDocument doc) {
        String text = doc.text();
        LawParser.Result result = LawParser.parse(text);
        List<Problem> problems = new ArrayList<>();
        for (String w : result.warnings()) problems.add(Problem.warning(doc.id(), w));
        Map<Section, List<String>> trails = new HashMap<>();
        List<Provision> provisions = new ArrayList<>();
        for (LawParser.Clause c : result.clauses()) {
            List<String> headings = trails.computeIfAbsent(c.section(), s -> SectionParser.headingsOf(s, result.root()));
            String clause = text.substring(c.span().start(), c.span().end());
            List<String> topics = tagger.tag(clause);
            SectionRef ref = new SectionRef(c.section().path(), headings);
            provisions.add(new Provision(doc.id() + ":" + ref.idPart() + ":" + c.ordinal(), doc.id(), ref, clause,
                    ProvisionExtractor.language(clause), null, null, LawStrength.classify(clause),
                    ProhibitionRules.forbids(clause), ActorRules.find(clause), topics, ConditionRules.find(clause),
                    tagger.protocolSections(topics), c.span(), Provenance.VERBATIM, List.of(), null, null));
        }
        if (provisions.isEmpty()) problems.add(Problem.warning(doc.id(), "no articles found (empty document)"));
        return new ParsedDocument(doc.meta(), text, result.root(), provisions, problems);
    }
}
