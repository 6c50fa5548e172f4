package org.regatlas.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.regatlas.api.Json;
import org.regatlas.checklist.eval.AnswerKey;
import org.regatlas.checklist.layout.Checklist;
import org.regatlas.checklist.ChecklistService;
import org.regatlas.checklist.eval.KeyScore;
import org.regatlas.checklist.eval.KeyScorer;
import org.regatlas.checklist.read.Protocol;
import org.regatlas.checklist.read.ProtocolException;
import org.regatlas.checklist.eval.CartKey;
import org.regatlas.checklist.eval.KeyEvaluation;
import org.regatlas.checklist.eval.ProfileKey;
import org.regatlas.checklist.eval.ProfileScore;
import org.regatlas.checklist.eval.StatusKey;
import org.regatlas.checklist.eval.StatusScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code regatlas eval-checklist PROTOCOL KEY.json...}: builds the protocol's checklist and scores it. A sample
 * protocol's answer key (../shared/protocols/README.md) gives gap recall and the false-missing rate; status keys
 * (src/test/resources/eval/checklist-keys) give status accuracy, precision of addressed and missing, and a confusion
 * matrix, per key and over all. {@code --profiles KEY.json --cart KEY.json} instead checks every real protocol of
 * the profile key: modality, design, the not-cell-therapy warning, CAR-T-specific obligations set aside. Exit status
 * 0 whatever the score; {@code --json} for machines.
 */
@Command(name = "eval-checklist",
        description = "Score checklists against answer keys (gap recall; status accuracy; profile and modality).")
final class EvalChecklistCommand implements Runnable {
    @Mixin
    CorpusOptions corpus;

    @Mixin
    ChecklistCommand.ProfileOptions profile;

    @Parameters(paramLabel = "PROTOCOL KEY.json", arity = "0..*",
            description = "The protocol, then one sample-protocol key or one or more status keys.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--profiles", paramLabel = "KEY.json", description = "Score every protocol of this profile key.")
    Path profiles;

    @Option(names = "--cart", paramLabel = "KEY.json",
            description = "The CAR-T-specific key, for --profiles (default: cart-specific.json beside it).")
    Path cart;

    @Option(names = "--shared", paramLabel = "DIR", defaultValue = "../shared",
            description = "The folder the profile key's files are relative to (default: ${DEFAULT-VALUE}).")
    Path shared;

    @Option(names = "--json", description = "Print the score as JSON.")
    boolean json;

    @Override
    public void run() {
        if (profiles != null) {
            if (!files.isEmpty()) throw new IllegalArgumentException("--profiles takes no PROTOCOL or KEY arguments");
            runProfiles();
            return;
        }
        if (files.size() < 2) throw new IllegalArgumentException("give a PROTOCOL and at least one KEY.json");
        Path protocolFile = files.getFirst();
        List<Path> keyFiles = files.subList(1, files.size());
        List<StatusKey> statusKeys = new ArrayList<>();
        for (Path k : keyFiles) {
            if (StatusKey.isStatusKey(readJson(k))) statusKeys.add(StatusKey.read(k));
        }
        if (statusKeys.isEmpty() && keyFiles.size() == 1) {
            runSampleKey(protocolFile, keyFiles.getFirst());
        } else if (statusKeys.size() == keyFiles.size()) {
            runStatusKeys(protocolFile, statusKeys);
        } else {
            throw new IllegalArgumentException("give either one sample-protocol key or only status keys");
        }
    }

    private void runStatusKeys(Path protocolFile, List<StatusKey> keys) {
        KeyEvaluation eval = new KeyEvaluation(ChecklistService.of(corpus.load()), profile.request());
        long start = System.nanoTime();
        List<StatusScore> scores = eval.status(protocolFile, keys);
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (json) {
            System.out.println(Json.pretty(scores));
            return;
        }
        System.out.printf("%s: %d checklist items; %d ms%n", protocolFile.getFileName(),
                eval.checklist(protocolFile).size(), ms);
        EvalReport.statusTable(scores);
        EvalReport.confusion(scores.getLast());
        for (StatusScore s : scores.subList(0, keys.size())) EvalReport.wrongLines(s);
    }

    private void runProfiles() {
        ProfileKey key = ProfileKey.read(profiles);
        Path cartFile = cart != null ? cart : profiles.resolveSibling("cart-specific.json");
        CartKey cartKey = CartKey.read(cartFile);
        if (!Files.isDirectory(shared)) throw new IllegalArgumentException(shared + " is not a folder");
        KeyEvaluation eval = new KeyEvaluation(ChecklistService.of(corpus.load()), profile.request());
        ProfileScore score = eval.profiles(shared, key, cartKey);
        if (json) {
            System.out.println(Json.pretty(score));
            return;
        }
        EvalReport.profiles(score);
    }

    private void runSampleKey(Path protocolFile, Path keyFile) {
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

    private static com.fasterxml.jackson.databind.JsonNode readJson(Path file) {
        try {
            return Json.mapper().readTree(file.toFile());
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read as JSON (" + e.getMessage() + ")", e);
        }
    }
}
