package org.regatlas;

import java.nio.file.Files;
import java.nio.file.Path;
import org.regatlas.corpus.CorpusLoader;
import org.regatlas.corpus.LoadedCorpus;
import org.regatlas.parse.ParsedCorpus;

/** The shipped corpus and the shared folder, loaded once per test JVM. */
public final class TestCorpus {
    private TestCorpus() {}

    private static volatile ParsedCorpus parsed;
    private static volatile LoadedCorpus loaded;

    public static Path corpusDir() {
        return Path.of("corpus").toAbsolutePath();
    }

    /** {@code ../shared} beside the repository, or null when absent (tests that need it skip). */
    public static Path shared() {
        Path p = Path.of("..", "shared").toAbsolutePath().normalize();
        return Files.isDirectory(p) ? p : null;
    }

    public static synchronized LoadedCorpus loaded() {
        if (loaded == null) loaded = new CorpusLoader(corpusDir()).load();
        return loaded;
    }

    public static synchronized ParsedCorpus parsed() {
        if (parsed == null) parsed = ParsedCorpus.parse(loaded());
        return parsed;
    }
}
