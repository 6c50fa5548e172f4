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
            List<Path> files;
            try (Stream<Path> s = Files.walk(corpusDir)) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                sha.update(corpusDir.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(f));
                sha.update((byte) 0);
            }
            sha.update(("code=" + codeIdentity.get() + ";").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("fingerprinting " + corpusDir, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
