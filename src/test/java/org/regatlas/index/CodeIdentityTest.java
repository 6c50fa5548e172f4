package org.regatlas.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeIdentityTest {
    @TempDir Path dir;

    private static final Map<String, String> CODE = Map.of(
            "org/regatlas/parse/SentenceSplitter.class", "splitter v1",
            "org/regatlas/index/Fields.class", "fields v1",
            "org/regatlas/search/SearchService.class", "search v1");

    @Test
    void aParserChangeChangesTheIdentityOfAJarAndOfAClassesFolder() throws IOException {
        Map<String, String> changed = with(CODE, "org/regatlas/parse/SentenceSplitter.class", "splitter v2");
        assertNotEquals(CodeIdentity.of(jar("a.jar", CODE)), CodeIdentity.of(jar("b.jar", changed)));
        assertNotEquals(CodeIdentity.of(folder("a", CODE)), CodeIdentity.of(folder("b", changed)));
    }

    @Test
    void codeThatDoesNotShapeTheIndexLeavesItAlone() throws IOException {
        Map<String, String> changed = with(CODE, "org/regatlas/search/SearchService.class", "search v2 ranks anew");
        changed = with(changed, "META-INF/MANIFEST.MF", "built at another time");
        assertEquals(CodeIdentity.of(jar("a.jar", CODE)), CodeIdentity.of(jar("b.jar", changed)));
        assertEquals(CodeIdentity.of(folder("a", CODE)), CodeIdentity.of(folder("b", changed)));
    }

    @Test
    void anAddedOrRemovedParserClassChangesTheIdentity() throws IOException {
        Map<String, String> added = with(CODE, "org/regatlas/corpus/Topics.class", "topics");
        assertNotEquals(CodeIdentity.of(jar("a.jar", CODE)), CodeIdentity.of(jar("b.jar", added)));
    }

    @Test
    void aJarIsReadOnceAndReadAgainWhenItIsRebuilt() throws IOException {
        Path jar = jar("a.jar", CODE);
        String identity = CodeIdentity.of(jar);
        Path kept = CodeIdentity.keptFile(jar);
        assertTrue(Files.isRegularFile(kept), "the identity is kept beside the jar");
        // what is kept answers for the same jar file: a kept answer that differs from the jar's proves it is used
        String other = "0".repeat(64);
        Files.writeString(kept, Files.readAllLines(kept).get(0) + "\n" + other + "\n");
        assertEquals(other, CodeIdentity.of(jar));
        // a rebuilt jar (same size: the class changed by one character) is read again
        Map<String, String> changed = with(CODE, "org/regatlas/parse/SentenceSplitter.class", "splitter v2");
        FileTime before = Files.getLastModifiedTime(jar);
        jar("a.jar", changed);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(before.toMillis() + 2_000));
        String rebuilt = CodeIdentity.of(jar);
        assertNotEquals(other, rebuilt);
        assertNotEquals(identity, rebuilt);
        assertEquals(CodeIdentity.of(jar("b.jar", changed)), rebuilt);
        // a damaged kept file is ignored
        Files.writeString(kept, "garbage");
        assertEquals(rebuilt, CodeIdentity.of(jar));
    }

    @Test
    void theRunningCodeHasAnIdentityAndTheFingerprintDependsOnIt() {
        assertTrue(CodeIdentity.current().matches("[0-9a-f]{64}"), CodeIdentity.current());
        assertNotEquals(CorpusFingerprint.of(dir, () -> "code-a"), CorpusFingerprint.of(dir, () -> "code-b"));
        assertEquals(CorpusFingerprint.of(dir, CodeIdentity::current), CorpusFingerprint.of(dir));
    }

    private static Map<String, String> with(Map<String, String> code, String name, String content) {
        Map<String, String> copy = new TreeMap<>(code);
        copy.put(name, content);
        return copy;
    }

    private Path jar(String name, Map<String, String> entries) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            for (var e : new TreeMap<>(entries).entrySet()) {
                j.putNextEntry(new JarEntry(e.getKey()));
                j.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                j.closeEntry();
            }
        }
        return jar;
    }

    private Path folder(String name, Map<String, String> entries) throws IOException {
        Path root = dir.resolve(name);
        for (var e : entries.entrySet()) {
            Path f = root.resolve(e.getKey());
            Files.createDirectories(f.getParent());
            Files.writeString(f, e.getValue());
        }
        return root;
    }
}
