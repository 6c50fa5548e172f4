package org.regatlas.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regatlas.TestCorpus;
import org.regatlas.parse.ParsedCorpus;
import org.regatlas.search.SearchQuery;
import org.regatlas.search.SearchService;

/** Building the index on several threads, and from a stream of documents. */
class IndexBuilderTest {
    @TempDir
    Path tmp;

    private IndexStore build(String name, int threads) throws IOException {
        IndexStore store = new IndexStore(tmp.resolve(name));
        IndexStats stats = new IndexBuilder(store, threads).rebuild(TestCorpus.parsed(), "fingerprint", n -> { });
        assertEquals(TestCorpus.parsed().provisionCount(), stats.provisions());
        return store;
    }

    @Test
    void severalThreadsBuildTheSameIndexAsOne() throws IOException {
        IndexStore one = build("one", 1);
        IndexStore four = build("four", 4);
        try (DirectoryReader a = open(one); DirectoryReader b = open(four)) {
            assertEquals(1, a.leaves().size(), "merged into one segment");
            assertEquals(1, b.leaves().size(), "merged into one segment");
            assertEquals(a.numDocs(), b.numDocs());
            LeafReader la = a.leaves().get(0).reader();
            LeafReader lb = b.leaves().get(0).reader();
            for (FieldInfo f : la.getFieldInfos()) {
                if (f.getIndexOptions() == IndexOptions.NONE) continue;
                Terms ta = la.terms(f.name);
                Terms tb = lb.terms(f.name);
                assertEquals(ta.size(), tb.size(), f.name + ": distinct terms");
                assertEquals(ta.getSumTotalTermFreq(), tb.getSumTotalTermFreq(), f.name + ": term occurrences");
                assertEquals(ta.getDocCount(), tb.getDocCount(), f.name + ": documents with the field");
            }
        }
        ParsedCorpus corpus = TestCorpus.parsed();
        try (SearchService s1 = new SearchService(one, corpus.taxonomy(), corpus.glossary());
             SearchService s4 = new SearchService(four, corpus.taxonomy(), corpus.glossary())) {
            s1.reopen();
            s4.reopen();
            for (String q : List.of("洗脱期", "long-term follow-up", "细胞因子释放综合征 tocilizumab", "SOC 对照组选择")) {
                assertEquals(s1.search(SearchQuery.of(q, 20)).ids(), s4.search(SearchQuery.of(q, 20)).ids(), q);
            }
        }
    }

    @Test
    void aStreamOfDocumentsIsIndexedAsItComes() throws IOException {
        ParsedCorpus corpus = TestCorpus.parsed();
        AtomicInteger next = new AtomicInteger();
        IndexStore store = new IndexStore(tmp.resolve("stream"));
        IndexStats stats = new IndexBuilder(store, 2).build(() -> {
            int i = next.getAndIncrement();
            return i < corpus.documents().size()
                    ? new IndexBuilder.Source(corpus.documents().get(i).meta(), corpus.documents().get(i).provisions())
                    : null;
        }, corpus.taxonomy(), corpus.glossary(), "stream", 0, n -> { });
        assertEquals(corpus.provisionCount(), stats.provisions());
        assertEquals(1, stats.empty(), "the one document without provisions");
        assertTrue(store.current().isPresent());
    }

    @Test
    void aFailingSourceFailsTheBuildAndLeavesTheLiveIndex() throws IOException {
        IndexStore store = build("live", 2);
        Path live = store.current().orElseThrow();
        AtomicInteger calls = new AtomicInteger();
        assertThrows(IllegalStateException.class, () -> new IndexBuilder(store, 2).build(() -> {
            if (calls.incrementAndGet() > 3) throw new IllegalStateException("source broke");
            var d = TestCorpus.parsed().documents().get(calls.get());
            return new IndexBuilder.Source(d.meta(), d.provisions());
        }, TestCorpus.parsed().taxonomy(), TestCorpus.parsed().glossary(), "broken", 0, n -> { }));
        assertEquals(live, store.current().orElseThrow());
        try (var dirs = Files.list(store.root())) {
            assertEquals(1, dirs.filter(p -> p.getFileName().toString().startsWith("gen-")).count(),
                    "the failed generation is removed");
        }
    }

    private static DirectoryReader open(IndexStore store) throws IOException {
        return DirectoryReader.open(FSDirectory.open(store.current().orElseThrow()));
    }
}
