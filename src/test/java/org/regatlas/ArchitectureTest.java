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
import org.junit.jupiter.api.io.TempDir;

/**
 * Enforces STYLE.md's package rules by scanning import lines: dependencies point one way
 * (model ← corpus ← parse ← index ← search ← opensearch ← checklist ← api, cli) and each library stays in its stage.
 * Inside checklist the stages are sub-packages with an order of their own (read ← structure ← obligation ←
 * applicability ← evidence ← decide ← layout ← export ← the checklist package itself ← eval).
 */
class ArchitectureTest {
    private static final List<String> ORDER = List.of("model", "corpus", "parse", "index", "search", "opensearch", "checklist", "api",
            "cli");
    /** The checklist's stages, earliest first; "" is org.regatlas.checklist itself, which composes the stages. */
    private static final List<String> CHECKLIST_ORDER = List.of("read", "structure", "obligation", "applicability",
            "evidence", "decide", "layout", "export", "", "eval");
    private static final Map<String, List<String>> LIBRARIES = Map.of(
            "io.javalin", List.of("api"),
            "org.apache.lucene", List.of("index", "search", "opensearch", "checklist"),
            "org.jsoup", List.of("corpus", "parse"),
            "org.apache.pdfbox", List.of("corpus"),
            "org.apache.poi", List.of("corpus", "checklist"),
            "picocli", List.of("cli"),
            "com.fasterxml.jackson", List.of("corpus", "index", "search", "opensearch", "checklist", "api", "cli"));
    /** Libraries that only some checklist stages may use. */
    private static final Map<String, List<String>> CHECKLIST_LIBRARIES = Map.of(
            "org.apache.lucene", List.of("obligation", "evidence", ""),
            "org.apache.poi", List.of("export"));

    @Test
    void packagesDependOnlyLeftwardAndLibrariesStayInTheirStage() throws IOException {
        assertEquals(List.of(), violations(Path.of("src/main/java/org/regatlas")));
    }

    @Test
    void everyChecklistStageIsKnownAndDocumented() throws IOException {
        Path checklist = Path.of("src/main/java/org/regatlas/checklist");
        List<String> problems = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(checklist)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                String stage = d.getFileName().toString();
                if (!CHECKLIST_ORDER.contains(stage)) problems.add(stage + " is not in CHECKLIST_ORDER");
                if (!Files.exists(d.resolve("package-info.java"))) problems.add(stage + " has no package-info.java");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void reportsAnEarlierChecklistStageImportingALaterOne(@TempDir Path root) throws IOException {
        write(root, "checklist/read/Reader.java", "package org.regatlas.checklist.read;\n\n"
                + "import org.regatlas.checklist.decide.ItemStatus;\nimport org.regatlas.model.Provision;\n");
        write(root, "checklist/decide/Decider.java", "package org.regatlas.checklist.decide;\n\n"
                + "import org.regatlas.checklist.read.Protocol;\nimport org.apache.poi.ss.usermodel.Workbook;\n");
        write(root, "checklist/export/Exporter.java", "package org.regatlas.checklist.export;\n\n"
                + "import org.regatlas.checklist.ChecklistService;\nimport org.apache.poi.ss.usermodel.Workbook;\n");
        write(root, "search/Searcher.java", "package org.regatlas.search;\n\n"
                + "import static org.regatlas.checklist.layout.Severity.CRITICAL;\n");

        List<String> found = violations(root).stream().map(v -> v.substring(root.toString().length() + 1)).toList();

        assertEquals(List.of(
                "checklist/decide/Decider.java imports org.apache.poi.ss.usermodel.Workbook",
                "checklist/export/Exporter.java imports org.regatlas.checklist.ChecklistService",
                "checklist/read/Reader.java imports org.regatlas.checklist.decide.ItemStatus",
                "search/Searcher.java imports org.regatlas.checklist.layout.Severity.CRITICAL"), found);
    }

    /** Every import under {@code root} (a copy of org/regatlas) that breaks a rule, as "file imports name", sorted. */
    private static List<String> violations(Path root) throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                Path relative = root.relativize(f);
                String pkg = relative.getName(0).toString();
                String stage = pkg.equals("checklist") ? checklistStage(relative) : null;
                int rank = ORDER.indexOf(pkg);
                for (String line : Files.readAllLines(f)) {
                    if (!line.startsWith("import ")) continue;
                    String imported = line.replace("import static ", "").replace("import ", "").replace(";", "").strip();
                    if (imported.startsWith("org.regatlas.")) {
                        String target = imported.split("\\.")[2];
                        if (ORDER.indexOf(target) > rank && !(pkg.equals("cli") || target.equals(pkg))) {
                            violations.add(f + " imports " + imported);
                        } else if (stage != null && target.equals("checklist")
                                && CHECKLIST_ORDER.indexOf(importedStage(imported)) > CHECKLIST_ORDER.indexOf(stage)) {
                            violations.add(f + " imports " + imported);
                        }
                    }
                    LIBRARIES.forEach((lib, allowed) -> {
                        if (imported.startsWith(lib) && !allowed.contains(pkg)) violations.add(f + " imports " + imported);
                    });
                    CHECKLIST_LIBRARIES.forEach((lib, allowed) -> {
                        if (stage != null && imported.startsWith(lib) && !allowed.contains(stage)) {
                            violations.add(f + " imports " + imported);
                        }
                    });
                    if (pkg.equals("model") && !imported.startsWith("java.") && !imported.startsWith("org.jspecify")
                            && !imported.startsWith("org.regatlas.model")) {
                        violations.add(f + " (model) imports " + imported);
                    }
                }
            }
        }
        return violations;
    }

    /** The stage of a file under checklist/: its sub-package, or "" for the checklist package itself. */
    private static String checklistStage(Path relative) {
        return relative.getNameCount() > 2 ? relative.getName(1).toString() : "";
    }

    /** The stage an org.regatlas.checklist name belongs to: its sub-package, or "" when it names a type directly. */
    private static String importedStage(String imported) {
        String[] parts = imported.split("\\.");
        return parts.length > 4 && Character.isLowerCase(parts[3].charAt(0)) ? parts[3] : "";
    }

    private static void write(Path root, String relative, String text) throws IOException {
        Path f = root.resolve(relative);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }
}
