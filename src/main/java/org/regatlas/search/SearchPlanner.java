package org.regatlas.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;
import org.regatlas.corpus.ConceptMatcher;
import org.regatlas.corpus.Glossary;
import org.regatlas.corpus.Taxonomy;
import org.regatlas.index.Fields;

/**
 * The engine-independent half of a search, for a backend that runs it on another engine: the same query
 * {@link SearchService} runs (words, concepts, topics, filters and priors, built by the same code), the same checks of
 * filter values, and the same finishing of a page (diversity, paging, highlighting). The other engine only matches,
 * scores, sorts and counts. Thread-safe.
 */
public final class SearchPlanner {
    /** What the planner needs to know of the index searched: its size and the terms it holds. */
    public interface IndexTerms {
        /** How many provisions the index holds. */
        int docCount();

        /** How many provisions hold {@code term} in {@code field}, or -1 when not known. */
        int docFreq(String field, String term);

        /** Every value the index holds in a keyword field ({@link Fields#AGENCY}, jurisdiction, docId). */
        Set<String> values(String field);
    }

    /**
     * One planned search.
     *
     * @param scoring   the query that matches and scores, before the priors (Lucene query objects of the shapes
     *                  {@link #unwrap} leaves: Boolean, boost, term, term-in-set, phrase, dis-max, constant-score,
     *                  match-all)
     * @param preferred the provisions of the sources the query names (a filter), or null
     * @param window    how many ranked hits to fetch for the page
     * @param concepts  the vocabulary concepts searched, for highlighting
     * @param answering the provisions phrased as the kind of answer the query asks for (a definition; a filter), or
     *                  null; the others take {@link #factor(int, int, boolean, int, boolean)} with {@code false}
     * @param parts     the query's concepts and words whose share a hit matches reorders the first
     *                  {@link #coveragePool()} hits ({@link Ranked#parts})
     */
    public record Plan(SearchQuery request, Query scoring, @Nullable Query preferred, int window, Set<String> concepts,
                       Understood understood, Query lucene, Object priors, @Nullable Query answering,
                       List<Query> parts) {
        public Plan {
            parts = List.copyOf(parts);
        }

        /**
         * The prior factor of a provision of authority {@code kind} ({@link Fields#AUTHORITY}), strength ordinal
         * {@code rank}, from a named source or not, readable in {@code readable} ({@link Fields#READABLE} bits).
         */
        public float factor(int kind, int rank, boolean fromNamedSource, int readable) {
            return ((Priors) priors).factor(kind, rank, fromNamedSource, readable);
        }

        /** {@link #factor(int, int, boolean, int)} of a provision that matches {@link #answering} or not. */
        public float factor(int kind, int rank, boolean fromNamedSource, int readable, boolean answers) {
            return ((Priors) priors).factor(kind, rank, fromNamedSource, readable, answers);
        }

        /**
         * How many of the best hits are reordered by the share of {@link #parts} they match (0: none), for which the
         * other engine gives each part's score ({@link Ranked#parts}).
         */
        public int coveragePool() {
            return byRelevance() && Coverage.POWER > 0 && parts.size() >= 2 ? Math.min(window, Coverage.POOL) : 0;
        }

        /** Whether the search ranks by relevance (else by date, then relevance). */
        public boolean byRelevance() {
            return request.sort() == SearchQuery.Sort.RELEVANCE;
        }
    }

    /**
     * A ranked hit as the other engine returned it: the stored fields (not highlighted), its score, for the first
     * {@link Plan#coveragePool()} hits the score of each of {@link Plan#parts} (0 where it does not match), and the
     * official sections or provisions it summarises (a digest record of a guideline whose official text is in the
     * corpus).
     */
    public record Ranked(SearchHit stored, float score, float[] parts, List<String> summarises) {
        public Ranked {
            summarises = List.copyOf(summarises);
        }

        /** A hit with part scores that summarises no official text. */
        public Ranked(SearchHit stored, float score, float[] parts) {
            this(stored, score, parts, List.of());
        }

