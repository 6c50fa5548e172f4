package org.regatlas.parse;

import java.util.ArrayList;
import java.util.List;
import org.regatlas.corpus.CorpusDocument;
import org.regatlas.corpus.Taxonomy;
import org.regatlas.model.Problem;
import org.regatlas.model.Provenance;
import org.regatlas.model.Provision;
import org.regatlas.model.Section;
import org.regatlas.model.Span;

/** Parses corpus documents: verbatim text into sections and provisions; digests pass through as they are. */
public final class DocumentParser {
    private final ProvisionExtractor extractor;
    private final LawProvisions laws;
    private final TopicTagger tagger;

    public DocumentParser(Taxonomy taxonomy) {
        this.tagger = new TopicTagger(taxonomy);
        this.extractor = new ProvisionExtractor(tagger);
        this.laws = new LawProvisions(tagger);
    }

    public TopicTagger tagger() {
        return tagger;
    }

    /** Parses one document; never throws for content problems, which are reported in the result. */
    public ParsedDocument parse(CorpusDocument doc) {
        List<Problem> problems = new ArrayList<>();
        if (doc.meta().provenance() == Provenance.DIGEST) {
            Section root = new Section("", null, "", "", 0, new Span(0, 0), new Span(0, 0), List.of());
            List<Provision> digests = doc.digests().stream()
                    .map(p -> p.withProhibition(ProhibitionRules.forbids(p.textEn()) || ProhibitionRules.forbids(p.textZh())))
                    .toList();
            return new ParsedDocument(doc.meta(), "", root, digests, problems);
        }
        if (LawLayout.recognises(doc.text())) {
            // 第X章/第X条 with 款 and 项: a statute, not a guideline; the team's English when it has some
            ParsedDocument law = laws.parse(doc);
            if (doc.translation().entries().isEmpty()) return law;
            Translator.Result shown = Translator.apply(law.provisions(), doc.translation());
            problems.addAll(law.problems());
            translationProblems(doc, shown, problems);
            return new ParsedDocument(law.meta(), law.text(), law.root(), shown.provisions(), problems);
        }
        Outline outline = LayoutOutline.applies(doc.source()) ? LayoutOutline.build(doc.source())
                : SectionParser.parse(doc.source());
        if (outline.root().children().isEmpty()) {
            problems.add(Problem.warning(doc.id(), "no headings found; the text is kept as one section"));
        }
        Translator.Result shown = Translator.apply(extractor.extract(doc.meta(), doc.text(), outline),
                doc.translation());
        List<Provision> provisions = shown.provisions();
        if (provisions.isEmpty()) {
            problems.add(Problem.warning(doc.id(), "no sentences found (empty document)"));
        }
        translationProblems(doc, shown, problems);
        return new ParsedDocument(doc.meta(), doc.text(), outline.root(), provisions, problems);
    }

    /** A sentence without its translation, or a translation no sentence uses (stale after a change of the text). */
    private static void translationProblems(CorpusDocument doc, Translator.Result shown, List<Problem> problems) {
        String file = doc.id() + "/" + org.regatlas.corpus.CorpusLoader.translationFile(doc.meta().language());
        if (!shown.untranslated().isEmpty()) {
            boolean chinese = doc.meta().language().equals("zh");
            problems.add(Problem.warning(file, shown.untranslated().size() + (chinese ? " Chinese" : " English")
                    + " sentences have no " + (chinese ? "English" : "Chinese") + " translation, first "
                    + shown.untranslated().get(0)));
        }
        if (!shown.orphaned().isEmpty()) {
            problems.add(Problem.warning(file, shown.orphaned().size() + " translations match no sentence (stale?),"
                    + " first \"" + shown.orphaned().get(0).source() + "\""));
        }
    }
}
