package org.regatlas.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps what {@link OfficialPdfReader} read from a PDF, by the PDF's SHA-256 and the identity of the code that read
 * it, so a server starting on an unchanged corpus does not lay out every official PDF again (seconds of CPU each),
 * while a release whose reading changed reads them again: a version number bumped by hand was once left behind and
 * served a stale layout (ICH M3(R2) section 7 kept losing a line the reader had since learned to keep). The cache is
 * output, like the index: deleting it only costs time. A broken entry is read again from the PDF; storing an entry
 * removes the PDF's entries of other code.
 */
final class LayoutCache {
    private static final Logger log = LoggerFactory.getLogger(LayoutCache.class);
    /** Bump when the layout reading changes what it produces. */
    static final int VERSION = 2;   // 2: one-column table cells left out (LayoutTables)
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path dir;
    /**
     * The reading code's identity, asked for at the first lookup, not before: at start-up it is computed beside the
     * corpus files' hashing, and documents without a PDF need not wait for it.
     */
    private final Supplier<String> codeIdentity;

    LayoutCache(Path dir, Supplier<String> codeIdentity) {
        this.dir = dir;
        this.codeIdentity = codeIdentity;
    }

    /** The cached text of a PDF with this checksum, or null. */
    SourceText get(String sha256) {
        Path f = file(sha256);
        if (!Files.isRegularFile(f)) return null;
        try {
            JsonNode n = MAPPER.readTree(f.toFile());
            List<SourceText.HeadingHint> headings = new ArrayList<>();
            for (JsonNode h : n.path("headings")) {
                headings.add(new SourceText.HeadingHint(h.path("line").asInt(), h.path("level").asInt(),
                        h.path("path").asText(), h.path("kind").asText()));
            }
            List<SourceText.Footnote> notes = new ArrayList<>();
            for (JsonNode x : n.path("footnotes")) notes.add(new SourceText.Footnote(x.path("marker").asText(), x.path("text").asText()));
            return new SourceText(n.path("text").asText(), headings, notes);
        } catch (IOException | RuntimeException e) {
            log.warn("Layout cache entry {} unreadable ({}); reading the PDF again", f, e.getMessage());
            return null;
        }
    }

    /** Stores a PDF's text; a failure to write is logged and otherwise ignored. */
    void put(String sha256, SourceText text) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("text", text.text());
        ArrayNode hs = n.putArray("headings");
        for (SourceText.HeadingHint h : text.headings()) {
            hs.addObject().put("line", h.line()).put("level", h.level()).put("path", h.path()).put("kind", h.kind());
        }
        ArrayNode fs = n.putArray("footnotes");
        for (SourceText.Footnote f : text.footnotes()) fs.addObject().put("marker", f.marker()).put("text", f.text());
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".entry-", ".tmp");
            MAPPER.writeValue(tmp.toFile(), n);
            Files.move(tmp, file(sha256), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            log.warn("Layout cache {} not written: {}", dir, e.getMessage());
            return;
        }
        removeStale(sha256);
    }

    /** Deletes the entries of this PDF that other code (or an older file naming) wrote. */
    private void removeStale(String sha256) {
        String current = file(sha256).getFileName().toString();
        try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, sha256 + "-*.json")) {
            for (Path f : old) {
                if (!f.getFileName().toString().equals(current)) Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            log.warn("Layout cache {}: stale entries of {} not removed: {}", dir, sha256, e.getMessage());
        }
    }

    /** An entry's file: the PDF's checksum, the version of the entry's form and the first 16 characters of the code. */
    private Path file(String sha256) {
        String code = codeIdentity.get();
        return dir.resolve(sha256 + "-v" + VERSION + "-" + (code.length() > 16 ? code.substring(0, 16) : code) + ".json");
    }
}
