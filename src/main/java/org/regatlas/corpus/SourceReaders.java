package org.regatlas.corpus;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Chooses the reader for a file by its extension. */
public final class SourceReaders {
    private SourceReaders() {}

    private static final Map<String, SourceReader> BY_EXTENSION = Map.of(
            "txt", new PlainTextReader(),
            "text", new PlainTextReader(),
            "md", new MarkdownReader(),
            "markdown", new MarkdownReader(),
            "html", new HtmlReader(),
            "htm", new HtmlReader(),
            "pdf", new PdfReader(),
            "docx", new DocxReader());

    /** The reader for {@code file}'s extension, if the format is supported. */
    public static Optional<SourceReader> forFile(Path file) {
        return Optional.ofNullable(BY_EXTENSION.get(extension(file)));
    }

    /** Reads {@code file} with the reader its extension names. */
    public static SourceText read(Path file) throws UnreadableSourceException {
        SourceReader reader = forFile(file).orElseThrow(() -> new UnreadableSourceException(file,
                "unsupported file type '." + extension(file) + "' (supported: txt, md, html, pdf, docx)"));
        return reader.read(file);
    }

    public static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
