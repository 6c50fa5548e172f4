package org.regatlas.cli;

import org.regatlas.index.CorpusFingerprint;
import org.regatlas.index.IndexStats;
import org.regatlas.index.IndexStore;
import org.regatlas.opensearch.OpenSearchConfig;
import org.regatlas.opensearch.OpenSearchIndexer;
import org.regatlas.parse.ParsedCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code regatlas index}: rebuilds {@code index/} from the corpus atomically. */
@Command(name = "index", description = "Rebuild the search index from the corpus (atomically: the old index stays live until the new one is complete).")
final class IndexCommand implements Runnable {
    @Mixin
    CorpusOptions corpus;

    @Mixin
    OpenSearchOption opensearch;

    @Override
    public void run() {
        long start = System.nanoTime();
        ParsedCorpus parsed = corpus.load();
        OpenSearchConfig cluster = opensearch.config();
        if (cluster != null) {
            OpenSearchIndexer.Stats stats = new OpenSearchIndexer(cluster).rebuild(parsed, CorpusFingerprint.of(corpus.dir()),
                    new Progress(true)::update);
            System.out.printf("indexed %d documents, %d provisions in %.2f s -> OpenSearch index %s (alias %s)%n",
                    stats.documents(), stats.provisions(), (System.nanoTime() - start) / 1e9, stats.index(), cluster.alias());
            return;
        }
        IndexStore store = new IndexStore(Home.index());
        IndexStats stats = Engine.rebuild(parsed, store, CorpusFingerprint.of(corpus.dir()), new Progress(true));
        System.out.printf("indexed %d documents, %d provisions (empty %d, skipped %d, errors %d) in %.2f s -> %s%n",
                stats.documents(), stats.provisions(), stats.empty(), stats.skipped(), stats.errors(),
                (System.nanoTime() - start) / 1e9, store.root().resolve(stats.generation()));
    }
}
