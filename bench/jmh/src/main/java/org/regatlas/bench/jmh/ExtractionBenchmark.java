package org.regatlas.bench.jmh;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.regatlas.corpus.CorpusDocument;
import org.regatlas.corpus.CorpusLoader;
import org.regatlas.corpus.Taxonomy;
import org.regatlas.corpus.TaxonomyLoader;
import org.regatlas.parse.DocumentParser;
import org.regatlas.parse.ParsedDocument;

/**
 * Provision extraction on the CDE 2024 CAR-T guideline ({@code corpus/documents/cde-2024-cart-heme/guideline.txt}):
 * the section tree, sentence splitting and every provision with its strength, actors, conditions and topics, through
 * {@link DocumentParser} as {@code regatlas index} runs it. One operation is the whole document.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExtractionBenchmark {
    private static final String DOC = "cde-2024-cart-heme";

    private CorpusLoader loader;
    private Path folder;
    private Taxonomy taxonomy;
    private DocumentParser parser;
    private CorpusDocument document;

    @Setup(Level.Trial)
    public void load() throws Exception {
        loader = new CorpusLoader(BenchFiles.corpus());
        folder = loader.documentsDir().resolve(DOC);
        taxonomy = TaxonomyLoader.load(loader.taxonomyFile(), "taxonomy.json");
        parser = new DocumentParser(taxonomy);
        document = loader.loadDocument(folder, taxonomy);
        ParsedDocument parsed = parser.parse(document);
        System.err.printf("%nextraction: %s, %,d characters, %d provisions per operation%n", DOC,
                document.text().length(), parsed.provisions().size());
    }

    /** Sections, sentences and provisions from the already loaded text. */
    @Benchmark
    public ParsedDocument parseGuideline() {
        return parser.parse(document);
    }

    /** The same from the file: reading guideline.txt and its metadata, repairing PDF line breaks, then parsing. */
    @Benchmark
    public ParsedDocument readAndParseGuideline() throws Exception {
        return parser.parse(loader.loadDocument(folder, taxonomy));
    }
}
