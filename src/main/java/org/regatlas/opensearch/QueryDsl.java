package org.regatlas.opensearch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefIterator;
import org.jspecify.annotations.Nullable;
import org.regatlas.index.Fields;
import org.regatlas.search.SearchPlanner;

/**
 * The query {@link SearchPlanner} plans, in OpenSearch's query DSL, clause for clause: Boolean queries stay Boolean
 * queries, weights stay weights, a term a term, so both engines score a provision alike (OpenSearch runs Lucene's own
 * queries underneath). A phrase becomes a span query of its terms, which matches and counts the same occurrences.
 * The priors become a function score: one factor per kind of provision, computed by the same code as the embedded
 * search's.
 */
final class QueryDsl {
    private QueryDsl() {}

    private static final ObjectMapper JSON = OpenSearchClient.JSON;

    /** {@code q} as a query object. */
    static ObjectNode of(Query q) {
        q = SearchPlanner.unwrap(q);
        ObjectNode out = JSON.createObjectNode();
        switch (q) {
            case BoostQuery b -> {
                ObjectNode inner = of(b.getQuery());
                ObjectNode body = (ObjectNode) inner.elements().next();
                if (inner.has("term")) body = (ObjectNode) body.elements().next();   // a term's weight is the field's
                float boost = (float) body.path("boost").asDouble(1.0) * b.getBoost();
                body.put("boost", boost);
                return inner;
            }
            case TermQuery t -> out.putObject("term").putObject(scored(t.getTerm().field())).put("value", t.getTerm().text());
            case TermInSetQuery t -> {
                ArrayNode values = out.putObject("terms").putArray(t.getField());
                try {
                    BytesRefIterator it = t.getBytesRefIterator();
                    for (BytesRef v = it.next(); v != null; v = it.next()) values.add(v.utf8ToString());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            case MatchAllDocsQuery m -> out.putObject("match_all");
            case ConstantScoreQuery c -> out.putObject("constant_score").set("filter", of(c.getQuery()));
            case DisjunctionMaxQuery d -> {
                ObjectNode body = out.putObject("dis_max");
                ArrayNode queries = body.putArray("queries");
                for (Query sub : d.getDisjuncts()) queries.add(of(sub));
                body.put("tie_breaker", d.getTieBreakerMultiplier());
            }
            case PhraseQuery p -> {
                return phrase(p);
            }
            case BooleanQuery b -> {
                ObjectNode body = out.putObject("bool");
                for (BooleanClause c : b.clauses()) {
                    String occur = switch (c.occur()) {
                        case MUST -> "must";
                        case SHOULD -> "should";
                        case FILTER -> "filter";
                        case MUST_NOT -> "must_not";
                    };
                    body.withArray(occur).add(of(c.query()));
                }
                if (b.getMinimumNumberShouldMatch() > 0) body.put("minimum_should_match", b.getMinimumNumberShouldMatch());
            }
            default -> throw new IllegalArgumentException("No OpenSearch form for " + q.getClass().getSimpleName()
                    + ": " + q);
        }
        return out;
    }

    /** The field a term query on {@code field} scores as the embedded index does. */
    private static String scored(String field) {
        return IndexLayout.KEYWORDS.contains(field) ? field + "." + IndexLayout.SCORED : field;
    }

    /**
     * A phrase as a span query of its terms in order, as far apart as the phrase's positions are (a stop word left a
     * gap in the English field): the same occurrences match, and each counts once, as a phrase's do.
     */
    private static ObjectNode phrase(PhraseQuery p) {
        Term[] terms = p.getTerms();
        int[] positions = p.getPositions();
        ObjectNode out = JSON.createObjectNode();
        ObjectNode near = out.putObject("span_near");
        ArrayNode clauses = near.putArray("clauses");
        for (Term t : terms) {
            clauses.addObject().putObject("span_term").putObject(t.field()).put("value", t.text());
        }
        int gaps = terms.length == 0 ? 0 : positions[positions.length - 1] - positions[0] - (terms.length - 1);
        near.put("slop", p.getSlop() + gaps);
        near.put("in_order", true);
        return out;
    }

    /**
     * {@code query} scored times the priors of each provision: the kinds of provision (authority, strength,
     * languages, whether it is of a source the query names and whether it is phrased as the answer asked for) grouped
     * by the factor {@link SearchPlanner.Plan#factor} gives them, one function per factor other than 1. Every provision is of exactly one kind, so the first function
     * that matches is its factor; a handful of functions, however many kinds, keeps the cost per match low.
     */
    static ObjectNode withPriors(ObjectNode query, SearchPlanner.Plan plan) {
        @Nullable ObjectNode preferred = plan.preferred() == null ? null : of(plan.preferred());
        @Nullable ObjectNode answering = plan.answering() == null ? null : of(plan.answering());
        // Factor -> the prior keys having it, for each of: of a named source or not (2), phrased as the answer asked
        // for or not (1).
        Map<Integer, Map<Float, List<Integer>>> groups = new TreeMap<>();
        for (int kind : new int[] {Fields.OFFICIAL, Fields.DIGEST, Fields.SECONDARY, Fields.REFERENCE}) {
            for (int rank = 0; rank < 4; rank++) {
                for (int readable = 0; readable < 4; readable++) {
                    for (boolean named : preferred == null ? new boolean[] {true} : new boolean[] {true, false}) {
                        for (boolean answers : answering == null ? new boolean[] {true} : new boolean[] {true, false}) {
                            float factor = plan.factor(kind, rank, named, readable, answers);
                            if (factor == 1f) continue;
                            groups.computeIfAbsent((named ? 2 : 0) + (answers ? 1 : 0), k -> new TreeMap<>())
                                    .computeIfAbsent(factor, k -> new ArrayList<>())
                                    .add(IndexLayout.priorKey(kind, rank, readable));
                        }
                    }
                }
            }
        }
        ArrayNode functions = JSON.createArrayNode();
        groups.forEach((group, byFactor) -> byFactor.forEach((factor, keys) -> {
            ObjectNode f = functions.addObject();
            ObjectNode terms = JSON.createObjectNode();
            ArrayNode values = terms.putObject("terms").putArray(IndexLayout.PRIOR_KEY);
            keys.forEach(values::add);
            if (preferred == null && answering == null) {
                f.set("filter", terms);
            } else {
                ObjectNode bool = f.putObject("filter").putObject("bool");
                bool.withArray("filter").add(terms);
                if (preferred != null) bool.withArray((group & 2) != 0 ? "filter" : "must_not").add(preferred);
                if (answering != null) bool.withArray((group & 1) != 0 ? "filter" : "must_not").add(answering);
            }
            f.put("weight", factor);
        }));
        if (functions.isEmpty()) return query;
        ObjectNode out = JSON.createObjectNode();
        ObjectNode fs = out.putObject("function_score");
        fs.set("query", query);
        fs.set("functions", functions);
        fs.put("score_mode", "first");
        fs.put("boost_mode", "multiply");
        return out;
    }
}
