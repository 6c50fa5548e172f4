package org.regatlas.cli;

import java.nio.file.Path;
import org.regatlas.api.Json;
import org.regatlas.checklist.AnswerKey;
import org.regatlas.checklist.Checklist;
import org.regatlas.checklist.ChecklistService;
import org.regatlas.checklist.KeyScore;
import org.regatlas.checklist.KeyScorer;
import org.regatlas.checklist.Protocol;
import org.regatlas.checklist.ProtocolException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code regatlas eval-checklist PROTOCOL KEY.json}: builds the protocol's checklist and scores it against an answer
 * key (../shared/protocols/README.md): gap recall, false-missing rate, obligations no item carries, and whether the
 * evidence lands in the sections the key cites. Exit status 0 whatever the score; {@code --json} for machines.
 */
@Command(name = "eval-checklist",
        description = "Score a protocol's checklist against an answer key (gap recall, false-missing rate).")
final class EvalChecklistCommand implements Runnable {
    @Mixin
    CorpusOptions corpus;

    @Mixin
    ChecklistCommand.ProfileOptions profile;

    @Parameters(index = "0", paramLabel = "PROTOCOL")
    Path protocolFile;

    @Parameters(index = "1", paramLabel = "KEY.json")
    Path keyFile;

    @Option(names = "--json", description = "Print the score as JSON.")
    boolean json;

    @Override
    public void run() {
        AnswerKey key = AnswerKey.read(keyFile);
        ChecklistService service = ChecklistService.of(corpus.load());
        long start = System.nanoTime();
        Protocol protocol;
        try {
            protocol = service.read(protocolFile);
        } catch (ProtocolException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        Checklist checklist = service.check(protocol, profile.request());
        long ms = (System.nanoTime() - start) / 1_000_000;
        KeyScore score = KeyScorer.score(checklist, key, protocol);
        if (json) {
            System.out.println(Json.pretty(score));
            return;
        }
        System.out.printf("%s: %d obligations in the key (%d missing, %d addressed); %d checklist items; %d ms%n",
                protocolFile.getFileName(), score.obligations(), score.missingInKey(), score.addressedInKey(),
                checklist.summary().total(), ms);
        System.out.printf("gap recall %.3f   false-missing rate %.3f   evidence in key sections %.2f   not found %s   "
                        + "targets %s%n", score.gapRecall(), score.falseMissingRate(), score.evidenceInKeySections(),
                score.notFound().isEmpty() ? "none" : String.join(", ", score.notFound()),
                score.meetsTargets() ? "met" : "NOT met");
        for (KeyScore.Line l : score.lines()) {
            System.out.printf("  %s %-34s key %-9s checklist %-14s %s%n", l.correct() ? " " : "x", l.id(),
                    l.expected(), l.reported(),
                    l.evidenceInKey() == null ? "" : "evidence in key sections " + l.evidenceInKey());
        }
    }
}
