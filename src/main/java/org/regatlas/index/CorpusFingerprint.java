package org.regatlas.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A SHA-256 over every file of the corpus (paths and bytes, taxonomy and glossary included), the schema version and
 * the code that parses and indexes it ({@link CodeIdentity}): when it differs from the one recorded in the index, the
 * index is stale.
 */
public final class CorpusFingerprint {
    private CorpusFingerprint() {}

    /** The fingerprint of {@code corpusDir} under the current schema and code. */
    public static String of(Path corpusDir) {
        CompletableFuture<String> code = CodeIdentity.prepare();    // read beside the corpus files, not after them
        return of(corpusDir, code::join);
    }

    static String of(Path corpusDir, Supplier<String> codeIdentity) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(("schema=" + Fields.SCHEMA_VERSION + ";").getBytes(StandardCharsets.UTF_8));
            digestFiles(corpusDir, name -> true, sha);
            sha.update(("code=" + codeIdentity.get() + ";").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("fingerprinting " + corpusDir, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds every file under {@code root} whose relative name {@code include} accepts: its name, then its bytes. */
    static void digestFiles(Path root, Predicate<String> include, MessageDigest sha) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(Files::isRegularFile).filter(f -> include.test(relative(root, f))).sorted().toList();
        }
        for (Path f : files) {
            sha.update(relative(root, f).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(Files.readAllBytes(f));
            sha.update((byte) 0);
        }
    }

    private static String relative(Path root, Path f) {
        return root.relativize(f).toString().replace('\\', '/');
    }
}
