package org.regatlas.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A SHA-256 over the compiled code that decides what the index holds (the model, corpus, parse and index packages):
 * a release whose parser reads a sentence differently makes an index built by the previous one stale, although the
 * corpus files did not change. In a jar only the central directory is read (each entry's name, size and CRC), once
 * per jar file: the answer is kept beside the jar with the jar's size, modification time and file key, so a start
 * reads three attributes instead of enumerating 25,000 entries (60-90 ms cold, on the path to the first answered
 * search); a rebuilt or replaced jar differs in them and is read again. A classes folder (tests, the IDE) is read
 * file by file every time, since its files change one by one.
 */
public final class CodeIdentity {
    /** The packages whose classes shape the indexed provisions; search and API code does not. */
    static final List<String> PACKAGES = List.of("org/regatlas/model/", "org/regatlas/corpus/", "org/regatlas/parse/",
            "org/regatlas/index/");

    private static final Logger log = LoggerFactory.getLogger(CodeIdentity.class);
    /** The kept file's first line starts with this; a change of what is hashed changes it. */
    private static final String KEPT_FORMAT = "jar-entries-v1";

    private static final CompletableFuture<String> CURRENT = new CompletableFuture<>();
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private CodeIdentity() {}

    /** The identity of the code this class was loaded from, computed once per JVM. */
    public static String current() {
        return prepare().join();
    }

    /**
     * Starts computing {@link #current()} on a thread of its own (once per JVM), so a caller can hash the corpus
     * meanwhile: opening a jar of 25,000 entries costs tens of milliseconds at start-up.
     */
    static CompletableFuture<String> prepare() {
        if (STARTED.compareAndSet(false, true)) {
            Thread.ofPlatform().daemon().name("code-identity").start(() -> {
                try {
                    CURRENT.complete(compute());
                } finally {
                    CURRENT.complete("unknown");    // an Error must not leave a caller waiting; no-op once done
                }
            });
        }
        return CURRENT;
    }

    private static String compute() {
        try {
            Path location = Path.of(CodeIdentity.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return of(location);
        } catch (URISyntaxException | RuntimeException e) {
            return "unknown";    // no readable code source: the corpus and schema still decide
        }
    }

    /** The identity of the classes under {@link #PACKAGES} in {@code location}, a jar or a classes folder. */
    static String of(Path location) {
        try {
            boolean folder = Files.isDirectory(location);
            String jar = folder ? "" : jarKey(location);
            Optional<String> kept = folder ? Optional.empty() : kept(location, jar);
            if (kept.isPresent()) return kept.get();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            if (folder) {
                CorpusFingerprint.digestFiles(location, CodeIdentity::inPackages, sha);
                return HexFormat.of().formatHex(sha.digest());
            }
            digestJar(location, sha);
            String identity = HexFormat.of().formatHex(sha.digest());
            keep(location, jar, identity);
            return identity;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the code identity of " + location, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where the identity of {@code jar} is kept: a hidden file beside it. */
    static Path keptFile(Path jar) {
        return jar.resolveSibling("." + jar.getFileName() + ".code-identity");
    }

    /** What tells this jar file from a rebuilt one: its size, modification time and file key (inode). */
    private static String jarKey(Path jar) throws IOException {
        BasicFileAttributes a = Files.readAttributes(jar, BasicFileAttributes.class);
        return KEPT_FORMAT + " " + a.size() + " " + a.lastModifiedTime().toInstant() + " " + a.fileKey();
    }

    /** The identity kept for this very jar file, if any. */
    private static Optional<String> kept(Path jar, String key) {
        try {
            List<String> lines = Files.readAllLines(keptFile(jar), StandardCharsets.UTF_8);
            if (lines.size() == 2 && lines.get(0).equals(key) && lines.get(1).length() == 64
                    && lines.get(1).chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return Optional.of(lines.get(1));
            }
        } catch (IOException e) {
            // none kept yet, or unreadable: read the jar
        }
        return Optional.empty();
    }

    /** Keeps the identity beside the jar (written whole, then renamed); a folder that cannot be written is left. */
    private static void keep(Path jar, String key, String identity) {
        Path target = keptFile(jar);
        try {
            Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
            try {
                Files.writeString(tmp, key + "\n" + identity + "\n", StandardCharsets.UTF_8);
                // a temporary file is private; the jar's other users (a server run by another account) read it too
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | UnsupportedOperationException e) {
            log.debug("The code identity of {} is not kept ({}): it is read from the jar at each start", jar,
                    e.getMessage());
        }
    }

    private static void digestJar(Path jar, MessageDigest sha) throws IOException {
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            List<JarEntry> entries = Collections.list(file.entries()).stream()
                    .filter(e -> !e.isDirectory() && inPackages(e.getName()))
                    .sorted(Comparator.comparing(JarEntry::getName)).toList();
            for (JarEntry e : entries) {
                update(sha, e.getName() + ":" + e.getSize() + ":" + Long.toHexString(e.getCrc()));
            }
        }
    }

    private static boolean inPackages(String name) {
        return name.endsWith(".class") && PACKAGES.stream().anyMatch(name::startsWith);
    }

    private static void update(MessageDigest sha, String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }
}
