package org.regatlas.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regatlas.TestCorpus;

/** kill -9 during a rebuild, ten times over: every restart finds the last good index, complete. */
class CrashSafetyIT {
    @Test
    void killedRebuildsLeaveTheLastGoodIndexLive(@TempDir Path tmp) throws Exception {
        IndexStore store = new IndexStore(tmp.resolve("index"));
        int expected = TestCorpus.parsed().provisionCount();
        new IndexBuilder(store).rebuild(TestCorpus.parsed(), CorpusFingerprint.of(TestCorpus.corpusDir()), n -> { });
        Random random = new Random(42);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int round = 0; round < 10; round++) {
            Process p = new ProcessBuilder(java, "--add-modules", "jdk.incubator.vector", "-cp",
                    System.getProperty("java.class.path"), RebuildProcess.class.getName(),
                    TestCorpus.corpusDir().toString(), store.root().toString())
                    .redirectErrorStream(true).start();
            try (var out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null && !line.equals("ready")) { /* corpus loading */ }
                Thread.onSpinWait();
                p.waitFor(200 + random.nextInt(1500), TimeUnit.MILLISECONDS);   // somewhere inside a rebuild
                p.destroyForcibly();                                            // SIGKILL: no cleanup runs
                p.waitFor(10, TimeUnit.SECONDS);
            }
            Path live = store.current().orElseThrow(() -> new AssertionError("no live index after a kill"));
            try (var dir = FSDirectory.open(live); var reader = DirectoryReader.open(dir)) {
                assertEquals(expected, reader.numDocs(), "the live index is complete after kill " + (round + 1));
            }
            assertTrue(!store.isStale(CorpusFingerprint.of(TestCorpus.corpusDir())), "the live index matches the corpus");
        }
    }
}
