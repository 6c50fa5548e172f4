package org.regatlas.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * A SHA-256 over the compiled code that decides what the index holds (the model, corpus, parse and index packages):
 * a release whose parser reads a sentence differently makes an index built by the previous one stale, although the
 * corpus files did not change. In a jar only the central directory is read (each entry's name, size and CRC), on a
 * thread of its own while the corpus files are hashed; a classes folder (tests, the IDE) is read file by file.
 */
public final class CodeIdentity {
    /** The packages whose classes shape the indexed provisions; search and API code does not. */
    static final List<String> PACKAGES = List.of("org/regatlas/model/", "org/regatlas/corpus/", "org/regatlas/parse/",
            "org/regatlas/index/");

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
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(location)) {
                CorpusFingerprint.digestFiles(location, CodeIdentity::inPackages, sha);
            } else {
                digestJar(location, sha);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("reading the code identity of " + location, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
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
