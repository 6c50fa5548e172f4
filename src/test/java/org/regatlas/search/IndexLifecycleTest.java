package org.regatlas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regatlas.TestCorpus;
import org.regatlas.corpus.CorpusLoader;
import org.regatlas.index.CorpusFingerprint;
import org.regatlas.index.IndexBuilder;
import org.regatlas.index.IndexStore;
import org.regatlas.parse.ParsedCorpus;

/** Escaping of hostile text, staleness, and rebuilding while searches run. */
class IndexLifecycleTest {
    private static Path corpusWith(Path tmp, String text) throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(TestCorpus.corpusDir().resolve("taxonomy.json"), corpus.resolve("taxonomy.json"));
        Path doc = Files.createDirectories(corpus.resolve("documents/hostile-doc"));
        Files.writeString(doc.resolve("document.json"), """
            {"id": "hostile-doc", "title": {"en": "Hostile"}, "jurisdiction": "US", "agency": "FDA", "body": null,
             "type": "guidance", "status": "final", "issued": "2024-01", "effective": null, "reference": null,
             "url": null, "language": "en", "supersedes": [], "provenance": "verbatim", "source": "text.txt"}
            """);
        Files.writeString(doc.resolve("text.txt"), text);
        return corpus;
    }

    @Test
    void scriptPayloadsComeBackEscapedWithOnlyMarkTags(@TempDir Path tmp) throws Exception {
        Path corpus = corpusWith(tmp, "I. INTRODUCTION\nSponsors should report <script>alert('x')</script> & <img src=x onerror=alert(1)> events.\n");
        ParsedCorpus parsed = ParsedCorpus.parse(new CorpusLoader(corpus).load());
        IndexStore store = new IndexStore(tmp.resolve("index"));
        new IndexBuilder(store).rebuild(parsed, CorpusFingerprint.of(corpus), n -> { });
        try (SearchService s = new SearchService(store, parsed.taxonomy(), parsed.glossary())) {
            s.reopen();
            SearchHit hit = s.search(SearchQuery.of("alert sponsors", 1)).hits().get(0);
            assertTrue(hit.text().contains("<script>"), "the text itself is verbatim");
            assertFalse(hit.highlight().contains("<script") || hit.highlight().contains("<img"), hit.highlight());
            assertTrue(hit.highlight().contains("&lt;script&gt;") && hit.highlight().contains("&amp;"), hit.highlight());
            assertTrue(hit.highlight().contains("<mark>alert</mark>"), hit.highlight());
        }
    }

    @Test
    void indexIsStaleWhenTheCorpusChanges(@TempDir Path tmp) throws Exception {
        Path corpus = corpusWith(tmp, "I. INTRODUCTION\nSponsors should do X.\n");
        IndexStore store = new IndexStore(tmp.resolve("index"));
        String before = CorpusFingerprint.of(corpus);
        assertTrue(store.isStale(before), "no index yet");
        new IndexBuilder(store).rebuild(ParsedCorpus.parse(new CorpusLoader(corpus).load()), before, n -> { });
        assertFalse(store.isStale(before));
        Files.writeString(corpus.resolve("documents/hostile-doc/text.txt"), "I. INTRODUCTION\nSponsors must do Y.\n");
        assertTrue(store.isStale(CorpusFingerprint.of(corpus)));
    }

    @Test
    void rebuildWhileSearchesRunReturnsNoError(@TempDir Path tmp) throws Exception {
        IndexStore store = new IndexStore(tmp.resolve("index"));
        ParsedCorpus parsed = TestCorpus.parsed();
        String fp = CorpusFingerprint.of(TestCorpus.corpusDir());
        new IndexBuilder(store).rebuild(parsed, fp, n -> { });
        try (SearchService s = new SearchService(store, parsed.taxonomy(), parsed.glossary())) {
            s.reopen();
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger done = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(3);
            List<Future<?>> searchers = new java.util.ArrayList<>();
            for (int t = 0; t < 3; t++) {
                searchers.add(pool.submit(() -> {
                    while (running.get()) {
                        assertEquals("cde-2024-cart-heme:二.（三）:3", s.search(SearchQuery.of("洗脱期", 3)).hits().get(0).id());
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (int i = 0; i < 3; i++) {
                new IndexBuilder(store).rebuild(parsed, fp, n -> { });
                assertTrue(s.reopen());
            }
            running.set(false);
            for (Future<?> f : searchers) f.get(30, TimeUnit.SECONDS);   // rethrows any search failure
            pool.shutdown();
            assertTrue(done.get() > 0);
            s.search(SearchQuery.of("长期随访", 3));
            assertEquals(1, s.decodedReaders(), "what was decoded for the replaced readers went with them");
            assertEquals(1, Files.list(store.root()).filter(p -> p.getFileName().toString().startsWith("gen-")).count(),
                    "old generations are removed");
        }
    }
}