        /** A hit without part scores. */
        public Ranked(SearchHit stored, float score) {
            this(stored, score, new float[0]);
        }
    }

    private final ConceptMatcher concepts;
    private final Taxonomy taxonomy;
    private final LuceneQueries queries;

    public SearchPlanner(Taxonomy taxonomy, Glossary glossary) {
        this.taxonomy = taxonomy;
        this.concepts = new ConceptMatcher(taxonomy, glossary);
        this.queries = new LuceneQueries(concepts, new TopicNames(taxonomy));
    }

    /**
     * Plans {@code q} over an index holding {@code terms}.
     *
     * @throws InvalidQueryException for a malformed query or an unknown filter value
     */
    public Plan plan(SearchQuery q, IndexTerms terms) {
        List<QuerySyntax.Clause> clauses = QuerySyntax.parse(q.text());
        validateFilters(terms, q.filters(), clauses);
        LuceneQueries.Built built = queries.withTerms(termQueries(terms), namedSources(terms))
                .build(clauses, q.filters(), q.understand());
        PriorQuery prior = (PriorQuery) built.query();
        Priors priors = prior.priors();
        int wanted = q.page() * q.size();
        int window = q.sort() == SearchQuery.Sort.RELEVANCE
                ? SummaryOrder.window(wanted, Math.max(Diversity.window(wanted), Coverage.window(wanted))) : wanted;
        return new Plan(q, prior.inner(), priors.preferred(), window, built.concepts(), built.understood(), prior, priors,
                priors.answering(), built.parts());
    }

    /**
     * The page of {@code plan} from the hits ranked by the other engine (best first, at most {@link Plan#window}):
     * reordered by coverage (when the part scores are given), for diversity and summaries as the embedded search
     * does, cut to the page, highlighted by the same code.
     */
    public SearchPage page(Plan plan, List<Ranked> ranked, long total, boolean exact, double tookMs,
                           Map<String, Map<String, Integer>> facets) {
        SearchQuery q = plan.request();
        ScoreDoc[] docs = new ScoreDoc[ranked.size()];
        int[] ordinals = new int[ranked.size()];
        Map<String, Integer> numbers = new HashMap<>();
        for (int i = 0; i < docs.length; i++) {
            docs[i] = new ScoreDoc(i, ranked.get(i).score());
            ordinals[i] = numbers.computeIfAbsent(ranked.get(i).stored().docId(), k -> numbers.size());
        }
        ScoreDoc[] order = docs;
        if (plan.byRelevance()) {
            float[][] parts = partScores(plan, ranked);
            if (parts != null) order = Coverage.rerank(order, parts);
            order = Diversity.rerank(order, new Diversity.DocOf(ordinals));
            order = SummaryOrder.rerank(order, Arrays.stream(order).map(d -> ranked.get(d.doc).stored().id()).toList(),
                    Arrays.stream(order).map(d -> ranked.get(d.doc).summarises()).toList());
        }
        order = Arrays.copyOf(order, Math.min(order.length, q.page() * q.size()));
        ScoreDoc[] page = Arrays.copyOfRange(order, Math.min(order.length, (q.page() - 1) * q.size()), order.length);
        Highlighter highlighter = new Highlighter(plan.lucene());
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (ScoreDoc d : page) {
            SearchHit s = ranked.get(d.doc).stored();
            String highlight = highlighter.highlight(s.text(), Highlighter.Tokens.of(s.text()),
                    spans(s.text(), plan.concepts()));
            String highlightEn = s.textEn() == null ? null : highlighter.highlight(s.textEn(),
                    Highlighter.Tokens.english(s.textEn()), spans(s.textEn(), plan.concepts()));
            String highlightZh = s.textZh() == null ? null : highlighter.highlight(s.textZh(),
                    Highlighter.Tokens.of(s.textZh()), spans(s.textZh(), plan.concepts()));
            hits.add(s.with(highlight, highlightEn, highlightZh, Math.round(d.score * 1000) / 1000f));
        }
        Map<String, Map<String, Integer>> named = new LinkedHashMap<>();
        facets.forEach((dim, values) -> named.put(dim.equals(Fields.DOC_ID) ? "docId" : dim, values));
        return new SearchPage(q.text(), total, exact, tookMs, hits, named, plan.understood());
    }

