package org.regatlas.checklist.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusScorerTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Four items: a:addressed, b:missing, c:partial, d:missing (d's id renumbered from x). */
    private static ChecklistJson checklist() throws Exception {
        return ChecklistJson.of(MAPPER.readTree("""
                {"items": [
                  {"provisionId": "doc:1:1", "text": "Alpha obligation text", "status": "addressed"},
                  {"provisionId": "doc:1:2", "text": "Beta obligation text", "status": "missing"},
                  {"provisionId": "doc:1:3", "text": "Gamma obligation text", "status": "partial"},
                  {"provisionId": "doc:1:5", "text": "Delta obligation text", "status": "missing"}
                ]}"""));
    }

    private static StatusKey.Entry entry(String id, String marker, String origin, String... acceptable) {
        return new StatusKey.Entry(id, marker, null, origin, List.of(acceptable), null, null, "");
    }

    @Test
    void countsAnItemRightWhenItsStatusIsAcceptable() throws Exception {
        StatusScore s = StatusScorer.score(checklist(), "t", List.of(
                entry("doc:1:1", "Alpha", "sample", "addressed"),
                entry("doc:1:2", "Beta", "sample", "not-applicable"),
                entry("doc:1:3", "Gamma", "other", "addressed", "partial"),
                entry("doc:1:4", "Delta", "other", "missing")));
        assertEquals(3, s.accuracy().hits());
        assertEquals(4, s.accuracy().total());
        assertEquals(1.0, s.addressedPrecision().value());
        assertEquals(Ratio.of(1, 2), s.missingPrecision());
        assertEquals(Ratio.of(1, 1), s.missingRecall());
        assertEquals(Map.of("missing", 1), s.confusion().get("not-applicable"));
        assertEquals(Ratio.of(1, 2), s.byOrigin().get("sample"));
        assertTrue(s.lines().get(3).right(), "found by its marker after renumbering");
    }

    @Test
    void anItemTheChecklistLeavesOutIsAbsent() throws Exception {
        StatusScore s = StatusScorer.score(checklist(), "t", List.of(
                entry("doc:9:9", "Omega", "sample", "absent"),
                entry("doc:9:8", "Psi", "sample", "addressed")));
        assertEquals(List.of("absent", "absent"), s.lines().stream().map(StatusScore.Line::reported).toList());
        assertEquals(Ratio.of(1, 2), s.accuracy());
        assertNull(s.addressedPrecision().value(), "nothing was called addressed");
    }

    @Test
    void aMarkerHeldByTwoItemsFallsBackToTheProvisionId() throws Exception {
        ChecklistJson c = ChecklistJson.of(MAPPER.readTree("""
                {"items": [
                  {"provisionId": "a:1", "text": "same words here", "status": "addressed"},
                  {"provisionId": "b:1", "text": "same words here too", "status": "missing"}
                ]}"""));
        assertEquals("missing", c.status(c.find("b:1", "samewords")));
        assertEquals("absent", c.status(c.find("c:1", "samewords")));
    }

    @Test
    void scoresEachKeyAndAllTogether() throws Exception {
        StatusKey a = new StatusKey("audit", "p", List.of(entry("doc:1:1", "Alpha", "sample", "addressed")));
        StatusKey b = new StatusKey("heldout", "p", List.of(entry("doc:1:2", "Beta", "heldout", "partial")));
        List<StatusScore> scores = StatusScorer.score(checklist(), List.of(a, b));
        assertEquals(List.of("audit", "heldout", "all"), scores.stream().map(StatusScore::set).toList());
        assertEquals(Ratio.of(1, 2), scores.get(2).accuracy());
    }

    @Test
    void readsAKeyAndRejectsAnUnknownStatus(@TempDir Path dir) throws Exception {
        Path ok = dir.resolve("ok.json");
        Files.writeString(ok, """
                {"set": "audit", "protocol": "p.pdf", "items": [
                  {"provisionId": "doc:1:1", "marker": "Alpha", "auditNo": 1, "origin": "sample",
                   "status": "partial", "acceptable": ["partial", "needs-review"], "protocolSection": "5.1",
                   "page": 28, "rationale": "r"}]}""");
        assertTrue(StatusKey.isStatusKey(MAPPER.readTree(ok.toFile())));
        StatusKey key = StatusKey.read(ok);
        assertEquals(List.of("partial", "needs-review"), key.entries().getFirst().acceptable());
        assertEquals(28, key.entries().getFirst().page());
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, """
                {"set": "audit", "items": [{"provisionId": "doc:1:1", "marker": "Alpha", "status": "done"}]}""");
        var e = assertThrows(IllegalArgumentException.class, () -> StatusKey.read(bad));
        assertTrue(e.getMessage().contains("'done'"), e.getMessage());
        assertFalse(StatusKey.isStatusKey(MAPPER.readTree("[{\"id\": \"x\"}]")));
    }
}
