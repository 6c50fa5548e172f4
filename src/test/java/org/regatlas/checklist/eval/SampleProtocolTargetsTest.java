package org.regatlas.checklist.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.regatlas.checklist.Samples;
import org.regatlas.checklist.applicability.ProfileRequest;
import org.regatlas.checklist.layout.Checklist;
import org.regatlas.checklist.read.Protocol;

/**
 * The decision on the two sample protocols against their answer keys (../shared/protocols/README.md): gap recall at
 * least 0.95, false-missing rate at most 0.10, every key obligation present as an item. Skips without ../shared.
 */
class SampleProtocolTargetsTest {
    @ParameterizedTest
    @ValueSource(strings = {"cart-ball-single-arm.md", "cart-lbcl-randomized.html"})
    void sampleProtocolMeetsGapRecallAndFalseMissingTargets(String name) throws Exception {
        Path protocolFile = Samples.shared("protocols/" + name);
        Path keyFile = Samples.shared("protocols/keys/" + name.replaceAll("\\.\\w+$", ".json"));
        Protocol protocol = Samples.read(protocolFile);
        Checklist checklist = Samples.service().check(protocol, ProfileRequest.INFER);
        KeyScore score = KeyScorer.score(checklist, AnswerKey.read(keyFile), protocol);
        String wrong = score.lines().stream().filter(l -> !l.correct())
                .map(l -> l.id() + " expected " + l.expected() + ", got " + l.reported() + ": " + l.reason())
                .collect(Collectors.joining("\n"));
        assertEquals(List.of(), score.notFound(), "key obligations with no item");
        assertTrue(score.gapRecall() >= 0.95, "gap recall " + score.gapRecall() + "\n" + wrong);
        assertTrue(score.falseMissingRate() <= 0.10, "false-missing rate " + score.falseMissingRate() + "\n" + wrong);
    }
}
