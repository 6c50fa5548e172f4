package org.regatlas.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.regatlas.model.Provision;
import org.regatlas.parse.ParsedCorpus;
import org.regatlas.parse.ParsedDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the index from a parsed corpus into a new generation and publishes it atomically. A document that fails
 * is counted and skipped; only an I/O error on the index itself fails the rebuild (leaving the old index live).
 */
public final class IndexBuilder {
    private static final Logger log = LoggerFactory.getLogger(IndexBuilder.class);

    private final IndexStore store;

    public IndexBuilder(IndexStore store) {
        this.store = store;
    }

    /**
     * The sentences around a verbatim provision in its own section (one before, one after): a sentence is often
     * about what its neighbours name ("大多数 SPM 发生在治疗后 1～3 年内" follows the sentence on SPM incidence).
     * Digest records stand alone.
     */
    static String neighbours(List<Provision> all, int i) {
        Provision p = all.get(i);
        if (p.provenance() != org.regatlas.model.Provenance.VERBATIM) return "";
        StringBuilder sb = new StringBuilder();
        for (int j : new int[] {i - 1, i + 1}) {
            if (j >= 0 && j < all.size() && all.get(j).section().idPart().equals(p.section().idPart())) {
                sb.append(all.get(j).text()).append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * Builds and publishes a new index.
     *
     * @param progress called with the number of provisions indexed so far (for a terminal progress line)
     */
    public IndexStats rebuild(ParsedCorpus corpus, String fingerprint, IntConsumer progress) throws IOException {
        long start = System.nanoTime();
        log.info("Indexing {} documents into {}", corpus.documents().size(), store.root());
        Path generation = store.newGeneration();
        ProvisionDocuments mapper = new ProvisionDocuments(corpus.taxonomy(), corpus.glossary());
        int docs = 0;
        int provisions = 0;
        int empty = 0;
        int errors = 0;
        boolean published = false;
        try {
            IndexWriterConfig cfg = new IndexWriterConfig(Analyzers.perField())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(128);
            try (FSDirectory dir = FSDirectory.open(generation); IndexWriter writer = new IndexWriter(dir, cfg)) {
                for (ParsedDocument d : corpus.documents()) {
                    if (d.isEmpty()) {
                        empty++;
                        continue;
                    }
                    try {
                        List<Provision> all = d.provisions();
                        for (int i = 0; i < all.size(); i++) {
                            Provision p = all.get(i);
                            writer.addDocument(mapper.toDocument(p, d.meta(), neighbours(all, i)));
                            provisions++;
                            if (provisions % 500 == 0) progress.accept(provisions);
                        }
                        docs++;
                    } catch (IllegalArgumentException e) {
                        errors++;
                        log.warn("Document {} not fully indexed: {}", d.id(), e.getMessage());
                    }
                }
                writer.setLiveCommitData(Map.of(IndexStore.FINGERPRINT, fingerprint,
                        "regatlas.schema", String.valueOf(Fields.SCHEMA_VERSION)).entrySet());
                writer.forceMerge(1);
                writer.commit();
            }
            progress.accept(provisions);
            store.publish(generation);
            published = true;
        } finally {
            if (!published) {
                IndexStore.deleteTree(generation);
            }
        }
        int skipped = (int) corpus.problems().stream()
                .filter(p -> p.severity() == org.regatlas.model.Problem.Severity.ERROR).count();
        IndexStats stats = new IndexStats(docs, provisions, empty, skipped, errors,
                (System.nanoTime() - start) / 1e9, generation.getFileName().toString());
        log.info("Indexing done: {}", stats);
        return stats;
    }
}
