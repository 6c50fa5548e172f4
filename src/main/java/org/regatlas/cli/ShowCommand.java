package org.regatlas.cli;

import org.regatlas.api.Json;
import org.regatlas.api.Wire;
import org.regatlas.model.Provision;
import org.regatlas.parse.ParsedCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code regatlas show PROVISION-ID [--json]}: one provision with all its fields. */
@Command(name = "show", description = "Show one provision with its section, strength, topics and conditions.")
final class ShowCommand implements Runnable {
    @Mixin
    CorpusOptions corpus;

    @Parameters(paramLabel = "PROVISION-ID", description = "e.g. cde-2024-cart-heme:二.（三）:4")
    String id;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public void run() {
        ParsedCorpus parsed = corpus.load();
        Provision p = parsed.provision(id)
                .orElseThrow(() -> new IllegalArgumentException("no provision with id '" + id + "'"));
        var meta = parsed.document(p.docId()).orElseThrow().meta();
        if (json) {
            System.out.println(Json.pretty(Wire.provision(p, meta)));
            return;
        }
        System.out.println(p.id());
        System.out.println("  document   " + meta.title().preferred(meta.language()) + " (" + meta.id() + ")");
        System.out.println("  section    " + String.join(" > ", p.section().headings()));
        System.out.println("  strength   " + p.strength() + "   provenance " + p.provenance().wireName()
                + (p.confidence() == null ? "" : " (" + p.confidence() + ")"));
        System.out.println("  actors     " + String.join(", ", p.actors()));
        System.out.println("  topics     " + String.join(", ", p.topics()));
        System.out.println("  conditions " + p.conditions().values());
        System.out.println("  protocol   " + String.join(", ", p.protocolSections()));
        System.out.println();
        System.out.println("  " + p.text());
        if (p.textEn() != null && !p.textEn().equals(p.text())) {
            System.out.println("  " + p.textEn() + (p.isTranslated("en") ? "  [English: unofficial translation]" : ""));
        }
        if (p.textZh() != null && !p.textZh().equals(p.text()) && p.isTranslated("zh")) {
            System.out.println("  " + p.textZh() + "  [Chinese: unofficial translation]");
        }
        p.sources().forEach(s -> System.out.println("  source: " + s));
    }
}
