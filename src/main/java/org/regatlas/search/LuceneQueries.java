package org.regatlas.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.regatlas.corpus.ConceptMatcher;
import org.regatlas.corpus.HeadingPatterns;
import org.regatlas.index.Analyzers;
import org.regatlas.index.Fields;

/**
 * Turns a parsed user query into a Lucene query. Each piece of text is matched in several fields at once — CJK
 * bigrams, English stems, headings and the topics whose names it matches — and each vocabulary
 * concept the query names ({@link ConceptMatcher}) is one term of the index's concept fields, which reaches the
 * provisions naming it in either language. Exact matches of a quoted phrase, or of a Chinese run that names no
 * concept, add a proximity bonus.
 * Thread-safe.
 */
final class LuceneQueries {
    /** Weights per field for the user's own words (tuned on the dev queries; see README "Search quality"). */
    static final float W_BIGRAM = tune("W_BIGRAM", 1.0f);
    static final float W_EN = tune("W_EN", 1.0f);
    static final float W_CONTEXT = tune("W_CONTEXT", 0.25f);
    /**
     * Weight of the topics whose names a word matches ({@link TopicNames}), times how well it matches them: 0.5 to 0.8
     * give the same Recall@10 and nDCG@10 0.898-0.904 on the dev queries.
     */
    static final float W_TOPIC_NAMES = tune("W_TOPIC_NAMES", 0.6f);
    static final float W_PHRASE = tune("W_PHRASE", 1.5f);
    /** Weight of the topic a query concept is filed under, as a provision's tagged topic. */
    static final float W_EXPANSION_TOPIC = tune("W_EXPANSION_TOPIC", 0.3f);
    /** Weight of a match in the neighbouring sentences: context, well below the sentence itself. */
    static final float W_NEIGHBOURS = tune("W_NEIGHBOURS", 0.5f);
    /** How much the other names of a concept add beside the best-matching one (dis-max tie breaker). */
    static final float W_TIE = tune("W_TIE", 0.1f);
    /**
     * Weight of a query concept named in the provision, in any language (the index's concept field). Above the
     * user's own words: naming the concept is what makes an answer, whichever language and synonym it uses.
     */
    static final float W_CONCEPT = tune("W_CONCEPT", 4.0f);

    /** Factor of a digest against the official wording (both primary sources). */
    static final float W_DIGEST = tune("W_DIGEST", 0.8f);
    /** Factor of a secondary source (a review article about the guidelines). */
    static final float W_SECONDARY = tune("W_SECONDARY", 0.85f);
    /** Factor of an entry of a source's reference list (cited literature, not a rule). Set a priori, not tuned. */
    static final float W_REFERENCE = tune("W_REFERENCE", 0.2f);
    /**
     * Factor of a provision whose document leaves out of its scope the product class the query asks about (CAR-T and
     * ICH S6). Set a priori, not tuned: the official texts ask it to be read by analogy, "case by case".
     */
    static final float W_OUT_OF_SCOPE = tune("W_OUT_OF_SCOPE", 0.6f);
    /** Factor of a provision not phrased as a definition when the query asks what something is. */
    static final float W_UNDEFINING = tune("W_UNDEFINING", 0.7f);
    /**
     * Factor of a provision stating no quantity ({@link org.regatlas.index.Quantities}) when the query asks how long,
     * how often or how many. Set a priori, as {@link #W_UNDEFINING}.
     */
    static final float W_UNQUANTIFIED = tune("W_UNQUANTIFIED", 0.7f);
    /** Factor of background (INFO, MAY) when the query asks for a requirement. */
    static final float W_BACKGROUND = tune("W_BACKGROUND", 0.9f);
    /** Factor of other sources' provisions when the query names an agency, jurisdiction or document. */
    static final float W_ELSEWHERE = tune("W_ELSEWHERE", 0.5f);
    /** How far a concept's own words count as one word: their weight is (their number of tokens) to minus this. */
    static final float OWN_WORDS_NORM = tune("OWN_WORDS_NORM", 0.0f);
    /** Factor of a provision with no Chinese text when the query is in Chinese (abbreviations aside). */
    static final float W_UNREADABLE_ZH = tune("W_UNREADABLE_ZH", 0.6f);
    /** Factor of a provision with no English text when the query is in English. */
    static final float W_UNREADABLE_EN = tune("W_UNREADABLE_EN", 1.0f);
    /** 1: a provision naming the source asked about counts as that source's; 0: only the source's own do. */
    static final float W_NAMING_SOURCE = tune("W_NAMING_SOURCE", 1.0f);
    /** 1: the words naming a source also score as words; 0: they only say which source to prefer. */
    static final float W_SOURCE_WORDS = tune("W_SOURCE_WORDS", 1.0f);
    /**
     * How strongly a concept's weight follows its rarity: the concept term's weight is {@link #W_CONCEPT} times
     * (its idf / the idf of a concept named once) to this power; 0 weighs every concept alike.
     */
    static final float CONCEPT_RARITY = tune("CONCEPT_RARITY", 0.5f);

