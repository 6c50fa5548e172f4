package org.regatlas.bench.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.regatlas.corpus.CorpusLoader;
import org.regatlas.index.Analyzers;
import org.regatlas.index.Fields;
import org.regatlas.index.IndexBuilder;
import org.regatlas.index.IndexStats;
import org.regatlas.index.IndexStore;
import org.regatlas.index.ProvisionDocuments;
import org.regatlas.model.Provision;
import org.regatlas.parse.ParsedCorpus;
import org.regatlas.search.SearchQuery;
import org.regatlas.search.SearchService;

/**
 * Builds an index of a synthetic corpus {@code --rounds} times the shipped one and measures it: build throughput,
 * index size, heap, and in-process search latency over the dev queries on one and on two threads.
 *
 * <p>The build is {@link IndexBuilder}'s, fed from the generator one document at a time rather than from a
 * {@link ParsedCorpus} held in memory, and published into an {@link IndexStore}, which is then searched through
 * {@link SearchService}, exactly as {@code serve} does. The dev queries repeat, so run it with
 * {@code -Dregatlas.searchCache=0} (bench/scale.sh does) to measure searches rather than the result cache.
 *
 * <p>{@code --profile N} first times mapping against inverting for N synthetic provisions (where build time goes).
 * {@code --sample N} prints every provision of N synthetic documents instead, to see what the generator makes.
 *
 * <pre>
 * java -Xmx1g -cp regatlas.jar:classes org.regatlas.bench.scale.ScaleBench --corpus corpus --queries search-dev.json
 *      --dir /tmp/scale [--rounds 1000] [--threads 1] [--search-rounds 5] [--seed 42] [--reuse] [--profile 20000]
 * </pre>
 */
public final class ScaleBench {
    private ScaleBench() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        Path corpusDir = Path.of(opt.getOrDefault("corpus", "corpus"));
        Path queriesFile = Path.of(opt.getOrDefault("queries", "../shared/eval/search-dev.json"));
        Path dir = Path.of(opt.getOrDefault("dir", "/tmp/regatlas-scale")).toAbsolutePath();
        int rounds = Integer.parseInt(opt.getOrDefault("rounds", "1000"));
        int threads = Integer.parseInt(opt.getOrDefault("threads", "1"));
        int searchRounds = Integer.parseInt(opt.getOrDefault("search-rounds", "5"));
        long seed = Long.parseLong(opt.getOrDefault("seed", "42"));
        boolean reuse = opt.containsKey("reuse");

