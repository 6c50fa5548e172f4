package org.regatlas.cli;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.regatlas.model.Provision;
import org.regatlas.model.Section;
import org.regatlas.model.SectionRef;
import org.regatlas.model.Strength;
import org.regatlas.parse.ParsedDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code regatlas inspect DOC-ID}: the section tree with provision counts per strength, to review a parse by eye. */
@Command(name = "inspect", description = "Print a document's section tree with provision counts and strengths.")
final class InspectCommand implements Runnable {
    @Mixin
    CorpusOptions corpus;

    @Parameters(paramLabel = "DOC-ID")
    String docId;

    @Override
    public void run() {
        ParsedDocument doc = corpus.load().document(docId)
                .orElseThrow(() -> new IllegalArgumentException("no document with id '" + docId + "' (see: regatlas docs)"));
        System.out.println(doc.meta().title().preferred(doc.meta().language()) + "  [" + doc.id() + "]");
        print(doc.root(), doc.provisions(), 0);
        Map<Strength, Integer> totals = counts(doc.provisions(), null);
        System.out.println("total " + doc.provisions().size() + " provisions " + totals);
    }

    private static void print(Section s, List<Provision> provisions, int depth) {
        String idPart = s.path() == null ? SectionRef.NO_SECTION : s.path();
        Map<Strength, Integer> c = counts(provisions, idPart);
        int n = c.values().stream().mapToInt(Integer::intValue).sum();
        String name = s.heading().isEmpty() ? "(front matter)" : s.heading();
        System.out.printf("%s%-8s %s  — %d %s%n", "  ".repeat(depth), idPart, name, n, n == 0 ? "" : c.toString());
        s.children().forEach(child -> print(child, provisions, depth + 1));
    }

    private static Map<Strength, Integer> counts(List<Provision> provisions, String idPart) {
        Map<Strength, Integer> c = new EnumMap<>(Strength.class);
        for (Provision p : provisions) {
            if (idPart == null || p.section().idPart().equals(idPart)) c.merge(p.strength(), 1, Integer::sum);
        }
        return c;
    }
}