    /** BM25 with the length normalisation tuned for sentence-length passages. */
    static org.apache.lucene.search.similarities.Similarity similarity() {
        return new org.apache.lucene.search.similarities.BM25Similarity(tune("K1", 1.2f), tune("B", 0.75f));
    }

    /**
     * A weight, overridable for tuning runs of {@code ./regatlas eval} with {@code -Dregatlas.tune.NAME=value}
     * (through REGATLAS_JAVA_OPTS); the defaults here are the tuned values recorded in the README.
     */
    private static float tune(String name, float def) {
        String v = System.getProperty("regatlas.tune." + name);
        return v == null ? def : Float.parseFloat(v);
    }

    /** Makes the query for one term: plain, or with its statistics already looked up ({@link TermStatesCache}). */
    interface TermQueries {
        TermQueries PLAIN = TermQuery::new;

        Query of(Term term);

        /** How many provisions hold {@code term}, or -1 when not known. */
        default int docFreq(Term term) {
            return -1;
        }

        /** How many provisions there are, or -1 when not known. */
        default int docCount() {
            return -1;
        }
    }

    private final Analyzer analyzer;
    private final QueryBuilder builder;
    private final ConceptMatcher concepts;
    private final TopicNames topics;
    private final TermQueries terms;
    private final NamedSources sources;

    LuceneQueries(ConceptMatcher concepts, TopicNames topics) {
        this(Analyzers.perField(), concepts, topics, TermQueries.PLAIN, new NamedSources((d, v) -> false, Set.of()));
    }

    private LuceneQueries(Analyzer analyzer, ConceptMatcher concepts, TopicNames topics, TermQueries terms,
                          NamedSources sources) {
        this.analyzer = analyzer;
        this.builder = new QueryBuilder(analyzer) {
            @Override
            protected Query newTermQuery(Term term, float boost) {
                Query q = terms.of(term);
                return boost == 1f ? q : new BoostQuery(q, boost);
            }
        };
        this.concepts = concepts;
        this.topics = topics;
        this.terms = terms;
        this.sources = sources;
    }

    /** What a word's or a concept's part of a query is made of: the same parts make the same query. */
    private record Fragment(boolean concept, String text, List<String> ids, boolean required, boolean around) {}

    /**
     * The part of a query each word or concept makes, built once (null: the word makes none), 10,000 at most. A part
     * depends only on its words and on this object's terms (a reader's, {@link #withTerms}); building one analyses
     * the word for each field, looks its terms up and matches it against the topic names, and the same words come
     * back query after query. Queries are immutable, so one part serves any number of searches at once.
     */
    private final Memo<Fragment, Query> fragments = new Memo<>(10_000);
    /** The leaf clauses of each part's query ({@link QueryBudget}), counted once: a walk of the whole part. */
    private final Memo<Query, Integer> leafCounts = new Memo<>(10_000);