    /** {@code [part][hit]} scores of the coverage pool, or null when the engine gave none. */
    private static float @Nullable [][] partScores(Plan plan, List<Ranked> ranked) {
        int n = Math.min(plan.coveragePool(), ranked.size());
        if (n < 2) return null;
        float[][] out = new float[plan.parts().size()][n];
        for (int i = 0; i < n; i++) {
            float[] given = ranked.get(i).parts();
            if (given.length != out.length) return null;
            for (int p = 0; p < out.length; p++) out[p][i] = given[p];
        }
        return out;
    }

    /** Where {@code text} names one of {@code ids}, each place once, by start (as {@link ShownDocuments} gives it). */
    private List<org.regatlas.model.Span> spans(String text, Set<String> ids) {
        Map<String, List<org.regatlas.model.Span>> places = ShownDocuments.Shown.byConcept(concepts.named(text));
        return places.isEmpty() ? List.of() : new ShownDocuments.Shown(0, null, null, places, null).spans(ids);
    }

    /**
     * {@code q} without the wrappers the embedded search adds for its own speed (a part kept from rewriting): what
     * remains is the query itself.
     */
    public static Query unwrap(Query q) {
        return q instanceof Rewritten r ? r.inner() : q;
    }

    private static LuceneQueries.TermQueries termQueries(IndexTerms terms) {
        return new LuceneQueries.TermQueries() {
            @Override
            public Query of(Term term) {
                return new TermQuery(term);
            }

            @Override
            public int docFreq(Term term) {
                return terms.docFreq(term.field(), term.text());
            }

            @Override
            public int docCount() {
                return terms.docCount();
            }
        };
    }

    private static NamedSources namedSources(IndexTerms terms) {
        Map<String, Set<String>> values = new HashMap<>();
        for (String dim : List.of("agency", "jurisdiction", "doc")) values.put(dim, terms.values(NamedSources.field(dim)));
        return new NamedSources((dim, v) -> values.getOrDefault(dim, Set.of()).contains(v), values.get("doc"));
    }

    /** As {@link SearchService}: an unknown filter value is the caller's mistake, named with the values possible. */
    private void validateFilters(IndexTerms terms, Map<String, List<String>> filters, List<QuerySyntax.Clause> clauses) {
        Map<String, List<String>> all = new LinkedHashMap<>();
        filters.forEach((k, v) -> all.put(k, new ArrayList<>(v)));
        collectFilters(clauses, all);
        for (var e : all.entrySet()) {
            for (String v : e.getValue()) {
                List<String> allowed = allowed(e.getKey());
                boolean known = switch (e.getKey()) {
                    case "jurisdiction", "strength", "status", "provenance" -> allowed.contains(v);
                    case "topic" -> taxonomy.hasTopic(v);
                    default -> terms.values(e.getKey().equals("doc") ? Fields.DOC_ID : Fields.AGENCY).contains(v);
                };
                if (!known) {
                    throw new InvalidQueryException("Unknown value '" + v + "' for filter '" + e.getKey() + "'"
                            + (allowed.isEmpty() ? "" : " (allowed: " + String.join(", ", allowed) + ")"));
                }
            }
        }
    }

    private static void collectFilters(List<QuerySyntax.Clause> clauses, Map<String, List<String>> into) {
        for (QuerySyntax.Clause c : clauses) {
            if (c.node() instanceof QuerySyntax.Filter f) {
                into.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(f.value());
            } else if (c.node() instanceof QuerySyntax.Group g) {
                collectFilters(g.clauses(), into);
            }
        }
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
}