        ParsedCorpus shipped = ParsedCorpus.parse(new CorpusLoader(corpusDir).load());
        SyntheticCorpus synthetic = new SyntheticCorpus(shipped, seed);
        if (opt.containsKey("sample")) {
            // Shows what the generator makes: every provision of a few synthetic documents.
            int docs = Integer.parseInt(opt.get("sample"));
            for (int i = 0; i < docs; i++) {
                SyntheticCorpus.Doc d = synthetic.document(synthetic.documentsPerRound() * (1 + i) + i);
                for (Provision p : d.provisions()) {
                    System.out.println(p.id() + " [" + p.strength() + " " + p.lang() + " " + p.topics() + "] " + p.text());
                }
            }
            return;
        }
        List<String> queries = devQueries(queriesFile);
        int profile = Integer.parseInt(opt.getOrDefault("profile", "0"));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"shipped corpus", shipped.documents().size() + " documents, " + shipped.provisionCount()
                + " provisions"});
        rows.add(new String[] {"synthetic corpus", String.format(Locale.ROOT, "%,d documents, %,d provisions (x%d, seed %d)",
                (long) rounds * synthetic.documentsPerRound(), (long) rounds * synthetic.provisionsPerRound(), rounds, seed)});
        rows.add(new String[] {"JVM", Runtime.version() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, heap max " + mb(Runtime.getRuntime().maxMemory())});

        if (profile > 0) analysisProfile(synthetic, shipped, profile, rows);
        try (HeapWatch heap = new HeapWatch()) {
            IndexStore store = new IndexStore(dir.resolve("index"));
            if (reuse && store.current().isPresent()) {
                rows.add(new String[] {"build", "skipped (--reuse): " + store.current().get()});
            } else {
                heap.start();
                build(synthetic, shipped, rounds, threads, store, rows);
                rows.add(new String[] {"build heap", heapRow(heap.figures())});
            }
            Path gen = store.current().orElseThrow();
            rows.add(new String[] {"index size on disk", String.format(Locale.ROOT, "%s (%d files, %,d bytes per provision)",
                    mb(size(gen)), fileCount(gen), size(gen) / Math.max(1, docCount(gen)))});

            heap.start();
            try (SearchService search = new SearchService(store, shipped.taxonomy(), shipped.glossary())) {
                long openStart = System.nanoTime();
                search.reopen();
                search.search(SearchQuery.of(queries.get(0), 10));
                rows.add(new String[] {"open + first search", ms((System.nanoTime() - openStart) / 1e6)});
                rows.add(new String[] {"warm-up", warmUp(search, queries)});
                Latencies one = run(search, queries, searchRounds, 1, seed);
                rows.add(new String[] {"search, 1 thread", latencyRow(one)});
                rows.add(new String[] {"search, 2 threads", latencyRow(run(search, queries, searchRounds, 2, seed))});
                rows.add(new String[] {"hits per query", hitsRow(search, queries)});
                rows.add(new String[] {"slowest queries, 1 thread", slowestRow(one)});
            }
            rows.add(new String[] {"search heap", heapRow(heap.figures())});
        }
        print(rows);
    }

    /** Indexes the synthetic corpus with {@link IndexBuilder} on {@code threads} threads, as it is generated. */
    private static void build(SyntheticCorpus synthetic, ParsedCorpus corpus, int rounds, int threads, IndexStore store,
                              List<String[]> rows) throws Exception {
        int total = rounds * synthetic.documentsPerRound();
        AtomicInteger next = new AtomicInteger();
        AtomicLong indexed = new AtomicLong();   // IndexBuilder's own progress count
        AtomicLong generateNanos = new AtomicLong();
        long start = System.nanoTime();
        // The generator keeps the shipped topic ids, so the shipped taxonomy and glossary map them.
        IndexBuilder.Documents documents = () -> {
            int i = next.getAndIncrement();
            if (i >= total) return null;
            long t0 = System.nanoTime();
            SyntheticCorpus.Doc d = synthetic.document(i);
            generateNanos.addAndGet(System.nanoTime() - t0);
            return new IndexBuilder.Source(d.meta(), d.provisions());
        };
        Thread progress = Thread.ofPlatform().daemon().start(() -> {
            try {
                while (true) {
                    Thread.sleep(30_000);
                    double s = (System.nanoTime() - start) / 1e9;
                    System.err.printf(Locale.ROOT, "scale: %,d provisions in %.0f s (%,.0f/s), heap used %s%n",
                            indexed.get(), s, indexed.get() / s,
                            mb(Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()));
                }
            } catch (InterruptedException e) {
                // done
            }
        });
        long cpu0 = cpuNanos();
        IndexStats stats = new IndexBuilder(store, threads).build(documents, corpus.taxonomy(), corpus.glossary(),
                "synthetic-x" + rounds, 0, indexed::set);
        progress.interrupt();
        long end = System.nanoTime();

        long n = stats.provisions();
        double cpuS = (cpuNanos() - cpu0) / 1e9;
        double totalS = (end - start) / 1e9;
        double genS = generateNanos.get() / 1e9;
        rows.add(new String[] {"build, " + threads + " indexing thread" + (threads > 1 ? "s" : ""), String.format(Locale.ROOT,
                "%,d provisions in %.1f s: %,.0f provisions/s end to end (generation and forceMerge(1) included)",
                n, totalS, n / totalS)});
        double indexOnly = totalS - genS / threads;
        rows.add(new String[] {"build without generation", String.format(Locale.ROOT,
                "%,.0f provisions/s (end to end minus generator time per thread; generator %.1f thread-s)",
                n / indexOnly, genS)});
        // The machine is shared: CPU time says what the build costs whatever else ran beside it.
        rows.add(new String[] {"build CPU", String.format(Locale.ROOT,
                "%.1f CPU-s for the process (%.2f cores busy on average): %,.0f provisions per CPU-second", cpuS,
                cpuS / totalS, n / cpuS)});
    }

    /**
     * Where a provision's indexing time goes, on one thread: mapping it to its Lucene document with every text
     * analysed ({@code ProvisionDocuments.toDocuments}), against inverting and writing those documents into an
     * in-memory index. After a warm-up pass; merging and the disk are left out.
     */
    private static void analysisProfile(SyntheticCorpus synthetic, ParsedCorpus corpus, int count, List<String[]> rows)
            throws IOException {
        ProvisionDocuments mapper = new ProvisionDocuments(corpus.taxonomy(), corpus.glossary());
        long mapNanos = 0;
        long addNanos = 0;
        int done = 0;
        for (int pass = 0; pass < 2; pass++) {   // the first pass warms up the JIT; the second is measured
            mapNanos = 0;
            addNanos = 0;
            done = 0;
            try (var dir = new org.apache.lucene.store.ByteBuffersDirectory();
                 var writer = new org.apache.lucene.index.IndexWriter(dir,
                         new org.apache.lucene.index.IndexWriterConfig(Analyzers.perField()).setRAMBufferSizeMB(128))) {
                for (int i = synthetic.documentsPerRound(); done < count; i++) {
                    SyntheticCorpus.Doc d = synthetic.document(i);
                    long t0 = System.nanoTime();
                    List<org.apache.lucene.document.Document> docs = mapper.toDocuments(d.provisions(), d.meta());
                    long t1 = System.nanoTime();
                    writer.addDocuments(docs);
                    long t2 = System.nanoTime();
                    mapNanos += t1 - t0;
                    addNanos += t2 - t1;
                    done += docs.size();
                }
            }
        }
        rows.add(new String[] {"where build time goes, 1 thread", String.format(Locale.ROOT,
                "%,d provisions: map and analyse (toDocuments) %,.0f provisions/s, invert and buffer (addDocuments) "
                        + "%,.0f provisions/s; %.0f%% mapping", done, done / (mapNanos / 1e9), done / (addNanos / 1e9),
                100.0 * mapNanos / (mapNanos + addNanos))});
    }

    /** Passes over the queries before any is timed: at least this many, and at most {@link #MAX_WARM_UP_PASSES}. */
    private static final int MIN_WARM_UP_PASSES = 3;
    private static final int MAX_WARM_UP_PASSES = 40;

    /**
     * Searches every query, pass after pass, until the JIT compiler is done with them: two passes in a row during which
     * it compiled for less than a tenth of the pass's time (on 2 cores, after about 20 passes). Until then a compiler
     * at work takes half a core from the searches and their slices, which is start-up cost, not the latency of a
     * server that has been running.
     */
    private static String warmUp(SearchService search, List<String> queries) {
        java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        long start = System.nanoTime();
        int passes = 0;
        int quiet = 0;
        while (passes < MAX_WARM_UP_PASSES && !(quiet >= 2 && passes >= MIN_WARM_UP_PASSES)) {
            long compiledBefore = jit.getTotalCompilationTime();
            long passStart = System.nanoTime();
            for (String q : queries) search.search(SearchQuery.of(q, 10));
            double passMs = (System.nanoTime() - passStart) / 1e6;
            quiet = jit.getTotalCompilationTime() - compiledBefore < 0.1 * passMs ? quiet + 1 : 0;
            passes++;
        }
        return String.format(Locale.ROOT, "%,d searches (%d passes) in %s, until %s", passes * queries.size(), passes,
                ms((System.nanoTime() - start) / 1e6), quiet >= 2 ? "the JIT compiler took under a tenth of two passes in a row"
                        : "the limit of " + MAX_WARM_UP_PASSES + " passes, the JIT compiler still at work");
    }

    /** Latencies in ms of {@code rounds} passes over the queries per thread, each thread in its own seeded order. */
    private static Latencies run(SearchService search, List<String> queries, int rounds, int threads, long seed)
            throws InterruptedException {
        double[][] wallMs = new double[threads][];
        double[][] cpuMs = new double[threads][];
        Map<String, List<Double>> byQuery = new java.util.concurrent.ConcurrentHashMap<>();
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        List<Thread> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int id = t;
            workers.add(Thread.ofPlatform().name("searcher-" + t).start(() -> {
                List<String> order = new ArrayList<>();
                for (int r = 0; r < rounds; r++) order.addAll(queries);
                Collections.shuffle(order, new Random(seed + id));
                double[] wall = new double[order.size()];
                double[] own = new double[order.size()];
                for (int i = 0; i < order.size(); i++) {
                    long c0 = cpu.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    search.search(SearchQuery.of(order.get(i), 10));
                    wall[i] = (System.nanoTime() - t0) / 1e6;
                    own[i] = (cpu.getCurrentThreadCpuTime() - c0) / 1e6;
                    byQuery.computeIfAbsent(order.get(i), k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(wall[i]);
                }
                wallMs[id] = wall;
                cpuMs[id] = own;
            }));
        }
        for (Thread w : workers) w.join();
        double wall = (System.nanoTime() - start) / 1e9;
        return new Latencies(sorted(wallMs), sorted(cpuMs), wall, byQuery);
    }

    private static double[] sorted(double[][] perThread) {
        return Arrays.stream(perThread).flatMapToDouble(Arrays::stream).sorted().toArray();
    }

    /** Per-search wall-clock and CPU times in ms, each sorted, and the wall time of the whole run. */
    private record Latencies(double[] wall, double[] cpu, double wallSeconds, Map<String, List<Double>> byQuery) {
        static double pct(double[] sorted, double p) {
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)];
        }
    }

    // CPU time is the searching thread's own: on a shared machine it shows the cost of a query apart from waiting
    // for a core, which wall-clock latency includes.
    private static String latencyRow(Latencies l) {
        double[] w = l.wall();
        double[] c = l.cpu();
        return String.format(Locale.ROOT, "%d searches: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms, mean %.1f ms;"
                        + " %.1f searches/s; CPU per search p50 %.1f ms, p99 %.1f ms",
                w.length, Latencies.pct(w, 50), Latencies.pct(w, 90), Latencies.pct(w, 99), w[w.length - 1],
                Arrays.stream(w).average().orElse(0), w.length / l.wallSeconds(), Latencies.pct(c, 50), Latencies.pct(c, 99));
    }

    /** The three queries with the longest median in a run, and their longest: what the tail of the latency is made of. */
    private static String slowestRow(Latencies run) {
        record Timed(String query, double median, double max) {}
        List<Timed> timed = new ArrayList<>();
        run.byQuery().forEach((q, ms) -> {
            double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            timed.add(new Timed(q, sorted[sorted.length / 2], sorted[sorted.length - 1]));
        });
        timed.sort(java.util.Comparator.comparingDouble(Timed::median).reversed());
        return String.join("; ", timed.subList(0, Math.min(3, timed.size())).stream()
                .map(t -> String.format(Locale.ROOT, "%s: median %.1f ms, max %.1f ms", t.query(), t.median(), t.max())).toList());
    }

    private static String hitsRow(SearchService search, List<String> queries) {
        long[] totals = queries.stream().mapToLong(q -> search.search(SearchQuery.of(q, 10)).total()).sorted().toArray();
        return String.format(Locale.ROOT, "median %,d, max %,d of the index's provisions match a dev query",
                totals[totals.length / 2], totals[totals.length - 1]);
    }

    private static String heapRow(HeapWatch.Figures f) {
        return String.format(Locale.ROOT, "peak used %s, peak after a collection %s, committed %s of %s max; %d pauses, %,d ms in total, longest %d ms",
                mb(f.maxUsed()), mb(f.maxUsedAfterGc()), mb(f.maxCommitted()), mb(f.heapMax()), f.gcCount(), f.gcMillis(),
                f.longestPauseMillis());
    }

    /** The dev queries' text ({@code query}, or {@code q} in older files), in file order. */
    static List<String> devQueries(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        List<String> out = new ArrayList<>();
        for (JsonNode q : root.path("queries")) {
            String text = q.hasNonNull("query") ? q.get("query").asText() : q.path("q").asText();
            if (!text.isBlank()) out.add(text);
        }
        if (out.isEmpty()) throw new IllegalArgumentException(file + ": no queries");
        return out;
    }

    private static void print(List<String[]> rows) {
        System.out.println("| measure | result |");
        System.out.println("|---|---|");
        for (String[] r : rows) System.out.println("| " + r[0] + " | " + r[1] + " |");
    }

    private static int docCount(Path gen) throws IOException {
        try (FSDirectory d = FSDirectory.open(gen); DirectoryReader r = DirectoryReader.open(d)) {
            return r.numDocs();
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    private static long fileCount(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }


    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%,.0f MB", bytes / 1048576.0);
    }

    private static String ms(double ms) {
        return String.format(Locale.ROOT, "%,.0f ms", ms);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> out = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) throw new IllegalArgumentException("unexpected argument " + args[i]);
            String key = args[i].substring(2);
            if (key.equals("reuse")) {
                out.put(key, "true");
            } else {
                if (i + 1 >= args.length) throw new IllegalArgumentException("--" + key + " needs a value");
                out.put(key, args[++i]);
            }
        }
        return out;
    }
}