    /** The same queries over one index: each term made by {@code terms}, the sources it holds named by {@code sources}. */
    LuceneQueries withTerms(TermQueries terms, NamedSources sources) {
        return new LuceneQueries(analyzer, concepts, topics, terms, sources);
    }

    /**
     * A built query, the vocabulary concepts it searches for (for highlighting them in any language), what it
     * understood the query to ask beyond its words, and its parts: each concept and other word of the free text it
     * kept (the names of the sources it understood aside, which the priors weigh), for {@link Coverage}.
     */
    record Built(Query query, Set<String> concepts, Understood understood, List<Query> parts) {
        Built {
            parts = List.copyOf(parts);
        }

        /** A query with no parts to weigh coverage by. */
        Built(Query query, Set<String> concepts, Understood understood) {
            this(query, concepts, understood, List.of());
        }
    }

    /** {@link #build(List, Map, boolean)}, understanding the sources and intent the query names. */
    Built build(List<QuerySyntax.Clause> clauses, Map<String, List<String>> filters) {
        return build(clauses, filters, true);
    }

    /**
     * The scoring query for the parsed clauses: free words become concepts scored once in any language. Filters
     * (parameters and {@code name:value} in the query) only narrow: the words must still match.
     */
    Built build(List<QuerySyntax.Clause> clauses, Map<String, List<String>> filters, boolean understand) {
        BooleanQuery.Builder scoring = new BooleanQuery.Builder();
        java.util.Set<String> named = new java.util.LinkedHashSet<>();
        List<QuerySyntax.Clause> structured = new ArrayList<>();
        List<Query> narrowing = new ArrayList<>();
        StringBuilder free = new StringBuilder();
        for (QuerySyntax.Clause c : clauses) {
            if (c.occur() == QuerySyntax.Occur.SHOULD && c.node() instanceof QuerySyntax.Text t) {
                free.append(t.text()).append(' ');
            } else if (c.occur() != QuerySyntax.Occur.MUST_NOT && c.node() instanceof QuerySyntax.Filter f) {
                narrowing.add(filter(f.name(), List.of(f.value())));
            } else {
                structured.add(c);
            }
        }
        String words = free.toString().strip();
        Understood understood = understand ? understand(words, filters) : Understood.NOTHING;
        if (W_SOURCE_WORDS == 0) words = withoutSourceNames(words, understood);
        boolean positive;
        try {
            positive = addClauses(scoring, structured);
        } catch (org.apache.lucene.search.IndexSearcher.TooManyClauses e) {
            throw tooComplex();
        }
        List<String> left = new ArrayList<>();
        List<QueryBudget.Part> kept = new ArrayList<>();
        positive |= addFreeText(scoring, words, named, left, kept);
        if (!positive) {
            scoring.add(new MatchAllDocsQuery(), BooleanClause.Occur.SHOULD);
        }
        Query query = scoring.build();
        if (!left.isEmpty()) understood = understood.leaving(left);
        if (!narrowing.isEmpty() || !filters.isEmpty()) {   // unfiltered, the outer query would only rewrite to this
            BooleanQuery.Builder outer = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
            narrowing.forEach(q -> outer.add(q, BooleanClause.Occur.FILTER));
            filters.forEach((name, values) -> outer.add(filter(name, values), BooleanClause.Occur.FILTER));
            query = outer.build();
        }
        if (QueryBudget.clauses(query) > org.apache.lucene.search.IndexSearcher.getMaxClauseCount()) {
            throw tooComplex();
        }
        if (understand && understood.sources().isEmpty() && W_OUT_OF_SCOPE < 1) {
            understood = understood.about(ProductClasses.of(words));
        }
        Intent.Answer asked = understand ? Intent.answerAsked(words) : Intent.Answer.ANY;
        if (asked == Intent.Answer.DEFINITION && W_UNDEFINING >= 1
                || asked == Intent.Answer.QUANTITY && W_UNQUANTIFIED >= 1) {
            asked = Intent.Answer.ANY;   // a prior turned off is not said
        }
        if (asked != Intent.Answer.ANY) understood = understood.asking(asked.wireName());
        return new Built(new PriorQuery(query, priors(understood, QueryLanguage.of(words), asked)), Set.copyOf(named),
                understood, parts(kept, understood));
    }

