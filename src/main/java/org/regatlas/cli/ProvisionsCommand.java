package org.regatlas.cli;

import java.util.List;
import java.util.Map;
import org.regatlas.api.Json;
import org.regatlas.api.Wire;
import org.regatlas.model.Provision;
import org.regatlas.parse.ParsedDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code regatlas provisions DOC-ID [--json]}: every provision of a document, in order. */
@Command(name = "provisions", description = "Print every provision of a document, in reading order.")
final class ProvisionsCommand implements Runnable {
    @Mixin
    CorpusOptions corpus;

    @Parameters(paramLabel = "DOC-ID", description = "Document id, e.g. cde-2024-cart-heme.")
    String docId;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public void run() {
        ParsedDocument doc = corpus.load().document(docId)
                .orElseThrow(() -> new IllegalArgumentException("no document with id '" + docId + "' (see: regatlas docs)"));
        List<Wire.ProvisionJson> out = doc.provisions().stream().map(p -> Wire.provision(p, doc.meta())).toList();
        if (json) {
            System.out.println(Json.pretty(Map.of("docId", doc.id(), "total", out.size(), "provisions", out)));
            return;
        }
        for (Provision p : doc.provisions()) {
            System.out.printf("%-7s %s%n        %s%n", p.strength(), p.id(), p.text());
        }
        System.out.printf("%d provisions%n", out.size());
    }
}
