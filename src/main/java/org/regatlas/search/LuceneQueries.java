package org.regatlas.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.regatlas.corpus.HeadingPatterns;
import org.regatlas.index.Analyzers;
import org.regatlas.index.Fields;

/**
 * Turns a parsed user query into a Lucene query. Each piece of text is matched in several fields at once — CJK
 * bigrams, smartcn words, English stems, headings and the topic terms of each provision — and the terms the
 * vocabulary adds ({@link Expansion}) are matched as phrases, weighted below the user's own words. Exact matches of a
 * Chinese run or a quoted phrase add a proximity bonus. Thread-safe.
 */
final class LuceneQueries {
    /** Weights per field for the user's own words (tuned on the dev queries; see README "Search quality"). */
    static final float W_BIGRAM = 1.0f;
    static final float W_ZH = 0.8f;
    static final float W_EN = 1.0f;
    static final float W_CONTEXT = 0.25f;
    static final float W_TOPIC_TERMS = 0.35f;
    static final float W_PHRASE = 1.5f;
    /** Weights for expansion terms: below the user's words. */
    static final float W_EXPANSION = 0.6f;
    static final float W_EXPANSION_TOPIC = 0.3f;

    private final QueryBuilder builder;
    private final QueryExpander expander;

    LuceneQueries(QueryExpander expander) {
        Analyzer analyzer = Analyzers.perField();
        this.builder = new QueryBuilder(analyzer);
        this.expander = expander;
    }

    /** The scoring query for the parsed clauses, with the free-text expansion added. */
    Query build(List<QuerySyntax.Clause> clauses, Map<String, List<String>> filters) {
        BooleanQuery.Builder top = new BooleanQuery.Builder();
        boolean positive = addClauses(top, clauses);
        String freeText = freeText(clauses);
        if (!freeText.isBlank()) {
            Query expansion = expansion(expander.expand(freeText));
            if (expansion != null) top.add(expansion, BooleanClause.Occur.SHOULD);
        }
        if (!positive) {
            top.add(new MatchAllDocsQuery(), BooleanClause.Occur.SHOULD);
        }
        filters.forEach((name, values) -> top.add(filter(name, values), BooleanClause.Occur.FILTER));
        return FunctionScoreQuery.boostByValue(top.build(), DoubleValuesSource.fromFloatField(Fields.AUTHORITY));
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
                    yield inner.build();
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

    /** One word or Chinese run, across the text fields. {@code required}: every token must match in some field. */
    private Query text(String text, boolean required) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        BooleanClause.Occur inner = required ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD;
        add(b, builder.createBooleanQuery(Fields.TEXT, text, inner), W_BIGRAM);
        add(b, builder.createBooleanQuery(Fields.TEXT_ZH, text, inner), W_ZH);
        add(b, builder.createBooleanQuery(Fields.TEXT_EN, text, inner), W_EN);
        add(b, builder.createBooleanQuery(Fields.CONTEXT, text, BooleanClause.Occur.SHOULD), W_CONTEXT);
        add(b, builder.createBooleanQuery(Fields.CONTEXT_EN, text, BooleanClause.Occur.SHOULD), W_CONTEXT);
        add(b, builder.createBooleanQuery(Fields.TOPIC_TERMS, text, BooleanClause.Occur.SHOULD), W_TOPIC_TERMS);
        add(b, builder.createBooleanQuery(Fields.TOPIC_TERMS_EN, text, BooleanClause.Occur.SHOULD), W_TOPIC_TERMS);
        if (isCjkRun(text)) {
            // The Chinese run as typed, contiguous: a strong sign the passage is about exactly this.
            add(b, builder.createPhraseQuery(Fields.TEXT, text), W_PHRASE);
        }
        BooleanQuery q = b.build();
        return q.clauses().isEmpty() ? null : q;
    }

    /** An exact phrase in the displayed text (bigrams), the English stems or the smartcn words. */
    private Query phrase(String text) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        add(b, builder.createPhraseQuery(Fields.TEXT, text), W_BIGRAM + W_PHRASE);
        add(b, builder.createPhraseQuery(Fields.TEXT_EN, text), W_EN);
        BooleanQuery q = b.build();
        return q.clauses().isEmpty() ? null : q;
    }

    private Query expansion(Expansion e) {
        if (e.isEmpty()) return null;
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String zh : e.zhTerms()) {
            add(b, builder.createPhraseQuery(Fields.TEXT, zh), W_EXPANSION);
        }
        for (String en : e.enTerms()) {
            add(b, builder.createPhraseQuery(Fields.TEXT_EN, en), W_EXPANSION);
        }
        for (String topic : e.topics()) {
            b.add(new BoostQuery(new TermQuery(new Term(Fields.TOPIC, topic)), W_EXPANSION_TOPIC), BooleanClause.Occur.SHOULD);
        }
        BooleanQuery q = b.build();
        return q.clauses().isEmpty() ? null : q;
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

    private static void add(BooleanQuery.Builder b, Query q, float boost) {
        if (q != null) b.add(new BoostQuery(q, boost), BooleanClause.Occur.SHOULD);
    }

    /** The words of optional and required text clauses, for expansion (excluded words are not expanded). */
    static String freeText(List<QuerySyntax.Clause> clauses) {
        StringBuilder sb = new StringBuilder();
        for (QuerySyntax.Clause c : clauses) {
            if (c.occur() == QuerySyntax.Occur.MUST_NOT) continue;
            switch (c.node()) {
                case QuerySyntax.Text t -> sb.append(t.text()).append(' ');
                case QuerySyntax.Phrase p -> sb.append(p.text()).append(' ');
                case QuerySyntax.Group g -> sb.append(freeText(g.clauses())).append(' ');
                case QuerySyntax.Filter f -> { }
            }
        }
        return sb.toString().strip();
    }

    private static boolean isCjkRun(String text) {
        return text.codePoints().filter(HeadingPatterns::isCjk).count() >= 2;
    }
}
