package org.regatlas.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.regatlas.corpus.IdLedger;
import org.regatlas.parse.ParsedCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code regatlas ids [--check]}: brings the ledger of published provision ids ({@code corpus/ids/}) up to date with
 * the corpus, so every id ever published keeps answering: with its provision, with the one that now holds its text,
 * or as retired. Run it after changing the corpus and commit {@code corpus/ids/} with the change.
 */
@Command(name = "ids", description = "Update corpus/ids/, the ledger that keeps published provision ids working.")
final class IdsCommand implements Callable<Integer> {
    /** Change lines printed before the rest is counted. */
    private static final int SHOWN = 40;

    @Mixin
    CorpusOptions corpus;

    @Option(names = "--check", description = "Only report; exit with 1 when the ledger is not current.")
    boolean check;

    @Override
    public Integer call() {
        ParsedCorpus parsed = corpus.load();
        IdLedger current = IdLedger.in(corpus.dir());
        IdLedger next = parsed.citations().update();
        List<String> changes = current.changesTo(next);
        changes.stream().limit(SHOWN).forEach(System.out::println);
        if (changes.size() > SHOWN) System.out.printf("... and %d more%n", changes.size() - SHOWN);
        long live = next.entries().values().stream().filter(IdLedger.Entry::live).count();
        long moved = next.entries().values().stream().filter(e -> e.movedTo() != null).count();
        long retired = next.entries().values().stream().filter(IdLedger.Entry::retired).count();
        System.out.printf("%d ids published: %d live, %d moved, %d retired; %d changes%n",
                next.entries().size(), live, moved, retired, changes.size());
        if (changes.isEmpty()) {
            System.out.println("corpus/ids/ is current");
            return 0;
        }
        if (check) {
            System.out.println("corpus/ids/ is not current: run ./regatlas ids and commit corpus/ids/");
            return 1;
        }
        next.write(corpus.dir());
        System.out.println("corpus/ids/ updated: commit it with the corpus change");
        return 0;
    }
}
