package org.regatlas.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.regatlas.model.Problem;
import org.regatlas.model.Provision;
import org.regatlas.model.Section;

/**
 * Checks the links from digest records to the official text they summarise ({@code summarises} in a digest's
 * provisions.json): each target must be a provision id or a section ({@code <doc-id>:<section-path>}) of a parsed
 * document. The official text is a PDF parsed with the corpus, so this can only be checked once everything is
 * parsed. A target that does not exist is reported as an error and dropped, so no page links to nothing.
 */
final class SummaryLinks {
    private SummaryLinks() {}

    /** The documents with every dangling target removed; one problem per target removed goes to {@code problems}. */
    static List<ParsedDocument> resolve(List<ParsedDocument> docs, List<Problem> problems) {
        Set<String> targets = new HashSet<>();
        for (ParsedDocument d : docs) {
            for (Provision p : d.provisions()) targets.add(p.id());
            for (Section s : d.root().flatten()) {
                if (s.path() != null) targets.add(d.id() + ":" + s.path());
            }
        }
        List<ParsedDocument> out = new ArrayList<>(docs.size());
        for (ParsedDocument d : docs) {
            boolean changed = false;
            List<Provision> provisions = new ArrayList<>(d.provisions().size());
            for (Provision p : d.provisions()) {
                List<String> kept = p.summarises().stream().filter(targets::contains).toList();
                if (kept.size() != p.summarises().size()) {
                    changed = true;
                    for (String t : p.summarises()) {
                        if (!targets.contains(t)) {
                            problems.add(Problem.error("corpus/documents/" + d.id() + "/" + d.meta().source()
                                    + ": record " + p.id() + ": summarises",
                                    "'" + t + "' is neither a provision nor a section of a document in the corpus"));
                        }
                    }
                    p = p.withSummarises(kept);
                }
                provisions.add(p);
            }
            out.add(changed ? new ParsedDocument(d.meta(), d.text(), d.root(), provisions, d.problems()) : d);
        }
        return out;
    }
}
