package org.regatlas.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.regatlas.corpus.CorpusDocument;
import org.regatlas.model.Conditions;
import org.regatlas.model.Problem;
import org.regatlas.model.Provenance;
import org.regatlas.model.Provision;
import org.regatlas.model.Section;
import org.regatlas.model.SectionRef;

/**
 * Parses a document laid out as a PRC law ({@link LawLayout}) into provisions, one per 款 with its items: the id is
 * {@code <doc-id>:<path>:<款 number>} ({@code dal-2019:第二章.第十九条:2} is 第十九条第二款), the text exactly the
 * 款 as printed, the strength from {@link LawStrength}, and prohibitions (不得, 禁止) flagged; protocol sections only
 * for paragraphs on trials. Thread-safe.
 */
final class LawProvisions {
    /**
     * A statute regulates far more than trials (production, pharmacies, prices, penalties); a paragraph maps to a
     * section of a trial protocol only when it speaks of trials or their subjects, so the rest of a law never becomes
     * a checklist item that a protocol would be said to miss; nor do the sanctions of its 法律责任 chapter.
     */
    private static final Pattern TRIAL = Pattern.compile("临床试验|临床研究|受试者|知情同意|伦理审查|伦理委员会");
    /** The chapter of sanctions (法律责任): what follows a breach, not a duty a protocol addresses. */
    private static final String SANCTIONS = "法律责任";

    private final TopicTagger tagger;

    LawProvisions(TopicTagger tagger) {
        this.tagger = tagger;
    }

    private static boolean aboutTrials(String clause, List<String> headings) {
        return TRIAL.matcher(clause).find() && headings.stream().noneMatch(h -> h.replaceAll("\\s", "").contains(SANCTIONS));
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
            List<String> topics = TopicRules.topics(tagger, clause);   // a law cited as a pointer is no legal basis
            // A trial paragraph that points to the Law (依照《药品管理法》第二十九条的规定，经…批准) is still routed as one
            // resting on it: the checklist's keys judge where such a paragraph belongs, not what it is tagged.
            List<String> routing = tagger.tag(clause);
            SectionRef ref = new SectionRef(c.section().path(), headings);
            // Conditions and protocol sections serve checklists, which only a paragraph on trials can reach.
            boolean trial = aboutTrials(clause, headings);
            provisions.add(new Provision(doc.id() + ":" + ref.idPart() + ":" + c.ordinal(), doc.id(), ref, clause,
                    ProvisionExtractor.language(clause), null, null, LawStrength.classify(clause),
                    LawStrength.forbids(clause), ActorRules.find(clause), topics,
                    trial ? ConditionRules.find(clause) : Conditions.NONE,
                    trial ? tagger.protocolSections(routing) : List.of(), c.span(), Provenance.VERBATIM, List.of(), null,
                    null));
        }
        if (provisions.isEmpty()) problems.add(Problem.warning(doc.id(), "no articles found (empty document)"));
        return new ParsedDocument(doc.meta(), text, result.root(), provisions, problems);
    }
}
