package org.regatlas.checklist.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.regatlas.checklist.applicability.ProtocolConcepts;
import org.regatlas.checklist.obligation.EvidenceQueries;
import org.regatlas.checklist.read.Paragraph;
import org.regatlas.checklist.read.ProtocolSection;
import org.regatlas.checklist.structure.SectionTree;
import org.regatlas.index.Analyzers;
import org.regatlas.index.Fields;
import org.regatlas.model.Deadline;

/**
 * An in-memory Lucene index of one protocol's content paragraphs, analysed like the corpus (CJK bigrams and
 * English stems; the section heading as context), searched per obligation with the obligation's terms in
 * both languages ({@link EvidenceQueries}); paragraphs in the sections of the obligation's kinds rank first, the rest
 * of the protocol after them. Lives as long as one checklist build.
 */
public final class ProtocolIndex implements AutoCloseable {
    /** The paragraph's position in the protocol: stored. */
    private static final String PARAGRAPH = "paragraph";
    /** The section kinds of the paragraph's section: StringField, multi-valued filter. */
    private static final String KIND = "kind";

    /**
     * BM25's length normalization, lowered from 0.75: a protocol's one-line paragraphs ("Screening: up to 28 days
     * before randomisation.") would otherwise outrank the paragraph that discusses the matter.
     */
    private static final float LENGTH_NORMALIZATION = 0.3f;

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    /** Indexes the content paragraphs. */
    public ProtocolIndex(SectionTree tree, ProtocolConcepts concepts) {
        Analyzer analyzer = Analyzers.perField();
        // lives in memory for one checklist: packing its one segment into a compound file would only copy the bytes
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setUseCompoundFile(false);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (Paragraph p : concepts.content()) {
                if (p.index() % 1024 == 0) Deadline.checkpoint();
                ProtocolSection s = tree.section(p.sectionId());
                Document doc = new Document();
                doc.add(new StoredField(PARAGRAPH, p.index()));
                doc.add(new TextField(Fields.TEXT, p.text(), Field.Store.NO));
                doc.add(new TextField(Fields.TEXT_EN, p.text(), Field.Store.NO));
                doc.add(new TextField(Fields.CONTEXT, s.title(), Field.Store.NO));
                doc.add(new TextField(Fields.CONTEXT_EN, s.title(), Field.Store.NO));
                for (String k : s.kinds()) doc.add(new StringField(KIND, k, Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.commit();
            reader = DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("indexing the protocol in memory", e);
        }
        this.searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new BM25Similarity(1.2f, LENGTH_NORMALIZATION));
    }

    /**
     * Paragraph index → score of the best {@code k} paragraphs: the whole protocol is searched, and paragraphs in
     * sections of {@code kinds} get {@code kindBonus} added, so the obligation's own sections come first and the rest
     * of the protocol follows.
     */
    public Map<Integer, Float> search(Query query, Set<String> kinds, float kindBonus, int k) {
        Query q = query;
        if (!kinds.isEmpty()) {
            BooleanQuery.Builder kindFilter = new BooleanQuery.Builder();
            for (String kind : kinds) kindFilter.add(new TermQuery(new Term(KIND, kind)), BooleanClause.Occur.SHOULD);
            q = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                    .add(new BoostQuery(new ConstantScoreQuery(kindFilter.build()), kindBonus),
                    BooleanClause.Occur.SHOULD).build();
        }
        Map<Integer, Float> out = new LinkedHashMap<>();
        try {
            TopDocs top = searcher.search(q, k);
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc sd : top.scoreDocs) {
                out.put(stored.document(sd.doc).getField(PARAGRAPH).numericValue().intValue(), sd.score);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("searching the protocol", e);
        }
        return out;
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
