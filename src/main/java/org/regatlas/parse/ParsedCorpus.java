package org.regatlas.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.regatlas.corpus.CorpusDocument;
import org.regatlas.corpus.Glossary;
import org.regatlas.corpus.IdLedger;
import org.regatlas.corpus.LoadedCorpus;
import org.regatlas.corpus.Taxonomy;
import org.regatlas.model.Problem;
import org.regatlas.model.Provision;

/**
 * The whole corpus parsed: documents in id order and every provision by id. Immutable and thread-safe; built once
 * per corpus load.
 */
public final class ParsedCorpus {
    private final List<ParsedDocument> documents;
    private final Map<String, ParsedDocument> byId = new LinkedHashMap<>();
    private final Map<String, Provision> provisions = new LinkedHashMap<>();
    private final Taxonomy taxonomy;
    private final Glossary glossary;
    private final List<Problem> problems;
    private final IdLedger ledger;
    private volatile @Nullable Citations citations;

    private ParsedCorpus(List<ParsedDocument> documents, Taxonomy taxonomy, Glossary glossary, List<Problem> problems,
                         IdLedger ledger) {
        this.ledger = ledger;
        this.documents = List.copyOf(documents);
        this.taxonomy = taxonomy;
        this.glossary = glossary;
        this.problems = List.copyOf(problems);
        for (ParsedDocument d : documents) {
            byId.put(d.id(), d);
            for (Provision p : d.provisions()) provisions.put(p.id(), p);
        }
    }

    /** Parses every loaded document; load and parse problems are kept together. */
    public static ParsedCorpus parse(LoadedCorpus loaded) {
        DocumentParser parser = new DocumentParser(loaded.taxonomy());
        // Documents parse independently (the parser is thread-safe); in parallel, in their order.
        List<ParsedDocument> docs = loaded.documents().parallelStream().map(parser::parse).toList();
        List<Problem> problems = new ArrayList<>(loaded.problems());
        for (ParsedDocument parsed : docs) problems.addAll(parsed.problems());
        docs = SummaryLinks.resolve(docs, problems);
        return new ParsedCorpus(docs, loaded.taxonomy(), loaded.glossary(), problems, loaded.ledger());
    }

    public List<ParsedDocument> documents() {
        return documents;
    }

    public Optional<ParsedDocument> document(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Provision> provision(String id) {
        return Optional.ofNullable(provisions.get(id));
    }

    public List<Provision> provisions() {
        return List.copyOf(provisions.values());
    }

    public int provisionCount() {
        return provisions.size();
    }

    /** What published ids answer: built on first use (the first id that is not a live one). */
    public Citations citations() {
        Citations c = citations;
        if (c == null) {
            synchronized (this) {
                if (citations == null) citations = new Citations(provisions, ledger);
                c = citations;
            }
        }
        return c;
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    public Glossary glossary() {
        return glossary;
    }

    public List<Problem> problems() {
        return problems;
    }
}
