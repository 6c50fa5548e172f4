package org.regatlas.checklist.evidence;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.regatlas.TestCorpus;
import org.regatlas.checklist.Samples;
import org.regatlas.checklist.applicability.Modality;
import org.regatlas.checklist.applicability.ProfileRequest;
import org.regatlas.checklist.decide.ChecklistItem;
import org.regatlas.checklist.layout.Checklist;
import org.regatlas.checklist.obligation.ConceptVocabulary;
import org.regatlas.checklist.read.Protocol;
import org.regatlas.checklist.structure.ChecklistWarning;
import org.regatlas.checklist.structure.PassageFilter;
import org.regatlas.checklist.structure.SectionTree;
import org.regatlas.model.Provision;

/**
 * Every checklist built from every protocol in ../shared/protocols and ../shared/real-docs/protocols, and from our
 * Chinese protocols (src/test/resources/checklist/zh), item by item:
 * every concept a reason says is stated appears in one of its quotes, and every quote lies in the protocol's own
 * normative content (never the background or earlier studies, the abbreviations list, references, the summary of
 * changes, the table of contents, the title page or a legend). A protocol whose product is not a cell or gene therapy
 * carries the not-cell-therapy warning. Without ../shared only the Chinese protocols are checked.
 */
class ChecklistIntegrityIT {
    private static ConceptVocabulary vocabulary;
    private static Map<String, Set<String>> idsByLabel;

    static Stream<Path> protocols() throws IOException {
        Path shared = TestCorpus.shared();
        List<Path> out = new ArrayList<>();
        // our Chinese protocols, which need no ../shared
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/checklist/zh"))) {
            files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().forEach(out::add);
        }
        if (shared == null) return out.stream();
        for (String dir : List.of("protocols", "real-docs/protocols")) {
            Path d = shared.resolve(dir);
            if (!Files.isDirectory(d)) continue;
            try (Stream<Path> files = Files.list(d)) {
                files.filter(f -> f.getFileName().toString().matches(".*\\.(?:md|html|pdf|docx|txt)"))
                        .filter(f -> !f.getFileName().toString().equals("README.md")).sorted().forEach(out::add);
            }
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("protocols")
    void reasonsNameOnlyWhatTheirQuotesStateAndQuotesComeFromNormativeContent(Path file) throws Exception {
        assumeTrue(Files.exists(file));
        Protocol protocol = Samples.read(file);
        Checklist checklist = Samples.service().check(protocol, ProfileRequest.INFER);
        SectionTree tree = new SectionTree(protocol);
        PassageFilter passages = new PassageFilter(tree);
        List<Executable> checks = new ArrayList<>();
        for (ChecklistItem item : checklist.items()) {
            String quotes = String.join("\n", item.evidence().stream().map(Evidence::quote).toList());
            Set<String> quoted = vocabulary().ids(quotes);
            for (String label : QuoteChecks.statedLabels(item.reason(), idsByLabel)) {
                checks.add(() -> assertTrue(idsByLabel.get(label).stream().anyMatch(quoted::contains),
                        item.provisionId() + ": the reason says '" + label + "' is stated, the quotes do not: "
                                + quotes));
            }
            for (Evidence e : item.evidence()) {
                checks.add(() -> assertTrue(QuoteChecks.admissible(e.quote(), tree, passages), item.provisionId() + ": quote from "
                        + "outside the protocol's normative content (" + e.section() + "): " + e.quote()));
            }
        }
        if (!checklist.profile().modality().isEmpty() && !Modality.anyCellOrGene(checklist.profile().modality())) {
            checks.add(() -> assertTrue(checklist.warnings().stream()
                    .anyMatch(w -> w.code().equals(ChecklistWarning.NOT_CELL_THERAPY)), "not-cell-therapy warning"));
        }
        assertAll(file.getFileName().toString(), checks.stream());
    }

    private static synchronized ConceptVocabulary vocabulary() {
        if (vocabulary == null) {
            var corpus = TestCorpus.parsed();
            List<String> texts = new ArrayList<>();
            for (Provision p : corpus.provisions()) texts.add(p.textZh() != null ? p.textZh() : p.text());
            vocabulary = ConceptVocabulary.of(corpus.taxonomy(), corpus.glossary(), texts);
            idsByLabel = QuoteChecks.idsByLabel(vocabulary);
        }
        return vocabulary;
    }
}
