package org.regatlas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.regatlas.api.Services;
import org.regatlas.index.CorpusFingerprint;
import org.regatlas.index.IndexBuilder;
import org.regatlas.index.IndexStore;
import org.regatlas.search.SearchService;

/** An index of the shipped corpus, built once per test JVM in a temporary folder. */
public final class TestIndex {
    private TestIndex() {}

    private static SearchService search;
    private static IndexStore store;

    public static synchronized IndexStore store() {
        if (store == null) {
            try {
                Path dir = Files.createTempDirectory("regatlas-test-index");
                dir.toFile().deleteOnExit();
                store = new IndexStore(dir);
                new IndexBuilder(store).rebuild(TestCorpus.parsed(), CorpusFingerprint.of(TestCorpus.corpusDir()), n -> { });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return store;
    }

    public static synchronized SearchService search() {
        if (search == null) {
            search = new SearchService(store(), TestCorpus.parsed().taxonomy(), TestCorpus.parsed().glossary());
            search.reopen();
        }
        return search;
    }

    public static Services services() {
        return Services.of(TestCorpus.parsed(), search());
    }
}
