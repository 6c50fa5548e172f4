package org.regatlas.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * Keeps the free words of a long query within what Lucene accepts. Each word or concept becomes tens of clauses
 * (bigrams in several fields, topics, a phrase), and Lucene refuses a query of more than
 * {@link IndexSearcher#getMaxClauseCount()} of them: about 780 characters of pasted Chinese text, or one word repeated
 * 210 times, passed that. Past {@link #FREE_WORDS_LIMIT} clauses a repeated word counts once and the least
 * informative words (those most provisions contain) are left out until the rest fits; the search says which.
 * Queries under the limit are built exactly as typed.
 */
final class QueryBudget {
    /** Clauses the free words may make: half of Lucene's limit leaves room for operators, phrases and filters. */
    static final int FREE_WORDS_LIMIT = IndexSearcher.getMaxClauseCount() / 2;

    /** A Chinese run longer than this is cut into pieces this long, each kept or left out on its own. */
    static final int LONGEST_RUN = 48;

    private QueryBudget() {}

    /**
     * One word, Chinese run or vocabulary concept of the free text and the clauses it makes.
     *
     * @param surface its text, as the user typed it
     * @param clauses the optional clauses it adds to the query
     * @param ids     the vocabulary concepts it names (empty for a plain word)
     */
    record Part(String surface, List<Query> clauses, List<String> ids) {}

    /** The parts kept, in the order typed, and the words left out (in the order typed, each once). */
    record Kept(List<Part> parts, List<String> left) {}

    /**
     * The parts to search for: all of them when they fit, else each surface once, the most informative first, as
     * many as fit. {@code docFreq} gives how many provisions hold a term (negative when not known) and
     * {@code docCount} how many there are.
     */
    static Kept fit(List<Part> parts, ToIntFunction<Term> docFreq, int docCount) {
        return fit(parts, docFreq, docCount, QueryBudget::clauses);
    }

    /**
     * {@link #fit(List, ToIntFunction, int)}, counting the leaf clauses of a part's query with {@code leaves} (which
     * may remember them: the same words make the same queries search after search).
     */
    static Kept fit(List<Part> parts, ToIntFunction<Term> docFreq, int docCount, ToIntFunction<Query> leaves) {
        if (clauses(parts, leaves) <= FREE_WORDS_LIMIT) return new Kept(parts, List.of());
        Map<String, Part> once = new LinkedHashMap<>();
        for (Part p : parts) once.putIfAbsent(p.surface().toLowerCase(Locale.ROOT), p);
        List<Part> unique = List.copyOf(once.values());
        if (clauses(unique, leaves) <= FREE_WORDS_LIMIT) return new Kept(unique, List.of());
        Map<Part, Double> weight = new LinkedHashMap<>();
        for (Part p : unique) weight.put(p, informativeness(p, docFreq, docCount));
        List<Part> byWeight = new ArrayList<>(unique);
        // Stable: among equally informative parts the earlier typed wins.
        byWeight.sort(Comparator.comparingDouble((Part p) -> weight.get(p)).reversed());
        List<Part> chosen = new ArrayList<>();
        int used = 0;
        for (Part p : byWeight) {
            int n = clauses(List.of(p), leaves);
            if (used + n > FREE_WORDS_LIMIT) continue;
            chosen.add(p);
            used += n;
        }
        List<Part> kept = unique.stream().filter(chosen::contains).toList();
        List<String> left = unique.stream().filter(p -> !chosen.contains(p)).map(Part::surface).toList();
        return new Kept(kept, left);
    }

    /** Pieces of {@code run} at most {@link #LONGEST_RUN} code points long. */
    static List<String> pieces(String run) {
        if (run.codePointCount(0, run.length()) <= LONGEST_RUN) return List.of(run);
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < run.length()) {
            int end = run.offsetByCodePoints(start, Math.min(LONGEST_RUN, run.codePointCount(start, run.length())));
            out.add(run.substring(start, end));
            start = end;
        }
        return out;
    }

    /** The leaf clauses of {@code parts}, counted as {@link IndexSearcher} counts them against its limit. */
    static int clauses(List<Part> parts) {
        return clauses(parts, QueryBudget::clauses);
    }

    private static int clauses(List<Part> parts, ToIntFunction<Query> leaves) {
        int n = 0;
        for (Part p : parts) {
            for (Query q : p.clauses()) n += leaves.applyAsInt(q);
        }
        return n;
    }

    /** The leaf clauses of {@code query}, counted as {@link IndexSearcher} counts them against its limit. */
    static int clauses(Query query) {
        Leaves leaves = new Leaves(false);
        query.visit(leaves);
        return leaves.count;
    }

    /**
     * The mean idf of the terms of {@code p}: what it tells per clause it costs. A term no provision holds counts 0
     * (it adds to no score), so a part of such terms goes first; a pasted Chinese piece, whose bigrams are mostly
     * common, weighs less than a rare word beside it.
     */
    private static double informativeness(Part p, ToIntFunction<Term> docFreq, int docCount) {
        Leaves leaves = new Leaves(true);
        p.clauses().forEach(q -> q.visit(leaves));
        if (leaves.terms.isEmpty() || docCount <= 0) return 0;
        double sum = 0;
        for (Term t : leaves.terms) {
            int df = docFreq.applyAsInt(t);
            if (df > 0) sum += Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
        }
        return sum / leaves.terms.size();
    }

    /** Walks a whole query: its leaves, as {@link IndexSearcher} counts them, and the terms they ask for. */
    private static final class Leaves extends QueryVisitor {
        int count;
        final List<Term> terms = new ArrayList<>();
        /** Whether to keep the terms: the count alone is checked on every search. */
        private final boolean keepTerms;

        Leaves(boolean keepTerms) {
            this.keepTerms = keepTerms;
        }

        @Override
        public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
        }

        @Override
        public void consumeTerms(Query query, Term... ts) {
            count++;
            if (keepTerms) terms.addAll(List.of(ts));
        }

        @Override
        public void visitLeaf(Query query) {
            count++;
        }
    }
}
