package org.regatlas.cli;

import java.util.List;
import java.util.Map;
import org.regatlas.api.Json;
import org.regatlas.api.Wire;
import org.regatlas.parse.ParsedCorpus;
import org.regatlas.parse.ParsedDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code regatlas docs [--json]}: the documents of the corpus with their metadata. */
@Command(name = "docs", description = "List the corpus documents with their metadata.")
final class DocsCommand implements Runnable {
    @Mixin
    CorpusOptions corpus;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Override
    public void run() {
        ParsedCorpus parsed = corpus.load();
        List<Wire.DocumentJson> docs = parsed.documents().stream()
                .map(d -> Wire.document(d.meta(), d.provisions().size())).toList();
        if (json) {
            System.out.println(Json.pretty(Map.of("documents", docs, "total", docs.size())));
            return;
        }
        Table t = new Table("ID", "JUR", "AGENCY", "STATUS", "ISSUED", "KIND", "PROV", "TITLE");
        for (ParsedDocument d : parsed.documents()) {
            var m = d.meta();
            t.row(m.id(), m.jurisdiction().name(), m.agency(), m.status().wireName(), m.issued() == null ? "-" : m.issued(),
                    m.provenance().wireName(), String.valueOf(d.provisions().size()), m.title().preferred(m.language()));
        }
        t.print(System.out);
        System.out.printf("%d documents, %d provisions%n", parsed.documents().size(), parsed.provisionCount());
    }
}
