package org.regatlas.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.regatlas.model.DocumentMeta;
import org.regatlas.model.Problem;
import org.regatlas.model.Provenance;
import org.regatlas.model.Provision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads {@code corpus/}: the taxonomy, then every {@code documents/<id>/} folder. A broken document is reported
 * (file and field named) and skipped; the rest of the corpus still loads.
 */
public final class CorpusLoader {
    private static final Logger log = LoggerFactory.getLogger(CorpusLoader.class);

    /** The English translation of a Chinese verbatim document, beside its source. */
    public static final String TRANSLATION_FILE = "translation.en.json";
    /** The team's Chinese translation of an English verbatim document, beside its source. */
    public static final String TRANSLATION_ZH_FILE = "translation.zh.json";

    private final Path corpusDir;
    private final @Nullable LayoutCache layoutCache;

    public CorpusLoader(Path corpusDir) {
        this.corpusDir = corpusDir;
        this.layoutCache = null;
    }

    /**
     * A loader that keeps the layout read from official PDFs in {@code layoutCache} (output, like the index), each
     * entry valid for the code of {@code codeIdentity} only (the identity of the reading code, e.g. the index's),
     * asked for when the first official PDF is looked up.
     */
    public CorpusLoader(Path corpusDir, Path layoutCache, Supplier<String> codeIdentity) {
        this.corpusDir = corpusDir;
        this.layoutCache = new LayoutCache(layoutCache, codeIdentity);
    }

    public Path corpusDir() {
        return corpusDir;
    }

    public Path taxonomyFile() {
        return corpusDir.resolve("taxonomy.json");
    }

    public Path glossaryFile() {
        return corpusDir.resolve("glossary.json");
    }

    public Path documentsDir() {
        return corpusDir.resolve("documents");
    }

    /**
     * The taxonomy and the glossary, and what was wrong with them: all that search needs of the corpus, so a server
     * can open its index while the documents are still being read.
     */
    public record Vocabulary(Taxonomy taxonomy, Glossary glossary, List<Problem> problems) {
        public Vocabulary {
            problems = List.copyOf(problems);
        }
    }

    /** Loads everything; never throws for bad content, only for an unreadable corpus directory. */
    public LoadedCorpus load() {
        return load(loadVocabulary());
    }

    /** Reads the taxonomy and the glossary; a broken file is a problem and leaves that part empty. */
    public Vocabulary loadVocabulary() {
        List<Problem> problems = new ArrayList<>();
        Taxonomy taxonomy;
        try {
            taxonomy = TaxonomyLoader.load(taxonomyFile(), shown(taxonomyFile()));
        } catch (CorpusFormatException e) {
            problems.add(Problem.error(shown(taxonomyFile()), e.getMessage()));
            taxonomy = Taxonomy.EMPTY;
        }
        Glossary glossary;
        try {
            glossary = Glossary.load(glossaryFile(), shown(glossaryFile()));
        } catch (CorpusFormatException e) {
            problems.add(Problem.error(shown(glossaryFile()), e.getMessage()));
            glossary = Glossary.EMPTY;
        }
        return new Vocabulary(taxonomy, glossary, problems);
    }

    /** Loads the documents with an already read vocabulary; never throws for bad content. */
    public LoadedCorpus load(Vocabulary vocabulary) {
        List<Problem> problems = new ArrayList<>(vocabulary.problems());
        Taxonomy taxonomy = vocabulary.taxonomy();
        Glossary glossary = vocabulary.glossary();
        // Documents are read in parallel (start-up waits for them); results and problems keep the folders' order.
        record Outcome(@Nullable CorpusDocument doc, @Nullable Problem problem) {}
        List<Outcome> outcomes = folders().parallelStream().map(folder -> {
            try {
                return new Outcome(loadDocument(folder, taxonomy), null);
            } catch (CorpusFormatException e) {
                log.debug("Skipped {}: {}", shown(folder), e.getMessage());
                return new Outcome(null, Problem.error(shown(folder), e.getMessage()));
            } catch (UnreadableSourceException e) {
                log.debug("Skipped {}: {}", shown(folder), e.getMessage());
                return new Outcome(null, Problem.error(shown(e.path()), e.getMessage()));
            }
        }).toList();
        List<CorpusDocument> docs = new ArrayList<>();
        for (Outcome o : outcomes) {
            if (o.doc() != null) docs.add(o.doc());
            if (o.problem() != null) problems.add(o.problem());
        }
        log.info("Corpus read: {} documents, {} problems", docs.size(), problems.size());
        return new LoadedCorpus(docs, taxonomy, glossary, problems, IdLedger.in(corpusDir));
    }

