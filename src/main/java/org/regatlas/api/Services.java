package org.regatlas.api;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.regatlas.checklist.ChecklistService;
import org.regatlas.corpus.Taxonomy;
import org.regatlas.model.Checks;
import org.regatlas.parse.ParsedCorpus;
import org.regatlas.search.CompareService;
import org.regatlas.search.SearchBackend;

/**
 * What the API serves from; built by the CLI's composition root. Search and compare need only the index, so a server
 * can answer them while the corpus is still being parsed (most of start-up); routes that need the parsed corpus (the
 * documents, provision pages, checklists, health) wait for it.
 */
public final class Services {
    private final CompletableFuture<ParsedCorpus> corpus;
    private final CompletableFuture<ChecklistService> checklists;
    private final SearchBackend search;
    private final CompareService compare;

    private Services(CompletableFuture<ParsedCorpus> corpus, SearchBackend search, Taxonomy taxonomy) {
        this.corpus = Checks.notNull(corpus, "corpus");
        this.search = Checks.notNull(search, "search");
        this.compare = new CompareService(search, Checks.notNull(taxonomy, "taxonomy"));
        this.checklists = corpus.thenApply(ChecklistService::of);
    }

    /** Services over a corpus and its search index. */
    public static Services of(ParsedCorpus corpus, SearchBackend search) {
        return new Services(CompletableFuture.completedFuture(corpus), search, corpus.taxonomy());
    }

    /**
     * Services searching {@code search} at once, over a corpus still being parsed; {@code taxonomy} is the one the
     * corpus is parsed with.
     */
    public static Services searchingWhile(CompletableFuture<ParsedCorpus> corpus, SearchBackend search,
                                          Taxonomy taxonomy) {
        return new Services(corpus, search, taxonomy);
    }

    /** The parsed corpus, once parsed. */
    public ParsedCorpus corpus() {
        return joined(corpus);
    }

    public SearchBackend search() {
        return search;
    }

    public CompareService compare() {
        return compare;
    }

    /** The checklist service over the parsed corpus, once parsed. */
    public ChecklistService checklists() {
        return joined(checklists);
    }

    private static <T> T joined(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
