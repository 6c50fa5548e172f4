package org.regatlas.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The on-disk layout of {@code index/}: generation folders ({@code gen-<n>}) and a {@code CURRENT} file naming the
 * live one. A rebuild writes a new generation beside the old and then replaces {@code CURRENT} with an atomic
 * rename, so a failed or killed rebuild leaves the last good index in place. Thread-safe.
 */
public final class IndexStore {
    private static final Logger log = LoggerFactory.getLogger(IndexStore.class);
    static final String CURRENT = "CURRENT";
    static final String FINGERPRINT = "regatlas.fingerprint";
    private static final String PREFIX = "gen-";

    private final Path root;

    public IndexStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** The live generation folder, if a complete index exists. */
    public synchronized Optional<Path> current() {
        Path pointer = root.resolve(CURRENT);
        if (!Files.isRegularFile(pointer)) {
            return Optional.empty();
        }
        try {
            String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
            Path dir = root.resolve(name).normalize();
            if (!name.startsWith(PREFIX) || !dir.getParent().equals(root) || !Files.isDirectory(dir)) {
                log.warn("index/CURRENT names '{}', which is not an index generation; ignoring it", name);
                return Optional.empty();
            }
            try (Directory d = FSDirectory.open(dir)) {
                if (!DirectoryReader.indexExists(d)) return Optional.empty();
            }
            return Optional.of(dir);
        } catch (IOException e) {
            log.warn("index/CURRENT cannot be read ({}); treating the index as missing", e.getMessage());
            return Optional.empty();
        }
    }

    /** The corpus fingerprint recorded in the live index's last commit, if any. */
    public Optional<String> fingerprint() {
        return current().flatMap(dir -> {
            try (Directory d = FSDirectory.open(dir)) {
                Map<String, String> data = SegmentInfos.readLatestCommit(d).getUserData();
                return Optional.ofNullable(data.get(FINGERPRINT));
            } catch (IOException e) {
                return Optional.empty();
            }
        });
    }

    /** True when there is no usable index or it was built from another corpus or schema. */
    public boolean isStale(String corpusFingerprint) {
        return !fingerprint().map(corpusFingerprint::equals).orElse(false);
    }

    /** A fresh, empty generation folder for a rebuild. */
    synchronized Path newGeneration() throws IOException {
        Files.createDirectories(root);
        String name = PREFIX + Instant.now().toEpochMilli();
        Path dir = root.resolve(name);
        for (int i = 1; Files.exists(dir); i++) dir = root.resolve(name + "-" + i);
        return Files.createDirectory(dir);
    }

    /** Makes {@code generation} the live index (atomic rename of CURRENT), then removes older generations. */
    synchronized void publish(Path generation) throws IOException {
        Path tmp = root.resolve(CURRENT + ".tmp");
        Files.writeString(tmp, generation.getFileName().toString() + "\n", StandardCharsets.UTF_8);
        try {
            Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
        }
        removeAllBut(generation);
    }

    /** Deletes generations other than {@code keep}: old ones and leftovers of killed rebuilds. */
    synchronized void removeAllBut(Path keep) {
        try (Stream<Path> s = Files.list(root)) {
            for (Path p : s.filter(Files::isDirectory).filter(p -> p.getFileName().toString().startsWith(PREFIX))
                    .filter(p -> !p.equals(keep)).toList()) {
                deleteTree(p);
            }
        } catch (IOException e) {
            log.warn("Could not clean old index generations: {}", e.getMessage());
        }
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("deleting " + dir, e);
        }
    }

    List<Path> generations() throws IOException {
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(p -> p.getFileName().toString().startsWith(PREFIX)).sorted().toList();
        }
    }
}
