package org.regatlas.cli;

import org.regatlas.index.CorpusFingerprint;
import org.regatlas.index.IndexStats;
import org.regatlas.index.IndexStore;
import org.regatlas.parse.ParsedCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code regatlas index}: rebuilds {@code index/} from the corpus atomically. */
@Command(name = "index", description = "Rebuild the search index from the corpus (atomically: the old index stays live until the new one is complete).")
final class IndexCommand implements Runnable {
    @Mixin
    CorpusOptions corpus;

    @Override
    public void run() {
        long start = System.nanoTime();
        ParsedCorpus parsed = corpus.load();
        IndexStore store = new IndexStore(Home.index());
        IndexStats stats = Engine.rebuild(parsed, store, CorpusFingerprint.of(corpus.dir()), new Progress(true));
        System.out.printf("indexed %d documents, %d provisions (empty %d, skipped %d, errors %d) in %.2f s -> %s%n",
                stats.documents(), stats.provisions(), stats.empty(), stats.skipped(), stats.errors(),
                (System.nanoTime() - start) / 1e9, store.root().resolve(stats.generation()));
    }
}
