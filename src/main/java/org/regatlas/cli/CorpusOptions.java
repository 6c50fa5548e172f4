package org.regatlas.cli;

import java.nio.file.Path;
import org.regatlas.corpus.CorpusLoader;
import org.regatlas.index.CodeIdentity;
import org.regatlas.model.Problem;
import org.regatlas.parse.ParsedCorpus;
import picocli.CommandLine.Option;

/** The {@code --corpus} option shared by commands that read the corpus, and the load itself. */
final class CorpusOptions {
    @Option(names = "--corpus", paramLabel = "DIR", description = "Corpus folder (default: corpus/ beside the launcher).")
    Path corpus;

    Path dir() {
        return corpus != null ? corpus.toAbsolutePath().normalize() : Home.corpus();
    }

    /** Loads and parses the corpus, printing its problems to stderr. */
    ParsedCorpus load() {
        return load(vocabulary());
    }

    /** The taxonomy and glossary alone. */
    CorpusLoader.Vocabulary vocabulary() {
        return new CorpusLoader(dir()).loadVocabulary();
    }

    /** Loads and parses the documents with {@code vocabulary}, printing the corpus's problems to stderr. */
    ParsedCorpus load(CorpusLoader.Vocabulary vocabulary) {
        // the layout of official PDFs is kept beside the index, so start-up does not lay them out again; an entry
        // holds for the code that read it (the index fingerprint's code identity)
        ParsedCorpus parsed = ParsedCorpus.parse(new CorpusLoader(dir(), Home.index().resolve("layout-cache"),
                CodeIdentity::current).load(vocabulary));
        for (Problem p : parsed.problems()) {
            System.err.println("regatlas: " + p);
        }
        return parsed;
    }
}
