package org.regatlas.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.regatlas.TestIndex;
import org.regatlas.checklist.layout.Checklist;
import org.regatlas.checklist.decide.ChecklistItem;
import org.regatlas.checklist.ChecklistService;
import org.regatlas.checklist.evidence.Evidence;
import org.regatlas.checklist.decide.ItemStatus;
import org.regatlas.checklist.applicability.ProfileRequest;
import org.regatlas.checklist.read.Protocol;
import org.regatlas.checklist.read.ProtocolException;
import org.regatlas.model.Deadline;

/**
 * Fuzz targets for the checklist: protocol text in any shape goes through reading, structure, profile inference,
 * evidence and decisions, and comes out as a checklist whose every item holds together, within a time bound per input
 * (a {@link Deadline}: an input slower than it is a finding). {@code bench/fuzz.sh} runs them for real.
 */
class ChecklistFuzzTest {
    /**
     * Per input while fuzzing: far above what a fuzzer's short text takes on a quiet core, far below what a hang
     * would. The seeds that every build replays get more room, since a build may share the machine.
     */
    private static final Duration PER_INPUT = Duration.ofSeconds(System.getenv("JAZZER_FUZZ") != null ? 10 : 120);
    private static final ChecklistService CHECKLISTS = warmed(TestIndex.services().checklists());

    /** The first checklist builds the obligation catalog and vocabulary: that one-off cost is not the input's. */
    private static ChecklistService warmed(ChecklistService service) {
        try {
            service.check(service.read("warm.md", "# 1 Treatment\n\nPatients receive the study drug.\n"
                    .getBytes(StandardCharsets.UTF_8)), ProfileRequest.INFER);
        } catch (ProtocolException e) {
            throw new IllegalStateException(e);
        }
        return service;
    }

    @FuzzTest(maxDuration = "10s")
    void markdownProtocolsGiveAConsistentChecklist(@NotNull String markdown) {
        check("protocol.md", markdown.getBytes(StandardCharsets.UTF_8));
    }

    @FuzzTest(maxDuration = "10s")
    void textAndHtmlProtocolsGiveAConsistentChecklist(byte @NotNull [] content) {
        check(content.length % 2 == 0 ? "protocol.txt" : "protocol.html", content);
    }

    /** Reads and checks {@code content} under the per-input deadline; a refusal must say why. */
    private static void check(String name, byte[] content) {
        try (Deadline.Scope scope = Deadline.in(PER_INPUT).enter()) {
            Protocol protocol;
            try {
                protocol = CHECKLISTS.read(name, content);
            } catch (ProtocolException e) {
                assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), "a refusal says why");
                return;
            }
            Checklist checklist = CHECKLISTS.check(protocol, ProfileRequest.INFER);
            String text = squeeze(protocol.text());
            for (ChecklistItem item : checklist.items()) {
                assertNotNull(item.status(), item.provisionId());
                assertFalse(item.reason() == null || item.reason().isBlank(), item.provisionId() + " has a reason");
                if (item.status() == ItemStatus.ADDRESSED) {
                    assertFalse(item.evidence().isEmpty(), item.provisionId() + " addressed without a quote");
                }
                for (Evidence e : item.evidence()) {
                    // A quote is the protocol's own words: it must be found in the text it was taken from.
                    String quote = squeeze(e.quote().split("…", -1)[0]);
                    assertTrue(quote.isEmpty() || text.contains(quote.substring(0, Math.min(40, quote.length()))),
                            item.provisionId() + " quotes text the protocol does not have: " + e.quote());
                }
            }
        }
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
