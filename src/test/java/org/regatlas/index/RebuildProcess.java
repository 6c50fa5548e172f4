package org.regatlas.index;

import java.nio.file.Path;
import org.regatlas.corpus.CorpusLoader;
import org.regatlas.parse.ParsedCorpus;

/** A separate JVM that rebuilds an index in a loop, so a test can kill it with SIGKILL mid-write. */
public final class RebuildProcess {
    private RebuildProcess() {}

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        IndexStore store = new IndexStore(Path.of(args[1]));
        ParsedCorpus parsed = ParsedCorpus.parse(new CorpusLoader(corpus).load());
        String fp = CorpusFingerprint.of(corpus);
        System.out.println("ready");
        System.out.flush();
        while (true) {
            new IndexBuilder(store).rebuild(parsed, fp, n -> { });
        }
    }
}
