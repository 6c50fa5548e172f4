package org.regatlas.checklist.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.regatlas.checklist.layout.Checklist;

/** The export formats of a checklist, with their media types and file extensions. */
public enum ChecklistFormat {
    JSON("application/json", "json"),
    CSV("text/csv; charset=utf-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    MD("text/markdown; charset=utf-8", "md"),
    HTML("text/html; charset=utf-8", "html");

    private static final ObjectMapper JSON_MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final String mediaType;
    private final String extension;

    ChecklistFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** Whether the format is text (printable to a terminal). */
    public boolean isText() {
        return this != XLSX;
    }

    /** The format named {@code name} ({@code md}, {@code markdown}, {@code xlsx}, ...). */
    public static Optional<ChecklistFormat> named(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (n.equals("markdown")) return Optional.of(MD);
        if (n.equals("excel") || n.equals("xls")) return Optional.of(XLSX);
        if (n.equals("htm")) return Optional.of(HTML);
        return Arrays.stream(values()).filter(f -> f.extension.equals(n)).findFirst();
    }

    /** The format an HTTP Accept header asks for first, if it names one of ours. */
    public static Optional<ChecklistFormat> accepted(String accept) {
        if (accept == null) return Optional.empty();
        for (String part : accept.split(",")) {
            String type = part.split(";")[0].strip().toLowerCase(Locale.ROOT);
            for (ChecklistFormat f : values()) {
                if (f.mediaType.startsWith(type) && !type.isEmpty()) return Optional.of(f);
            }
            if (type.equals("application/vnd.ms-excel")) return Optional.of(XLSX);
            if (type.equals("text/x-markdown")) return Optional.of(MD);
        }
        return Optional.empty();
    }

    public void write(Checklist checklist, OutputStream out) throws IOException {
        switch (this) {
            case JSON -> JSON_MAPPER.writeValue(new NonClosing(out), checklist);
            case CSV -> CsvExporter.write(checklist, out);
            case XLSX -> XlsxExporter.write(checklist, out);
            case MD -> MarkdownExporter.write(checklist, out);
            case HTML -> HtmlExporter.write(checklist, out);
        }
    }

    public byte[] bytes(Checklist checklist) {
        var buf = new java.io.ByteArrayOutputStream();
        try {
            write(checklist, buf);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return buf.toByteArray();
    }

    /** Jackson closes the stream it writes to; the caller owns it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
