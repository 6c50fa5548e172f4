package org.regatlas.corpus;

import java.util.List;
import java.util.Optional;
import org.regatlas.model.Problem;

/**
 * Everything read from {@code corpus/}: the documents that loaded, the taxonomy, the ledger of published ids (read
 * when first used), and what went wrong.
 */
public record LoadedCorpus(List<CorpusDocument> documents, Taxonomy taxonomy, Glossary glossary, List<Problem> problems,
                           IdLedger ledger) {
    public LoadedCorpus {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
    }

    public Optional<CorpusDocument> document(String id) {
        return documents.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public long errorCount() {
        return problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
    }
}