    /**
     * The parts {@link Coverage} weighs: each kept concept (with the topics it is filed under) and word, but for the
     * words naming a source the query understood (the priors prefer that source's provisions, whose text need not
     * name it).
     */
    private static List<Query> parts(List<QueryBudget.Part> kept, Understood understood) {
        List<Query> out = new ArrayList<>();
        for (QueryBudget.Part p : kept) {
            if (understood.sources().stream().anyMatch(s -> s.text().equals(p.surface()))) continue;
            if (p.clauses().size() == 1) {
                out.add(p.clauses().get(0));
            } else {
                BooleanQuery.Builder any = new BooleanQuery.Builder();
                p.clauses().forEach(q -> any.add(q, BooleanClause.Occur.SHOULD));
                out.add(any.build());
            }
        }
        return out;
    }

    /** The words alone are cut to fit ({@link QueryBudget}); operators, phrases and groups the user wrote are not. */
    private static InvalidQueryException tooComplex() {
        return new InvalidQueryException("The query is too complex: its quoted phrases, AND/OR/NOT and groups make more"
                + " than " + org.apache.lucene.search.IndexSearcher.getMaxClauseCount() + " search clauses; use fewer"
                + " of them (plain words are shortened automatically)");
    }

    /**
     * The sources the free words name (those a filter already restricts are left to the filter) and whether they ask
     * for a requirement.
     */
    private Understood understand(String words, Map<String, List<String>> filters) {
        List<Understood.Source> named = new ArrayList<>();
        for (NamedSources.Named n : sources.find(words)) {
            Understood.Source s = new Understood.Source(n.dimension(), n.value(), n.surface());
            if (!filters.containsKey(n.dimension()) && !named.contains(s)) named.add(s);
        }
        return new Understood(named, Intent.asksRequirement(words));
    }

    private static String withoutSourceNames(String words, Understood understood) {
        String out = words;
        for (Understood.Source s : understood.sources()) out = out.replace(s.text(), " ");
        return out;
    }

    /**
     * The priors of a query that understood {@code understood}. The provisions of a named agency are its own and
     * those that name it (a sentence reporting what FDA requires is about FDA's requirement, whoever wrote it); a
     * region is named too often in passing (美国, EU) for naming it to count.
     */
    private Priors priors(Understood understood, int readers, Intent.Answer asked) {
        Query preferred = null;
        float elsewhere = 1f;
        if (!understood.sources().isEmpty()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (Understood.Source s : understood.sources()) {
                any.add(new TermQuery(new Term(NamedSources.field(s.dimension()), s.value())), BooleanClause.Occur.SHOULD);
                if (W_NAMING_SOURCE > 0 && !s.dimension().equals("jurisdiction")) {
                    for (ConceptMatcher.Match m : concepts.match(s.text())) {
                        for (String id : m.ids()) any.add(new TermQuery(new Term(Fields.CONCEPT, id)), BooleanClause.Occur.SHOULD);
                    }
                }
            }
            preferred = any.build();
            elsewhere = W_ELSEWHERE;
        } else if (!understood.products().isEmpty()) {
            // a question about a CAR-T or other cell or gene therapy: the guidelines written for it before those
            // whose scope leaves it out (their sentences apply by analogy)
            List<BytesRef> classes = understood.products().stream().map(BytesRef::new).toList();
            preferred = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
                    .add(new TermInSetQuery(Fields.SCOPE_EXCLUDES, classes), BooleanClause.Occur.MUST_NOT).build();
            elsewhere = W_OUT_OF_SCOPE;
        }
        Query answering = null;
        float otherwise = 1f;
        if (asked == Intent.Answer.DEFINITION) {
            answering = definitions();
            otherwise = W_UNDEFINING;
        } else if (asked == Intent.Answer.QUANTITY) {
            answering = QUANTITIES;
            otherwise = W_UNQUANTIFIED;
        }
        return new Priors(W_DIGEST, W_SECONDARY, W_REFERENCE, understood.requirement() ? W_BACKGROUND : 1f, preferred,
                elsewhere, readers, readers == Fields.READ_ZH ? W_UNREADABLE_ZH
                : W_UNREADABLE_EN, answering, otherwise);
    }

