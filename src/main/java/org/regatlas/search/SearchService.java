package org.regatlas.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import org.regatlas.corpus.ConceptMatcher;
import org.regatlas.corpus.Glossary;
import org.regatlas.corpus.Taxonomy;
import org.regatlas.index.Fields;
import org.regatlas.index.IndexStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Searches the live index. One {@link SearcherManager} serves every request; {@link #reopen()} switches to a rebuilt
 * generation without a restart, and searches in flight finish on the searcher they acquired. Thread-safe.
 */
public final class SearchService implements SearchBackend {
    private static final Logger log = LoggerFactory.getLogger(SearchService.class);
    private static final Sort DATE_THEN_SCORE = new Sort(new SortField(Fields.ISSUED_SORT, SortField.Type.LONG, true),
            SortField.FIELD_SCORE, new SortField(Fields.ID, SortField.Type.STRING));
    /** Matches counted exactly (as deep as paging reaches); past this many the search prunes, the total a lower bound. */
    static final int EXACT_TOTAL_UP_TO = SearchQuery.MAX_WINDOW;
    /** Values listed per facet dimension at most (there are 104 topics). */
    private static final int FACET_VALUES = 200;
    private static final Set<String> ENUM_FILTERS = Set.of("jurisdiction", "strength", "status", "provenance");

    /** The open searcher manager and the generation it reads. */
    private record Live(SearcherManager manager, Path generation) {}

    private final IndexStore store;
    private final Taxonomy taxonomy;
    private final ConceptMatcher concepts;
    private final LuceneQueries queries;
    private final ResultCache cache = new ResultCache(ResultCache.DEFAULT_ENTRIES);
    /**
     * Searches that run at once, one per core; the others wait their turn. Every search is CPU work, and sixteen at
     * once on two cores only thrash caches and the collector.
     */
    private final java.util.concurrent.Semaphore running = new java.util.concurrent.Semaphore(parallelSearches(), true);
    /** Runs the slices of a search over a large index on cores no other search is using. */
    private final SpareCores spareCores = new SpareCores(running);
    private final AtomicReference<@Nullable Live> live = new AtomicReference<>();
    /** What is decoded once per index reader, on its first search: facet labels, documents shown, terms looked up. */
    private record PerReader(@Nullable FacetOrdinals facets, ShownDocuments shown, LuceneQueries queries,
                             Diversity.DocOf docOf, SummaryOrder.Links summaries, Sort scoreThenId,
                             Coverage.Weights partWeights) {}

    /** By the reader's cache key; an entry goes when its reader closes (a rebuild swapped it out). */
    private final Map<IndexReader.CacheKey, PerReader> perReader = new java.util.concurrent.ConcurrentHashMap<>();

    public SearchService(IndexStore store, Taxonomy taxonomy, Glossary glossary) {
        this.store = store;
        this.taxonomy = taxonomy;
        this.concepts = new ConceptMatcher(taxonomy, glossary);
        this.queries = new LuceneQueries(concepts, new TopicNames(taxonomy));
    }

    /** Opens (or switches to) the live generation; returns false when there is no index yet. */
    @Override
    public synchronized boolean reopen() {
        var gen = store.current();
        if (gen.isEmpty()) {
            return false;
        }
        Live old = live.get();
        if (old != null && old.generation().equals(gen.get())) {
            return true;
        }
        try {
            SearcherManager manager = new SearcherManager(FSDirectory.open(gen.get()), new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                    IndexSearcher s = new SlicedSearcher(reader, spareCores);
                    s.setSimilarity(LuceneQueries.similarity());
                    return s;
                }
            });
            live.set(new Live(manager, gen.get()));
            cache.clear();
            log.info("Index opened: {}", gen.get().getFileName());
            if (old != null) old.manager().close();   // readers still in use stay open until released
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("opening index " + gen.get(), e);
        }
    }

    /** Runs {@code q}. */
    @Override
    public SearchPage search(SearchQuery q) {
        long start = System.nanoTime();
        Live l = live.get();
        if (l == null) {
            QuerySyntax.parse(q.text());   // a malformed query is reported as such, index or not
            throw new IndexUnavailableException("The index is being built; try again in a few seconds");
        }
        SearchPage cached = cache.get(l.generation(), q);
        if (cached != null) {
            return new SearchPage(cached.query(), cached.total(), cached.totalExact(), millis(start), cached.hits(),
                    cached.facets(), cached.understood());
        }
        List<QuerySyntax.Clause> clauses = QuerySyntax.parse(q.text());
        running.acquireUninterruptibly();
        try {
            return searchLive(q, clauses, start);
        } finally {
            running.release();
        }
    }

    /** Runs parsed {@code clauses} on the live generation and keeps the answer in the result cache. */
    private SearchPage searchLive(SearchQuery q, List<QuerySyntax.Clause> clauses, long start) {
        Leased leased = acquireLive();
        IndexSearcher searcher = leased.searcher();
        try {
            validateFilters(searcher.getIndexReader(), q.filters(), clauses);
            PerReader decoded = perReader(searcher.getIndexReader());
            LuceneQueries.Built built = decoded.queries().build(clauses, q.filters(), q.understand());
            Query query = built.query();
            boolean relevance = q.sort() == SearchQuery.Sort.RELEVANCE;
            int wanted = q.page() * q.size();
            int window = relevance
                    ? SummaryOrder.window(wanted, Math.max(Diversity.window(wanted), Coverage.window(wanted))) : wanted;
            Sort sort = q.sort() == SearchQuery.Sort.DATE ? DATE_THEN_SCORE : decoded.scoreThenId();
            // Scores are read from the sort values (both sorts hold the score): asking Lucene to fill in doc scores
            // would run the whole query again for every hit. Matches are counted exactly as deep as paging reaches;
            // past that the search skips what cannot make the page, and the total becomes a lower bound.
            HitsAndFacets.Result result = searcher.search(query, new HitsAndFacets(sort, window, EXACT_TOTAL_UP_TO,
                    decoded.facets()));
            TopDocs top = result.top();
            ScoreDoc[] ranked = relevance
                    ? Diversity.rerank(Coverage.rerank(searcher, top.scoreDocs, built.parts(), decoded.partWeights()),
                            decoded.docOf())
                    : top.scoreDocs;
            if (relevance) ranked = SummaryOrder.rerank(ranked, decoded.summaries(), searcher.getIndexReader());
            ranked = Arrays.copyOf(ranked, Math.min(ranked.length, q.page() * q.size()));
            ScoreDoc[] page = Arrays.copyOfRange(ranked, Math.min(top.scoreDocs.length, (q.page() - 1) * q.size()),
                    ranked.length);
            Highlighter highlighter = new Highlighter(query);
            List<SearchHit> hits = hits(decoded.shown(), searcher.getIndexReader(), page, highlighter, built.concepts());
            Map<String, Map<String, Integer>> facets = facets(result);
            SearchPage answer = new SearchPage(q.text(), top.totalHits.value(), result.exact(), millis(start), hits,
                    facets, built.understood());
            cache.put(leased.live().generation(), q, answer);
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException("searching", e);
        } finally {
            release(leased.live(), searcher);
        }
    }

    /** One per core; {@code -Dregatlas.parallelSearches=0} lets every search run at once (to measure the turns). */
    private static int parallelSearches() {
        int n = Integer.getInteger("regatlas.parallelSearches", Runtime.getRuntime().availableProcessors());
        return n > 0 ? n : Integer.MAX_VALUE;
    }

    /** Milliseconds since {@code start}, to two decimals. */
    private static double millis(long start) {
        return Math.round((System.nanoTime() - start) / 1e4) / 100.0;
    }

    /** A searcher of the live generation, and that generation. */
    private record Leased(Live live, IndexSearcher searcher) {}

    /**
     * Acquires a searcher of the live generation. A rebuild may switch generations and close the old manager between
     * reading {@link #live} and acquiring from it; the new generation is then read again.
     */
    private Leased acquireLive() {
        while (true) {
            Live l = live.get();
            if (l == null) throw new IndexUnavailableException("The index is being built; try again in a few seconds");
            try {
                return new Leased(l, l.manager().acquire());
            } catch (org.apache.lucene.store.AlreadyClosedException e) {
                if (live.get() == l) throw new IndexUnavailableException("The index is closed");
            } catch (IOException e) {
                throw new UncheckedIOException("acquiring a searcher", e);
            }
        }
    }

    private static void release(Live l, IndexSearcher s) {
        try {
            l.manager().release(s);
        } catch (IOException e) {
            log.warn("Releasing a searcher failed: {}", e.getMessage());
        }
    }

    /** Unknown filter values are the caller's mistake: say which value and which are possible. */
    private void validateFilters(IndexReader reader, Map<String, List<String>> filters, List<QuerySyntax.Clause> clauses)
            throws IOException {
        Map<String, List<String>> all = new LinkedHashMap<>(filters);
        collectFilters(clauses, all);
        for (var e : all.entrySet()) {
            for (String v : e.getValue()) {
                if (!known(reader, e.getKey(), v)) {
                    throw new InvalidQueryException("Unknown value '" + v + "' for filter '" + e.getKey() + "'"
                            + (ENUM_FILTERS.contains(e.getKey()) ? " (allowed: " + String.join(", ", allowed(e.getKey())) + ")" : ""));
                }
            }
        }
    }

    private static void collectFilters(List<QuerySyntax.Clause> clauses, Map<String, List<String>> into) {
        for (QuerySyntax.Clause c : clauses) {
            if (c.node() instanceof QuerySyntax.Filter f) {
                into.computeIfAbsent(f.name(), k -> new ArrayList<>());
                List<String> list = new ArrayList<>(into.get(f.name()));
                list.add(f.value());
                into.put(f.name(), list);
            } else if (c.node() instanceof QuerySyntax.Group g) {
                collectFilters(g.clauses(), into);
            }
        }
    }

    private boolean known(IndexReader reader, String filter, String value) throws IOException {
        return switch (filter) {
            case "jurisdiction", "strength", "status", "provenance" -> allowed(filter).contains(value);
            case "topic" -> taxonomy.hasTopic(value);
            default -> {
                String field = filter.equals("doc") ? Fields.DOC_ID : Fields.AGENCY;
                Terms terms = MultiTerms.getTerms(reader, field);
                yield terms != null && terms.iterator().seekExact(new BytesRef(value));
            }
        };
    }

    private static List<String> allowed(String filter) {
        return switch (filter) {
            case "jurisdiction" -> List.of("CN", "US", "EU", "INTL");
            case "strength" -> List.of("MUST", "SHOULD", "MAY", "INFO");
            case "status" -> List.of("draft", "final", "trial", "superseded");
            case "provenance" -> List.of("verbatim", "digest");
            default -> List.of();
        };
    }

    private static List<SearchHit> hits(ShownDocuments shown, IndexReader reader, ScoreDoc[] page,
                                        Highlighter highlighter, Set<String> concepts) throws IOException {
        List<SearchHit> out = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            ShownDocuments.Shown s = shown.get(page[i].doc, reader);
            float score = Float.isNaN(page[i].score) ? 0f : page[i].score;
            if (page[i] instanceof org.apache.lucene.search.FieldDoc fd && fd.fields != null) {
                for (Object o : fd.fields) if (o instanceof Float f) score = f;
            }
            String highlight = highlighter.highlight(s.hit().text(), s.tokens(), s.spans(concepts));
            ShownDocuments.Shown t = s.translation();
            String marked = t == null ? null : highlighter.highlight(s.hit().translation(), t.tokens(), t.spans(concepts));
            boolean english = s.hit().textEn() != null;
            out.add(s.hit().with(highlight, english ? marked : null, english ? null : marked,
                    Math.round(score * 1000) / 1000f));
        }
        return out;
    }

    private PerReader perReader(IndexReader reader) {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (helper == null) return decode(reader);   // a reader that cannot say when it closes is not remembered
        PerReader held = perReader.get(helper.getKey());
        if (held != null) return held;
        synchronized (perReader) {   // decoded once, however many searches reach a new reader at once
            held = perReader.get(helper.getKey());
            if (held == null) {
                held = decode(reader);
                perReader.put(helper.getKey(), held);
                helper.addClosedListener(perReader::remove);
            }
            return held;
        }
    }

    /** How many readers' decoded state is held (the live one, and any still finishing searches). */
    int decodedReaders() {
        return perReader.size();
    }

    private PerReader decode(IndexReader reader) {
        try {
            return new PerReader(FacetOrdinals.of(reader, Fields.FACETS), new ShownDocuments(reader, concepts),
                    queries.withTerms(new TermStatesCache(reader), namedSources(reader)), Diversity.DocOf.of(reader),
                    SummaryOrder.Links.of(reader), new Sort(SortField.FIELD_SCORE, IdOrder.of(reader).sortField()),
                    new Coverage.Weights());
        } catch (IOException e) {
            throw new UncheckedIOException("reading the facet values of the index", e);
        }
    }

    /** The sources a query can name in {@code reader}: the agencies, jurisdictions and documents it holds. */
    private static NamedSources namedSources(IndexReader reader) throws IOException {
        Map<String, Set<String>> values = new LinkedHashMap<>();
        for (String dim : List.of("agency", "jurisdiction", "doc")) values.put(dim, terms(reader, NamedSources.field(dim)));
        return new NamedSources((dim, v) -> values.getOrDefault(dim, Set.of()).contains(v), values.get("doc"));
    }

    private static Set<String> terms(IndexReader reader, String field) throws IOException {
        Set<String> out = new java.util.HashSet<>();
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms == null) return out;
        var it = terms.iterator();
        for (BytesRef t = it.next(); t != null; t = it.next()) out.add(t.utf8ToString());
        return out;
    }

    /** Every facet dimension's counts, under the names of DESIGN.md ({@code doc_id} is {@code docId}). */
    private static Map<String, Map<String, Integer>> facets(HitsAndFacets.Result result) {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        result.facets(FACET_VALUES).forEach((dim, values) -> out.put(dim.equals(Fields.DOC_ID) ? "docId" : dim, values));
        return out;
    }

    @Override
    public synchronized void close() {
        Live l = live.getAndSet(null);
        if (l != null) {
            try {
                l.manager().close();
            } catch (IOException e) {
                log.warn("Closing the index failed: {}", e.getMessage());
            }
        }
    }
}
