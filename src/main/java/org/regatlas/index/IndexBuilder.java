package org.regatlas.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;
import org.regatlas.corpus.Glossary;
import org.regatlas.corpus.Taxonomy;
import org.regatlas.model.DocumentMeta;
import org.regatlas.model.Provision;
import org.regatlas.parse.ParsedCorpus;
import org.regatlas.parse.ParsedDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the index into a new generation and publishes it atomically. A document that fails is counted and skipped;
 * only an I/O error on the index itself fails the build (leaving the old index live). Documents are mapped and
 * analysed on several threads at once (analysis is most of the cost, and {@link IndexWriter} takes documents from
 * many threads); the finished index does not depend on their order.
 */
public final class IndexBuilder {
    private static final Logger log = LoggerFactory.getLogger(IndexBuilder.class);
    /** Indexing threads by default: one per core, up to 4 (past that merging and memory bandwidth dominate). */
    public static final int DEFAULT_THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    /** One document to index: its metadata and its provisions in reading order. */
    public record Source(DocumentMeta meta, List<Provision> provisions) {}

    /**
     * Where the documents come from: each call returns the next one, or null when there are no more. Called from
     * every indexing thread, so it must be thread-safe; a corpus too large for memory can be generated or read
     * as it is asked for.
     */
    @FunctionalInterface
    public interface Documents {
        @Nullable Source next();
    }

    private final IndexStore store;
    private final int threads;

    public IndexBuilder(IndexStore store) {
        this(store, DEFAULT_THREADS);
    }

    public IndexBuilder(IndexStore store, int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be 1 or more: " + threads);
        this.store = store;
        this.threads = threads;
    }

    /**
     * Builds and publishes a new index of a parsed corpus.
     *
     * @param progress called with the number of provisions indexed so far (for a terminal progress line)
     */
    public IndexStats rebuild(ParsedCorpus corpus, String fingerprint, IntConsumer progress) throws IOException {
        Iterator<ParsedDocument> it = corpus.documents().iterator();
        Documents documents = () -> {
            synchronized (it) {
                if (!it.hasNext()) return null;
                ParsedDocument d = it.next();
                return new Source(d.meta(), d.provisions());
            }
        };
        int skipped = (int) corpus.problems().stream()
                .filter(p -> p.severity() == org.regatlas.model.Problem.Severity.ERROR).count();
        return build(documents, corpus.taxonomy(), corpus.glossary(), fingerprint, skipped, progress);
    }

    /**
     * Builds and publishes a new index of {@code documents}, mapped with the vocabulary of {@code taxonomy} and
     * {@code glossary}.
     *
     * @param skipped  documents the corpus could not read, reported in the stats
     * @param progress called with the number of provisions indexed so far, from one thread at a time
     */
    public IndexStats build(Documents documents, Taxonomy taxonomy, Glossary glossary, String fingerprint, int skipped,
                            IntConsumer progress) throws IOException {
        long start = System.nanoTime();
        log.info("Indexing into {} on {} thread(s)", store.root(), threads);
        Path generation = store.newGeneration();
        ProvisionDocuments mapper = new ProvisionDocuments(taxonomy, glossary);
        Counts counts = new Counts(progress);
        boolean published = false;
        try {
            // No merging while documents are added: the index is merged into one segment at the end anyway, and
            // merges on the way would rewrite each document several times on the cores analysis needs.
            IndexWriterConfig cfg = new IndexWriterConfig(Analyzers.perField())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(128)
                    .setMergePolicy(NoMergePolicy.INSTANCE);
            try (FSDirectory dir = FSDirectory.open(generation); IndexWriter writer = new IndexWriter(dir, cfg)) {
                addAll(documents, mapper, writer, counts);
                writer.setLiveCommitData(Map.of(IndexStore.FINGERPRINT, fingerprint,
                        "regatlas.schema", String.valueOf(Fields.SCHEMA_VERSION)).entrySet());
                writer.getConfig().setMergePolicy(new TieredMergePolicy());
                writer.forceMerge(1);
                writer.commit();
            }
            progress.accept(counts.provisions.get());
            store.publish(generation);
            published = true;
        } finally {
            if (!published) {
                IndexStore.deleteTree(generation);
            }
        }
        IndexStats stats = new IndexStats(counts.docs.get(), counts.provisions.get(), counts.empty.get(), skipped,
                counts.errors.get(), (System.nanoTime() - start) / 1e9, generation.getFileName().toString());
        log.info("Indexing done: {}", stats);
        return stats;
    }

    /** What the indexing threads have done so far. */
    private static final class Counts {
        final AtomicInteger docs = new AtomicInteger();
        final AtomicInteger provisions = new AtomicInteger();
        final AtomicInteger empty = new AtomicInteger();
        final AtomicInteger errors = new AtomicInteger();
        private final IntConsumer progress;

        Counts(IntConsumer progress) {
            this.progress = progress;
        }

        void added(int n) {
            int before = provisions.getAndAdd(n);
            if ((before + n) / 500 > before / 500) {
                synchronized (this) {
                    progress.accept(provisions.get());
                }
            }
        }
    }

    /** Adds every document on {@link #threads} threads; the first failure of the index itself stops them all. */
    private void addAll(Documents documents, ProvisionDocuments mapper, IndexWriter writer, Counts counts)
            throws IOException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable work = () -> {
            try {
                for (Source d = documents.next(); d != null && failure.get() == null; d = documents.next()) {
                    add(d, mapper, writer, counts);
                }
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            }
        };
        if (threads == 1) {
            work.run();
        } else {
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) workers.add(Thread.ofPlatform().name("indexer-" + t).start(work));
            for (Thread w : workers) {
                try {
                    w.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failure.compareAndSet(null, e);
                }
            }
        }
        Throwable e = failure.get();
        if (e instanceof IOException io) throw io;
        if (e instanceof UncheckedIOException io) throw io.getCause();
        if (e instanceof RuntimeException re) throw re;
        if (e instanceof Error err) throw err;
        if (e != null) throw new IOException("indexing interrupted", e);
    }

    private static void add(Source d, ProvisionDocuments mapper, IndexWriter writer, Counts counts) throws IOException {
        List<Provision> all = d.provisions();
        if (all.isEmpty()) {
            counts.empty.incrementAndGet();
            return;
        }
        try {
            writer.addDocuments(mapper.toDocuments(all, d.meta()));
            counts.docs.incrementAndGet();
            counts.added(all.size());
        } catch (IllegalArgumentException e) {
            counts.errors.incrementAndGet();
            log.warn("Document {} not indexed: {}", d.meta().id(), e.getMessage());
        }
    }
}