    /**
     * The provisions phrased as a definition, in either language: "X是指", "本法所称", "定义为", "系指", "is defined
     * as", "refers to", "definition of".
     */
    private Query definitions() {
        Query held = definitions;
        if (held == null) definitions = held = buildDefinitions();   // the same query every time; a race builds it twice
        return held;
    }

    private @org.jspecify.annotations.Nullable Query definitions;

    private Query buildDefinitions() {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String cue : DEFINITION_CUES) {
            Query q = builder.createPhraseQuery(Fields.TEXT, cue);
            if (q != null) any.add(q, BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    /** The provisions stating a quantity or a frequency, marked at index time. */
    private static final Query QUANTITIES = new TermQuery(new Term(Fields.ANSWERS, Fields.QUANTITY));

    private static final List<String> DEFINITION_CUES = List.of("是指", "所称", "定义为", "系指", "defined as",
            "is defined", "refers to", "definition of");

    /**
     * Optional words: each vocabulary concept they name is one disjunction of the user's own words and the concept
     * itself as the index records it (in the provision, its neighbours, its headings), so a passage scores for the
     * concept whichever language and synonym it uses, and only once. Words outside any concept are matched as typed.
     * A text too long for one query keeps its most informative words ({@link QueryBudget}); the others go to
     * {@code left}.
     */
    private boolean addFreeText(BooleanQuery.Builder into, String text, java.util.Set<String> named, List<String> left,
                                List<QueryBudget.Part> keptParts) {
        if (text.isEmpty()) return false;
        List<QueryBudget.Part> parts = new ArrayList<>();
        int pos = 0;
        for (ConceptMatcher.Match m : concepts.match(text)) {
            addWords(parts, text.substring(pos, m.start()));
            List<Query> clauses = new ArrayList<>();
            clauses.add(concept(m));
            for (String topic : m.topics()) {
                clauses.add(new BoostQuery(terms.of(new Term(Fields.TOPIC, topic)), W_EXPANSION_TOPIC));
            }
            parts.add(new QueryBudget.Part(m.surface(), clauses, m.ids()));
            pos = m.end();
        }
        addWords(parts, text.substring(pos));
        QueryBudget.Kept kept = QueryBudget.fit(parts, terms::docFreq, terms.docCount(),
                q -> leafCounts.get(q, QueryBudget::clauses));
        for (QueryBudget.Part p : kept.parts()) {
            if (p.ids().isEmpty()) {
                p.clauses().forEach(q -> should(into, q));
            } else {
                p.clauses().forEach(q -> into.add(q, BooleanClause.Occur.SHOULD));
                named.addAll(p.ids());
            }
        }
        left.addAll(kept.left());
        keptParts.addAll(kept.parts());
        return !kept.parts().isEmpty();
    }

    private void addWords(List<QueryBudget.Part> into, String words) {
        for (String w : words.split("[\\s,;:?!，。；：？！、()（）]+")) {
            if (w.isBlank()) continue;
            for (String piece : isCjkRun(w) ? QueryBudget.pieces(w) : List.of(w)) {
                Query q = text(piece, false);
                if (q != null) into.add(new QueryBudget.Part(piece, List.of(q), List.of()));
            }
        }
    }

    private Query concept(ConceptMatcher.Match m) {
        // Rewritten once, here, for good (see Rewritten).
        return fragments.get(new Fragment(true, m.surface(), m.ids(), false, false), k -> Rewritten.of(buildConcept(m)));
    }

    private Query buildConcept(ConceptMatcher.Match m) {
        List<Query> forms = new ArrayList<>();
        // The concept's own words, in the passage only and with no phrase bonus: the concept fields below reach its
        // headings and neighbours in any language, and naming it exactly is what the concept term records. Matching
        // the words' bigrams around the passage too was half the time of a long Chinese query over a million
        // provisions for the same nDCG@10 (0.8979), and the phrase counted the concept twice (0.8979 against 0.9037).
        Query own = text(m.surface(), false, false);
        if (own != null) forms.add(OWN_WORDS_NORM == 0 ? own : new BoostQuery(own, ownWordsWeight(m.surface())));
        BooleanQuery.Builder named = new BooleanQuery.Builder();
        float weight = W_CONCEPT * rarity(m.ids());
        add(named, anyOf(Fields.CONCEPT, m.ids()), weight);
        add(named, anyOf(Fields.NEIGHBOURS_CONCEPT, m.ids()), weight * W_NEIGHBOURS);
        add(named, anyOf(Fields.CONTEXT_CONCEPT, m.ids()), weight * W_CONTEXT);
        forms.add(named.build());
        return new DisjunctionMaxQuery(forms, W_TIE);
    }

    /**
     * How informative naming one of {@code ids} is, from 0 to 1: its idf among the provisions over the idf of a
     * concept one provision names, to the power {@link #CONCEPT_RARITY}. CAR-T or 细胞因子, named in a third of the
     * corpus, weigh less than 洗脱期; BM25's own idf alone left a broad concept four times a rare literal word.
     */
    private float rarity(List<String> ids) {
        int n = terms.docCount();
        if (CONCEPT_RARITY == 0 || n <= 1) return 1f;
        int df = 0;
        for (String id : ids) df = Math.max(df, terms.docFreq(new Term(Fields.CONCEPT, id)));
        if (df <= 0) return 1f;
        double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        double rarest = Math.log(1 + (n - 1 + 0.5) / 1.5);
        return (float) Math.pow(Math.min(1, idf / rarest), CONCEPT_RARITY);
    }

    /**
     * The weight of a concept's own words: a name of n tokens (细胞因子释放综合征 is eight bigrams) counts about as
     * one word, not n, so a passage repeating a long name does not outweigh one naming a rarer concept of the query.
     */
    private float ownWordsWeight(String surface) {
        Query bigrams = builder.createBooleanQuery(Fields.TEXT, surface, BooleanClause.Occur.SHOULD);
        int n = bigrams instanceof BooleanQuery bq ? bq.clauses().size() : 1;
        return (float) Math.pow(Math.max(1, n), -OWN_WORDS_NORM);
    }

    /** Adds clauses; returns true when at least one clause can match on its own (SHOULD or MUST). */
    private boolean addClauses(BooleanQuery.Builder into, List<QuerySyntax.Clause> clauses) {
        boolean positive = false;
        for (QuerySyntax.Clause c : clauses) {
            Query q = switch (c.node()) {
                case QuerySyntax.Text t -> text(t.text(), c.occur() == QuerySyntax.Occur.MUST);
                case QuerySyntax.Phrase p -> phrase(p.text());
                case QuerySyntax.Filter f -> filter(f.name(), List.of(f.value()));
                case QuerySyntax.Group g -> {
                    BooleanQuery.Builder inner = new BooleanQuery.Builder();
                    if (!addClauses(inner, g.clauses())) inner.add(new MatchAllDocsQuery(), BooleanClause.Occur.SHOULD);
                    BooleanQuery built = inner.build();
                    boolean hasShould = built.clauses().stream().anyMatch(x -> x.occur() == BooleanClause.Occur.SHOULD);
                    boolean hasMust = built.clauses().stream().anyMatch(x -> x.occur() == BooleanClause.Occur.MUST);
                    // A filter beside optional words would make the words optional; one of them must match.
                    yield hasShould && !hasMust ? inner.setMinimumNumberShouldMatch(1).build() : built;
                }
            };
            if (q == null) continue;
            BooleanClause.Occur occur = switch (c.occur()) {
                case MUST -> c.node() instanceof QuerySyntax.Filter ? BooleanClause.Occur.FILTER : BooleanClause.Occur.MUST;
                case MUST_NOT -> BooleanClause.Occur.MUST_NOT;
                case SHOULD -> c.node() instanceof QuerySyntax.Filter ? BooleanClause.Occur.FILTER : BooleanClause.Occur.SHOULD;
            };
            into.add(q, occur);
            if (occur != BooleanClause.Occur.MUST_NOT) positive = true;
        }
        return positive;
    }

    /**
     * One word or Chinese run, across the text fields of its script: Chinese in bigrams (and as a phrase), Latin
     * text in the bigram field's words and the English stems (the English fields hold no Chinese). {@code required}:
     * every token must match in some field.
     */
    private Query text(String text, boolean required) {
        return text(text, required, true);
    }

    /** {@code around}: in the headings and neighbouring sentences too, and the Chinese run as a phrase. */
    private Query text(String text, boolean required, boolean around) {
        return fragments.get(new Fragment(false, text, List.of(), required, around), k -> buildText(text, required, around));
    }

    private Query buildText(String text, boolean required, boolean around) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        BooleanClause.Occur inner = required ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD;
        boolean cjk = isCjkRun(text);
        Query bigrams = builder.createBooleanQuery(Fields.TEXT, text, inner);
        add(b, bigrams, W_BIGRAM);
        if (cjk) {
            // an English official sentence is found by the team's Chinese of it, as its own text would be
            add(b, onField(bigrams, Fields.TRANSLATED_ZH, text), W_BIGRAM);
            Query any = around ? anyToken(bigrams, Fields.TEXT, text, required) : null;
            if (around) add(b, onField(any, Fields.CONTEXT, text), W_CONTEXT);
            add(b, topics.expand(text, true, 1f), W_TOPIC_NAMES);
            if (around) add(b, onField(any, Fields.NEIGHBOURS, text), W_NEIGHBOURS);
            // The Chinese run as typed, contiguous: a strong sign the passage is about exactly this.
            // Not in the team's translation: its runs are our wording, not the source's, and the bonus shifted
            // search-dev's ranking among CDE sentences (0.8591 -> 0.8583) for 0.005 on the official-text set.
            if (around) add(b, builder.createPhraseQuery(Fields.TEXT, text), W_PHRASE);
        } else {
            Query stems = builder.createBooleanQuery(Fields.TEXT_EN, text, inner);
            add(b, stems, W_EN);
            Query any = around ? anyToken(stems, Fields.TEXT_EN, text, required) : null;
            if (around) add(b, onField(any, Fields.CONTEXT_EN, text), W_CONTEXT);
            add(b, topics.expand(text, false, 1f), W_TOPIC_NAMES);
            if (around) add(b, onField(any, Fields.NEIGHBOURS_EN, text), W_NEIGHBOURS);
        }
        return single(b);
    }

    /** {@code built}, made of {@code text} in {@code field} with every token {@code required}, with any token enough. */
    private Query anyToken(Query built, String field, String text, boolean required) {
        return required ? builder.createBooleanQuery(field, text, BooleanClause.Occur.SHOULD) : built;
    }

    /**
     * The query the builder makes of {@code text} in {@code field}, from {@code built}: the same query in another
     * field of the same analyzer (the context and neighbour fields share the passage's), without analysing the text
     * again. Only the shapes the builder gives a word are copied; anything else is built anew.
     */
    private Query onField(Query built, String field, String text) {
        Query copy = copyOnField(built, field);
        return copy != null || built == null ? copy : builder.createBooleanQuery(field, text, BooleanClause.Occur.SHOULD);
    }

    Query copyOnField(Query q, String field) {
        if (q instanceof TermQuery t) return terms.of(new Term(field, t.getTerm().bytes()));
        if (q instanceof BooleanQuery bq) {
            BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
            for (BooleanClause c : bq.clauses()) {
                Query sub = copyOnField(c.query(), field);
                if (sub == null) return null;
                b.add(sub, c.occur());
            }
            return b.build();
        }
        return null;
    }

    /** An exact phrase in the displayed text (bigrams) or the English stems. */
    private Query phrase(String text) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        add(b, builder.createPhraseQuery(Fields.TEXT, text), W_BIGRAM + W_PHRASE);
        add(b, builder.createPhraseQuery(Fields.TRANSLATED_ZH, text), W_BIGRAM + W_PHRASE);
        add(b, builder.createPhraseQuery(Fields.TEXT_EN, text), W_EN);
        BooleanQuery q = b.build();
        return q.clauses().isEmpty() ? null : q;
    }

