package org.regatlas.corpus;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.regatlas.model.Checks;

/**
 * The ledger of published provision ids, {@code corpus/ids/<doc-id>.json}: every id the corpus has ever published,
 * with the text it had and, when the id is no longer in the corpus, the id that now holds that text or the fact that
 * none does. It lets a citation outlive a re-split or a revised document. Written by {@code regatlas ids}; read lazily,
 * so a server starts without it. Thread-safe.
 */
public final class IdLedger {
    /** The folder of the ledger inside a corpus. */
    public static final String FOLDER = "ids";

    /**
     * One published id.
     *
     * @param fingerprint {@link #fingerprint(String)} of {@code text}
     * @param text        the provision's text when it was last published under this id
     * @param movedTo     the id that holds this text now, when this id is no longer in the corpus
     * @param retired     true when the id is no longer in the corpus and nothing holds its text
     */
    public record Entry(String id, String fingerprint, String text, @Nullable String movedTo, boolean retired) {
        public Entry {
            Checks.notBlank(id, "id");
            Checks.notBlank(fingerprint, "fingerprint");
            Checks.notNull(text, "text");
            Checks.argument(movedTo == null || !retired, "retired", "an id cannot be both moved and retired");
        }

        /** True when the id is in the corpus the ledger was written for. */
        public boolean live() {
            return movedTo == null && !retired;
        }

        /** The document the id belongs to (its part before the first ':'). */
        public String docId() {
            return id.substring(0, Math.max(0, id.indexOf(':')));
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path dir;
    private volatile @Nullable Map<String, Entry> entries;

    private IdLedger(Path dir, @Nullable Map<String, Entry> entries) {
        this.dir = dir;
        this.entries = entries;
    }

    /** The ledger in {@code corpusDir/ids}, read when first asked. */
    public static IdLedger in(Path corpusDir) {
        return new IdLedger(corpusDir.resolve(FOLDER), null);
    }

    /** A ledger held in memory (tests, and the result of an update before it is written). */
    public static IdLedger of(List<Entry> entries) {
        Map<String, Entry> map = new LinkedHashMap<>();
        for (Entry e : entries) map.put(e.id(), e);
        return new IdLedger(Path.of(FOLDER), map);
    }

    /** Every entry, by id, in file order. */
    public Map<String, Entry> entries() {
        Map<String, Entry> e = entries;
        if (e == null) {
            synchronized (this) {
                if (entries == null) entries = read(dir);
                e = entries;
            }
        }
        return e;
    }

    /** The text's fingerprint: SHA-256 (first 16 hex digits) of its NFKC form without whitespace. */
    public static String fingerprint(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(normalized(text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The form texts are compared in: NFKC (full- and half-width alike), whitespace removed. */
    public static String normalized(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    private static Map<String, Entry> read(Path dir) {
        Map<String, Entry> out = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) return out;
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("listing " + dir, e);
        }
        for (Path f : files) {
            JsonNode root = CorpusJson.read(f, FOLDER + "/" + f.getFileName());
            for (JsonNode n : root.path("ids")) {
                JsonFields e = new JsonFields(n, FOLDER + "/" + f.getFileName());
                String id = e.required("id");
                String text = n.path("text").asText("");
                out.put(id, new Entry(id, e.required("fingerprint"), text, e.optional("movedTo"),
                        n.path("retired").asBoolean(false)));
            }
        }
        return out;
    }

    /**
     * What changes from this ledger to {@code next}, one line per id: {@code + id} newly published, {@code ~ id}
     * text changed under the same id, {@code > id -> new} moved, {@code x id} retired. Empty when they agree.
     */
    public List<String> changesTo(IdLedger next) {
        List<String> out = new ArrayList<>();
        Map<String, Entry> before = entries();
        for (Entry e : next.entries().values()) {
            Entry old = before.get(e.id());
            if (old != null && old.equals(e)) continue;
            if (e.live()) {
                out.add((old == null ? "+ " : old.live() ? "~ " : "+ ") + e.id());
            } else if (e.movedTo() != null) {
                out.add("> " + e.id() + " -> " + e.movedTo());
            } else {
                out.add("x " + e.id());
            }
        }
        for (String id : before.keySet()) {
            if (!next.entries().containsKey(id)) out.add("- " + id + " (dropped from the ledger)");
        }
        return out;
    }

    /** Writes the ledger into {@code corpusDir/ids}, one file per document, replacing what was there. */
    public void write(Path corpusDir) {
        Path target = corpusDir.resolve(FOLDER);
        Map<String, List<Entry>> byDoc = new TreeMap<>();
        for (Entry e : entries().values()) byDoc.computeIfAbsent(e.docId(), k -> new ArrayList<>()).add(e);
        try {
            Files.createDirectories(target);
            try (Stream<Path> s = Files.list(target)) {
                for (Path old : s.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
                    if (!byDoc.containsKey(old.getFileName().toString().replaceFirst("\\.json$", ""))) Files.delete(old);
                }
            }
            var printer = new DefaultPrettyPrinter().withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
            for (var doc : byDoc.entrySet()) {
                ObjectNode root = MAPPER.createObjectNode();
                root.put("docId", doc.getKey());
                ArrayNode ids = root.putArray("ids");
                for (Entry e : doc.getValue()) {
                    ObjectNode n = ids.addObject();
                    n.put("id", e.id());
                    n.put("fingerprint", e.fingerprint());
                    n.put("text", e.text());
                    if (e.movedTo() != null) n.put("movedTo", e.movedTo());
                    if (e.retired()) n.put("retired", true);
                }
                String json = MAPPER.writer(printer).writeValueAsString(root).replace("\r\n", "\n") + "\n";
                Files.writeString(target.resolve(doc.getKey() + ".json"), json);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + target, e);
        }
    }
}
