package org.regatlas.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.jspecify.annotations.Nullable;
import org.regatlas.corpus.Taxonomy;
import org.regatlas.index.Analyzers;
import org.regatlas.index.Fields;

/**
 * The names of the taxonomy's topics (labels, synonyms, abbreviations, in both languages) as a small index of their
 * own, one document per topic. A query word is scored against each topic's names, and reaches the provisions tagged
 * with the topics it names through their topic field: a bridge from the user's words to passages that name the topic
 * otherwise. Scoring the names once per query rather than indexing them with every tagged provision keeps half of the
 * provision index's terms out of it. Thread-safe.
 */
final class TopicNames {
    /** Topic index fields: the names as CJK bigrams and Latin words, and as English stems. */
    static final String BIGRAMS = "names";
    static final String ENGLISH = "namesEn";
    private static final String ID = "id";
    /**
     * The topics a word reaches at most, and how close to the best match each must come. A word sharing a bigram or
     * two with a topic's names names it only in passing, and a topic clause matches a large share of the index:
     * ten topics a word gave the same nDCG@10 as these limits on the dev queries (0.8948 against 0.8946) and cost a
     * fifth more time per search over a million provisions.
     */
    static final int MAX_TOPICS = 3;
    static final float MIN_SHARE_OF_BEST = 0.5f;

    private final IndexSearcher searcher;
    /** Topic ids by document number of the names' index. */
    private final String[] ids;
    /** Indexes the names and analyses the query words, each field as the provision field of its script. */
    private final Analyzer analyzer = new PerFieldAnalyzerWrapper(Analyzers.bigram(), Map.of(ENGLISH, Analyzers.english()));
    private final QueryBuilder builder = new QueryBuilder(analyzer);

    TopicNames(Taxonomy taxonomy) {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer).setSimilarity(LuceneQueries.similarity()))) {
            for (Taxonomy.Topic t : taxonomy.topics()) {
                String names = String.join(" ; ", t.names());
                Document d = new Document();
                d.add(new StringField(ID, t.id(), Field.Store.YES));
                d.add(new TextField(BIGRAMS, names, Field.Store.NO));
                d.add(new TextField(ENGLISH, names, Field.Store.NO));
                w.addDocument(d);
            }
            w.commit();
            DirectoryReader reader = DirectoryReader.open(dir);
            searcher = new IndexSearcher(reader);
            ids = new String[reader.maxDoc()];
            var stored = reader.storedFields();
            for (int doc = 0; doc < ids.length; doc++) ids[doc] = stored.document(doc).get(ID);
            searcher.setSimilarity(LuceneQueries.similarity());
        } catch (IOException e) {
            throw new UncheckedIOException("indexing topic names in memory", e);
        }
    }

    /**
     * The provisions tagged with the topics whose names {@code text} matches, each topic weighted by {@code weight}
     * times how well its names match (BM25 over the topics' names); null when no topic name matches.
     *
     * @param cjk whether to match the names' CJK bigrams (a Chinese run) or their English stems (Latin text)
     */
    @Nullable Query expand(String text, boolean cjk, float weight) {
        List<Named> named = named(text, cjk);
        if (named.isEmpty()) return null;
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Named n : named) {
            Query topic = new ConstantScoreQuery(new TermQuery(new Term(Fields.TOPIC, n.topic())));
            b.add(new BoostQuery(topic, weight * n.score()), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    /** A topic a word names, and how well. */
    private record Named(String topic, float score) {}

    /** The topics {@code text} names best, best first. */
    private List<Named> named(String text, boolean cjk) {
        Query q = builder.createBooleanQuery(cjk ? BIGRAMS : ENGLISH, text, BooleanClause.Occur.SHOULD);
        if (q == null) return List.of();
        try {
            ScoreDoc[] top = searcher.search(q, MAX_TOPICS).scoreDocs;
            List<Named> out = new ArrayList<>(top.length);
            for (ScoreDoc sd : top) {
                if (sd.score < MIN_SHARE_OF_BEST * top[0].score) break;
                out.add(new Named(ids[sd.doc], sd.score));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("searching topic names in memory", e);
        }
    }
}