    /** Loads one document folder. */
    public CorpusDocument loadDocument(Path folder, Taxonomy taxonomy) throws UnreadableSourceException {
        Path metaFile = folder.resolve("document.json");
        if (!Files.exists(metaFile)) {
            throw new CorpusFormatException(shown(metaFile) + ": the file is missing");
        }
        DocumentMeta meta = DocumentMetaReader.read(metaFile, shown(metaFile), folder.getFileName().toString());
        Path source = folder.resolve(meta.source()).normalize();
        if (!source.startsWith(folder.normalize()) || !Files.isRegularFile(source)) {
            throw new CorpusFormatException(shown(metaFile) + ": field 'source' names '" + meta.source()
                    + "', which is not a file in the document folder");
        }
        if (meta.sha256() != null) {
            String actual = sha256(source);
            if (!actual.equals(meta.sha256())) {
                throw new CorpusFormatException(shown(metaFile) + ": field 'sha256' is " + meta.sha256() + " but '"
                        + meta.source() + "' has " + actual + " (the file changed; record the new checksum if intended)");
            }
        }
        if (meta.provenance() == Provenance.DIGEST) {
            List<Provision> digests = DigestReader.read(source, shown(source), meta, taxonomy);
            return new CorpusDocument(meta, folder, SourceText.plain(""), digests);
        }
        // An official PDF in the corpus is read from its layout (headings from its own TOC, footnotes apart).
        SourceText text = SourceReaders.extension(source).equals("pdf") ? officialPdf(source)
                : SourceReaders.read(source);
        return new CorpusDocument(meta, folder, text, List.of(), translation(folder, meta));
    }

    /**
     * The team's translation of a verbatim document, if the folder has one: English of a Chinese document
     * ({@code translation.en.json}), Chinese of an English one ({@code translation.zh.json}). A broken file fails the
     * document like a broken {@code document.json}: a translation is reviewed content, and one silently dropped would
     * show official sentences without the text a reader relies on.
     */
    private Translation translation(Path folder, DocumentMeta meta) {
        Path file = folder.resolve(translationFile(meta.language()));
        if (!Files.isRegularFile(file)) return Translation.NONE;
        return Translation.read(file, shown(file), meta.id(), meta.language());
    }

    /** The translation file of a document written in {@code language}: into English from Chinese, else into Chinese. */
    public static String translationFile(String language) {
        return language.equals("zh") ? TRANSLATION_FILE : TRANSLATION_ZH_FILE;
    }

    private SourceText officialPdf(Path source) throws UnreadableSourceException {
        if (layoutCache == null) return new OfficialPdfReader().read(source);
        String sha = sha256(source);
        SourceText cached = layoutCache.get(sha);
        if (cached != null) return cached;
        SourceText read = new OfficialPdfReader().read(source);
        layoutCache.put(sha, read);
        return read;
    }

    /** The SHA-256 of a file's bytes, as lower-case hex. */
    public static String sha256(Path file) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            return HexFormat.of().formatHex(digest);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Path> folders() {
        Path docs = documentsDir();
        if (!Files.isDirectory(docs)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(docs)) {
            return s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("listing " + docs, e);
        }
    }

    /** Paths in messages are relative to the corpus's parent, e.g. {@code corpus/documents/x/document.json}. */
    private String shown(Path p) {
        Path base = corpusDir.toAbsolutePath().getParent();
        Path abs = p.toAbsolutePath();
        return base != null && abs.startsWith(base) ? base.relativize(abs).toString() : p.toString();
    }
}
