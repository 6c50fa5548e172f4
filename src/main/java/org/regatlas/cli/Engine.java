package org.regatlas.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.regatlas.api.Reindexer;
import org.regatlas.api.Services;
import org.regatlas.corpus.CorpusLoader;
import org.regatlas.index.CorpusFingerprint;
import org.regatlas.index.IndexBuilder;
import org.regatlas.index.IndexStats;
import org.regatlas.index.IndexStore;
import org.regatlas.parse.ParsedCorpus;
import org.regatlas.search.SearchQuery;
import org.regatlas.opensearch.OpenSearchBackend;
import org.regatlas.opensearch.OpenSearchConfig;
import org.regatlas.opensearch.OpenSearchIndexer;
import org.regatlas.search.SearchBackend;
import org.regatlas.search.SearchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The corpus, the index and the search service, opened together; rebuilds the index when it is missing or stale. */
final class Engine implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Engine.class);

    final ParsedCorpus corpus;
    final IndexStore store;
    final SearchBackend search;

    private Engine(ParsedCorpus corpus, IndexStore store, SearchBackend search) {
        this.corpus = corpus;
        this.store = store;
        this.search = search;
    }

    /** The engine over the embedded index, or over the OpenSearch cluster of {@code cluster} when not null. */
    static Engine open(CorpusOptions options, @Nullable OpenSearchConfig cluster) {
        return cluster == null ? open(options) : remote(options, cluster);
    }

    /**
     * The corpus, searched on an OpenSearch cluster; its index is built there first when it is missing, of another
     * layout, or older than the corpus.
     */
    static Engine remote(CorpusOptions options, OpenSearchConfig cluster) {
        ParsedCorpus corpus = options.load();
        String fingerprint = CorpusFingerprint.of(options.dir());
        OpenSearchIndexer indexer = new OpenSearchIndexer(cluster);
        if (!indexer.liveFingerprint().map(fingerprint::equals).orElse(false)) {
            System.err.println("regatlas: the OpenSearch index is missing, or was built from another corpus or by another release of the parser; building it");
            indexer.rebuild(corpus, fingerprint, n -> { });
        }
        return new Engine(corpus, new IndexStore(Home.index()), remoteSearch(corpus, cluster));
    }

    /** The search of the OpenSearch cluster with {@code corpus}'s vocabulary. */
    static SearchBackend remoteSearch(ParsedCorpus corpus, OpenSearchConfig cluster) {
        OpenSearchBackend search = new OpenSearchBackend(cluster, corpus.taxonomy(), corpus.glossary());
        search.reopen();
        return search;
    }

    static Engine open(CorpusOptions options) {
        Opening opening = start(options, false);
        try {
            return new Engine(opening.corpus().join(), opening.store(), opening.search().join());
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /**
     * An engine being opened: the search is ready as soon as a current index answers (it needs no parsed corpus),
     * the corpus when parsed; a missing or stale index is rebuilt from the parsed corpus first.
     */
    record Opening(CompletableFuture<ParsedCorpus> corpus, CompletableFuture<SearchBackend> search, IndexStore store,
                   CorpusLoader.Vocabulary vocabulary) {}

    /** {@link #start(CorpusOptions, boolean)} searching first, or the engine of an OpenSearch cluster (opened whole) when {@code cluster}. */
    static Opening start(CorpusOptions options, @Nullable OpenSearchConfig cluster) {
        if (cluster == null) return start(options, true);
        CompletableFuture<Engine> remote = new CompletableFuture<>();
        Thread.ofPlatform().name("engine-open").start(() -> {
            try {
                remote.complete(remote(options, cluster));
            } catch (RuntimeException | Error e) {
                remote.completeExceptionally(e);
            }
        });
        return new Opening(remote.thenApply(e -> e.corpus), remote.thenApply(e -> e.search),
                new IndexStore(Home.index()), options.vocabulary());
    }

    /**
     * Opens the index and parses the corpus on threads of their own. {@code searchFirst}: the parse waits until the
     * index answers, so a server's first searches are not slowed by it (it takes every core); a command that needs
     * both at once runs them side by side.
     */
    static Opening start(CorpusOptions options, boolean searchFirst) {
        // Start-up work that does not need the parsed corpus runs beside its parsing (two cores at least).
        CompletableFuture<String> fingerprinting = CompletableFuture.supplyAsync(() -> CorpusFingerprint.of(options.dir()));
        IndexStore store = new IndexStore(Home.index());
        // the search starts Lucene while this thread reads the taxonomy and glossary it needs next
        CompletableFuture<CorpusLoader.Vocabulary> reading = new CompletableFuture<>();
        CompletableFuture<@Nullable SearchService> searching = openBeside(store, reading, fingerprinting);
        CorpusLoader.Vocabulary vocabulary;
        try {
            vocabulary = options.vocabulary();
        } catch (RuntimeException | Error e) {
            reading.completeExceptionally(e);
            throw e;
        }
        reading.complete(vocabulary);
        CompletableFuture<ParsedCorpus> corpus = new CompletableFuture<>();
        Thread.ofPlatform().name("corpus-parse").start(() -> {
            try {
                if (searchFirst) searching.exceptionally(e -> null).join();
                corpus.complete(options.load(vocabulary));
            } catch (RuntimeException | Error e) {
                corpus.completeExceptionally(e);
            }
        });
        CompletableFuture<SearchBackend> search = searching.thenCompose(opened -> opened != null
                ? CompletableFuture.<SearchBackend>completedFuture(opened)
                : corpus.thenApply(parsed -> {
                    String fingerprint = fingerprinting.join();
                    if (store.isStale(fingerprint)) {
                        System.err.println("regatlas: the index is missing, or was built from another corpus or by another release of the parser; rebuilding it");
                        rebuild(parsed, store, fingerprint, new Progress(false));
                    }
                    return serving(parsed, store).search;
                }));
        return new Opening(corpus, search, store, vocabulary);
    }

    /**
     * Reads the corpus again for a reindex while serving; {@link Reindexer.Candidate#publish()} then rebuilds the index
     * into a new generation of {@code store}. The engine already open keeps reading its own generation until closed.
     */
    static Reindexer.Candidate reread(CorpusOptions options, IndexStore store, @Nullable OpenSearchConfig cluster) {
        if (cluster != null) {
            String fingerprint = CorpusFingerprint.of(options.dir());
            ParsedCorpus corpus = options.load();
            return Reindexer.Candidate.of(corpus, () -> {
                // The alias moves to the new index in one request: searches of the old services keep answering.
                new OpenSearchIndexer(cluster).rebuild(corpus, fingerprint, n -> { });
                return Services.of(corpus, remoteSearch(corpus, cluster));
            });
        }
        return reread(options, store);
    }

    static Reindexer.Candidate reread(CorpusOptions options, IndexStore store) {
        String fingerprint = CorpusFingerprint.of(options.dir());    // before reading: a later edit makes it stale
        ParsedCorpus corpus = options.load();
        return Reindexer.Candidate.of(corpus, () -> {
            rebuild(corpus, store, fingerprint, new Progress(false));
            Engine fresh = serving(corpus, store);
            return Services.of(fresh.corpus, fresh.search);
        });
    }

    /**
     * Opens the search of a current index and runs a first query on a thread of its own while the documents are
     * parsed, so Lucene's classes, the index's files and the query path are ready when the corpus is: the first
     * search a user sends is then not a cold one. Completes with null when the index must be rebuilt first or could
     * not be opened (the usual path then opens it and reports why).
     */
    private static CompletableFuture<@Nullable SearchService> openBeside(IndexStore store,
            CompletableFuture<CorpusLoader.Vocabulary> vocabulary, CompletableFuture<String> fingerprinting) {
        CompletableFuture<@Nullable SearchService> opened = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("search-open").start(() -> {
            SearchService search = null;
            try {
                // Reading the live index's recorded fingerprint (Lucene's first use: codecs, the commit) and building
                // the search's vocabulary need no corpus fingerprint: they run while the corpus is hashed.
                Optional<String> recorded = store.fingerprint();
                CorpusLoader.Vocabulary v = vocabulary.join();
                search = new SearchService(store, v.taxonomy(), v.glossary());
                if (recorded.isPresent() && recorded.get().equals(fingerprinting.join())) {
                    if (search.reopen()) {
                        search.search(SearchQuery.of("桥接治疗 washout", 1));
                        opened.complete(search);
                        return;
                    }
                }
            } catch (RuntimeException e) {
                log.debug("Opening the index beside the corpus failed: {}", e.getMessage());
            }
            if (search != null) search.close();
            opened.complete(null);
        });
        return opened;
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