    /** One of the concept ids in {@code field}, scored once (the ids of one span name the same thing). */
    private Query anyOf(String field, List<String> ids) {
        List<Query> named = new ArrayList<>();
        for (String id : ids) named.add(terms.of(new Term(field, id)));
        return named.size() == 1 ? named.get(0) : new DisjunctionMaxQuery(named, 0f);
    }

    static Query filter(String name, List<String> values) {
        String field = switch (name) {
            case "jurisdiction" -> Fields.JURISDICTION;
            case "agency" -> Fields.AGENCY;
            case "doc" -> Fields.DOC_ID;
            case "topic" -> Fields.TOPIC;
            case "strength" -> Fields.STRENGTH;
            case "status" -> Fields.STATUS;
            case "provenance" -> Fields.PROVENANCE;
            default -> throw new InvalidQueryException("Unknown filter '" + name + "'");
        };
        List<BytesRef> terms = new ArrayList<>();
        for (String v : values) terms.add(new BytesRef(v));
        return new TermInSetQuery(field, terms);
    }

    /** Adds {@code q} weighted by {@code boost}; a weight of 0 leaves the clause out (it could only cost time). */
    private static void add(BooleanQuery.Builder b, Query q, float boost) {
        if (q == null || boost <= 0) return;
        if (q instanceof BooleanQuery bq && bq.clauses().size() == 1 && bq.getMinimumNumberShouldMatch() == 0
                && bq.clauses().get(0).occur() == BooleanClause.Occur.SHOULD) {
            q = bq.clauses().get(0).query();
        }
        if (boost == 1f) {
            should(b, q);
        } else if (q instanceof BoostQuery inner) {
            b.add(new BoostQuery(inner.getQuery(), inner.getBoost() * boost), BooleanClause.Occur.SHOULD);
        } else {
            b.add(new BoostQuery(q, boost), BooleanClause.Occur.SHOULD);
        }
    }

    /**
     * Adds {@code q} as an optional clause, its own clauses instead when it is a plain disjunction. Lucene's rewrite
     * would do the same, drop a weight of 1 and multiply nested weights, one change per pass over the whole query:
     * built this way a query needs fewer passes, each of which hashes and rebuilds every clause.
     */
    private static void should(BooleanQuery.Builder b, Query q) {
        if (q instanceof BooleanQuery bq && bq.getMinimumNumberShouldMatch() == 0
                && bq.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.SHOULD)) {
            for (BooleanClause c : bq.clauses()) b.add(c);
        } else {
            b.add(q, BooleanClause.Occur.SHOULD);
        }
    }

    /** The query of {@code b}, or its only optional clause itself (as Lucene's rewrite would make it). */
    private static Query single(BooleanQuery.Builder b) {
        BooleanQuery q = b.build();
        if (q.clauses().size() == 1 && q.clauses().get(0).occur() == BooleanClause.Occur.SHOULD
                && q.getMinimumNumberShouldMatch() == 0) {
            return q.clauses().get(0).query();
        }
        return q.clauses().isEmpty() ? null : q;
    }

    private static boolean isCjkRun(String text) {
        return text.codePoints().filter(HeadingPatterns::isCjk).count() >= 2;
    }
}
