package org.regatlas.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import org.regatlas.index.Analyzers;
import org.regatlas.index.CorpusFingerprint;
import org.regatlas.index.IndexBuilder;
import org.regatlas.index.IndexStats;
import org.regatlas.index.IndexStore;
import org.regatlas.parse.ParsedCorpus;
import org.regatlas.search.SearchService;

/** The corpus, the index and the search service, opened together; rebuilds the index when it is missing or stale. */
final class Engine implements AutoCloseable {
    final ParsedCorpus corpus;
    final IndexStore store;
    final SearchService search;

    private Engine(ParsedCorpus corpus, IndexStore store, SearchService search) {
        this.corpus = corpus;
        this.store = store;
        this.search = search;
    }

    static Engine open(CorpusOptions options) {
        // Start-up work that does not need the parsed corpus runs beside its parsing (two cores at least).
        Thread.ofPlatform().daemon().name("analyzer-warm-up").start(Analyzers::warmUp);
        CompletableFuture<String> fingerprinting = CompletableFuture.supplyAsync(() -> CorpusFingerprint.of(options.dir()));
        ParsedCorpus corpus = options.load();
        IndexStore store = new IndexStore(Home.index());
        String fingerprint = fingerprinting.join();
        if (store.isStale(fingerprint)) {
            System.err.println("regatlas: the index is missing or older than the corpus; rebuilding it");
            rebuild(corpus, store, fingerprint, new Progress(false));
        }
        return serving(corpus, store);
    }

    /**
     * Reads the corpus again and rebuilds the index into a new generation of {@code store}, for a reindex while
     * serving: the engine already open keeps reading its own generation until it is closed.
     */
    static Engine reload(CorpusOptions options, IndexStore store) {
        String fingerprint = CorpusFingerprint.of(options.dir());    // before reading: a later edit makes it stale
        ParsedCorpus corpus = options.load();
        rebuild(corpus, store, fingerprint, new Progress(false));
        return serving(corpus, store);
    }

    /** The engine searching the live generation of {@code store} with {@code corpus}'s vocabulary. */
    private static Engine serving(ParsedCorpus corpus, IndexStore store) {
        SearchService search = new SearchService(store, corpus.taxonomy(), corpus.glossary());
        search.reopen();
        return new Engine(corpus, store, search);
    }

    static IndexStats rebuild(ParsedCorpus corpus, IndexStore store, String fingerprint, Progress progress) {
        try {
            IndexStats stats = new IndexBuilder(store).rebuild(corpus, fingerprint, progress::update);
            progress.done();
            return stats;
        } catch (IOException e) {
            throw new UncheckedIOException("building the index in " + store.root(), e);
        }
    }

    @Override
    public void close() {
        search.close();
    }
}
