package org.regatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Enforces STYLE.md's package rules by scanning import lines: dependencies point one way
 * (model ← corpus ← parse ← index ← search ← opensearch ← checklist ← api, cli) and each library stays in its stage.
 */
class ArchitectureTest {
    private static final List<String> ORDER = List.of("model", "corpus", "parse", "index", "search", "opensearch", "checklist", "api",
            "cli");
    private static final Map<String, List<String>> LIBRARIES = Map.of(
            "io.javalin", List.of("api"),
            "org.apache.lucene", List.of("index", "search", "opensearch", "checklist"),
            "org.jsoup", List.of("corpus", "parse"),
            "org.apache.pdfbox", List.of("corpus"),
            "org.apache.poi", List.of("corpus", "checklist"),
            "picocli", List.of("cli"),
            "com.fasterxml.jackson", List.of("corpus", "index", "search", "opensearch", "checklist", "api", "cli"));

    @Test
    void packagesDependOnlyLeftwardAndLibrariesStayInTheirStage() throws IOException {
        List<String> violations = new ArrayList<>();
        Path root = Path.of("src/main/java/org/regatlas");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = root.relativize(f).getName(0).toString();
                int rank = ORDER.indexOf(pkg);
                for (String line : Files.readAllLines(f)) {
                    if (!line.startsWith("import ")) continue;
                    String imported = line.replace("import static ", "").replace("import ", "").replace(";", "").strip();
                    if (imported.startsWith("org.regatlas.")) {
                        String target = imported.split("\\.")[2];
                        if (ORDER.indexOf(target) > rank && !(pkg.equals("cli") || target.equals(pkg))) {
                            violations.add(f + " imports " + imported);
                        }
                    }
                    LIBRARIES.forEach((lib, allowed) -> {
                        if (imported.startsWith(lib) && !allowed.contains(pkg)) violations.add(f + " imports " + imported);
                    });
                    if (pkg.equals("model") && !imported.startsWith("java.") && !imported.startsWith("org.jspecify")
                            && !imported.startsWith("org.regatlas.model")) {
                        violations.add(f + " (model) imports " + imported);
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }
}
