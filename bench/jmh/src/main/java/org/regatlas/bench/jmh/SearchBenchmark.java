package org.regatlas.bench.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.regatlas.corpus.CorpusLoader;
import org.regatlas.index.CorpusFingerprint;
import org.regatlas.index.IndexBuilder;
import org.regatlas.index.IndexStore;
import org.regatlas.parse.ParsedCorpus;
import org.regatlas.search.SearchPage;
import org.regatlas.search.SearchQuery;
import org.regatlas.search.SearchService;

/**
 * In-process search over the shipped corpus: each call runs the next dev query (first page of 10, no filters) through
 * {@link SearchService}, as {@code GET /api/search} does minus HTTP and JSON. The index is built once per fork into
 * a temporary folder with {@link IndexBuilder}, the same way {@code regatlas index} builds it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SearchBenchmark {
    private Path folder;
    private SearchService search;
    private List<String> queries;

    /** Each thread walks the query list from its own starting point. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        @Setup(Level.Trial)
        public void start() {
            next = (int) (Thread.currentThread().threadId() % 7);
        }
    }

    @Setup(Level.Trial)
    public void open() throws IOException {
        Path corpus = BenchFiles.corpus();
        ParsedCorpus parsed = ParsedCorpus.parse(new CorpusLoader(corpus).load());
        folder = Files.createTempDirectory("regatlas-jmh-");
        IndexStore store = new IndexStore(folder.resolve("index"));
        new IndexBuilder(store).rebuild(parsed, CorpusFingerprint.of(corpus), n -> { });
        search = new SearchService(store, parsed.taxonomy(), parsed.glossary());
        if (!search.reopen()) throw new IllegalStateException("no index in " + folder);
        queries = BenchFiles.devQueries();
        System.err.printf("%nsearch: %d provisions indexed, %d dev queries%n", parsed.provisionCount(), queries.size());
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        search.close();
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    /** One dev query at a time, on one thread. */
    @Benchmark
    public SearchPage devQueryMix(Cursor c) {
        return search.search(SearchQuery.of(queries.get(c.next++ % queries.size()), 10));
    }

    /** The same mix on two threads at once (the machine's two cores). */
    @Benchmark
    @Threads(2)
    public SearchPage devQueryMixTwoThreads(Cursor c) {
        return search.search(SearchQuery.of(queries.get(c.next++ % queries.size()), 10));
    }
}
