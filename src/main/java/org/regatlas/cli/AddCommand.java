package org.regatlas.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.regatlas.corpus.CorpusDocument;
import org.regatlas.corpus.CorpusLoader;
import org.regatlas.corpus.OfficialPdfReader;
import org.regatlas.corpus.SourceReaders;
import org.regatlas.corpus.UnreadableSourceException;
import org.regatlas.parse.DocumentParser;
import org.regatlas.parse.ParsedDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code regatlas add FILE --id ID ...}: adds an official text to the corpus as a verbatim document. The source is
 * read and checked before anything is written; the folder is assembled beside the corpus and moved into
 * {@code documents/} in one rename, so a refused or failed add leaves nothing behind. Prints the section tree and a
 * parse report to review before the document is committed.
 */
@Command(name = "add", description = "Add an official text (PDF, HTML, DOCX, text) to the corpus as a verbatim document.")
final class AddCommand implements Runnable {
    private static final Set<String> JURISDICTIONS = Set.of("CN", "US", "EU", "INTL");
    private static final Set<String> STATUSES = Set.of("draft", "final", "trial", "superseded");

    @Mixin
    CorpusOptions corpus;

    @Parameters(paramLabel = "FILE", description = "The official text.")
    Path file;

    @Option(names = "--id", required = true, description = "Document id, kebab-case (fda-2017-refuse-to-file).")
    String id;

    @Option(names = "--jurisdiction", required = true, description = "CN, US, EU or INTL.")
    String jurisdiction;

    @Option(names = "--agency", required = true, description = "FDA, EMA, ICH, NMPA, CDE ...")
    String agency;

    @Option(names = "--title", description = "Title (default: the file name).")
    @Nullable String title;

    @Option(names = "--issued", description = "Issue date: YYYY, YYYY-MM or YYYY-MM-DD.")
    @Nullable String issued;

    @Option(names = "--status", defaultValue = "final", description = "draft, final, trial or superseded (default: final).")
    String status;

    @Option(names = "--type", defaultValue = "guidance", description = "guidance, guideline, regulation ... (default: guidance).")
    String type;

    @Option(names = "--language", defaultValue = "en", description = "Language of the text: en or zh (default: en).")
    String language;

    @Option(names = "--licence", description = "The acknowledgement the source's licence asks for.")
    @Nullable String licence;

    @Override
    public void run() {
        validate();
        Path documents = corpus.dir().resolve("documents");
        Path target = documents.resolve(id);
        if (Files.exists(target)) {
            throw new IllegalArgumentException("a document with id '" + id + "' already exists (" + target + ")");
        }
        OfficialPdfReader.Report layout = readFirst();
        CorpusLoader loader = new CorpusLoader(corpus.dir());
        CorpusLoader.Vocabulary vocabulary = loader.loadVocabulary();
        Path staging = null;
        ParsedDocument parsed;
        try {
            staging = Files.createTempDirectory(corpus.dir(), ".add-");
            Path folder = staging.resolve(id);
            Files.createDirectories(folder);
            String name = file.getFileName().toString();
            Files.copy(file, folder.resolve(name));
            writeMeta(folder.resolve("document.json"), name, org.regatlas.corpus.CorpusLoader.sha256(file));
            CorpusDocument doc = loader.loadDocument(folder, vocabulary.taxonomy());
            parsed = new DocumentParser(vocabulary.taxonomy()).parse(doc);
            Files.createDirectories(documents);
            Files.move(folder, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("adding " + file + " as " + target, e);
        } catch (UnreadableSourceException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        } finally {
            if (staging != null) deleteTree(staging);
        }
        AddReport.print(parsed, layout, file, System.out);
        System.out.println("added " + corpus.dir().relativize(target) + " (" + parsed.provisions().size()
                + " provisions); run `regatlas index` to search it");
    }

    private void validate() {
        if (!id.matches("[a-z0-9]+(?:-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("--id must be kebab-case (a-z, 0-9, '-'), got '" + id + "'");
        }
        if (!JURISDICTIONS.contains(jurisdiction.toUpperCase(Locale.ROOT))) {
            throw new IllegalArgumentException("--jurisdiction must be one of CN, US, EU, INTL, got '" + jurisdiction + "'");
        }
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("--status must be draft, final, trial or superseded, got '" + status + "'");
        }
        if (issued != null && !issued.matches("\\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?)?")) {
            throw new IllegalArgumentException("--issued must be YYYY, YYYY-MM or YYYY-MM-DD, got '" + issued + "'");
        }
        if (!language.equals("en") && !language.equals("zh")) {
            throw new IllegalArgumentException("--language must be en or zh, got '" + language + "'");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException(file + ": no such readable file");
        }
        if (SourceReaders.forFile(file).isEmpty()) {
            throw new IllegalArgumentException(file + ": unsupported file type (supported: txt, md, html, pdf, docx)");
        }
    }

    /** Reads the source before anything is written, so an unreadable file is refused cleanly. */
    private OfficialPdfReader.@Nullable Report readFirst() {
        try {
            if (SourceReaders.extension(file).equals("pdf")) {
                return new OfficialPdfReader().readWithReport(file).report();
            }
            SourceReaders.read(file);
            return null;
        } catch (UnreadableSourceException e) {
            throw new IllegalArgumentException(e.getMessage() + "; nothing was added", e);
        }
    }

    private void writeMeta(Path out, String source, String sha256) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        String t = title != null ? title : file.getFileName().toString().replaceFirst("\\.[^.]+$", "").replace('_', ' ');
        m.put("title", Map.of(language, t));
        m.put("jurisdiction", jurisdiction.toUpperCase(Locale.ROOT));
        m.put("agency", agency);
        m.put("body", null);
        m.put("type", type);
        m.put("status", status);
        m.put("issued", issued);
        m.put("effective", null);
        m.put("reference", null);
        m.put("url", null);
        m.put("language", language);
        m.put("supersedes", List.of());
        m.put("provenance", "verbatim");
        m.put("source", source);
        m.put("sha256", sha256);
        if (licence != null) m.put("licence", licence);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), m);
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            System.err.println("regatlas: could not remove " + root + ": " + e.getMessage());
        }
    }
}
