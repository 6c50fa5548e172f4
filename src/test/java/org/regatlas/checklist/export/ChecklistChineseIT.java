package org.regatlas.checklist.export;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.regatlas.TestCorpus;
import org.regatlas.checklist.Samples;
import org.regatlas.checklist.applicability.ProfileRequest;
import org.regatlas.checklist.decide.ChecklistItem;
import org.regatlas.checklist.decide.Citation;
import org.regatlas.checklist.layout.Checklist;
import org.regatlas.model.Provision;
import org.regatlas.parse.ProvisionExtractor;

/**
 * A reviewer who reads Chinese first can use a checklist of a Chinese protocol: every obligation has Chinese, an ICH,
 * EMA or FDA official sentence the team's translation, labelled as ours in the item and every export, a digest its
 * own Chinese wording (no translation). Every export carries it too.
 */
class ChecklistChineseIT {
    @Test
    void everyObligationOfAChineseProtocolsChecklistHasChineseAndOurTranslationsAreLabelled() throws Exception {
        Checklist checklist = Samples.checkFixture("zh/zh-mm-phase1.md", ProfileRequest.INFER);
        List<Executable> checks = new ArrayList<>();
        int translated = 0;
        int digests = 0;
        for (ChecklistItem item : checklist.items()) {
            Provision p = TestCorpus.parsed().provision(item.provisionId()).orElseThrow();
            boolean chinese = ProvisionExtractor.language(item.text()).equals("zh") || item.textZh() != null;
            checks.add(() -> assertTrue(chinese, item.provisionId() + " has no Chinese: " + item.text()));
            if (p.isTranslated("zh")) {
                translated++;
                checks.add(() -> assertEquals(List.of("zh"), item.translated(), item.provisionId()));
                checks.add(() -> assertEquals(p.textZh(), item.textZh(), item.provisionId()));
            } else if (item.textZh() != null) {
                digests++;
                checks.add(() -> assertEquals("digest", item.source().provenance(), item.provisionId()));
                checks.add(() -> assertTrue(item.translated().isEmpty(), item.provisionId()));
            } else {
                checks.add(() -> assertNull(item.textZh(), item.provisionId()));
            }
        }
        assertTrue(translated > 100, "English official obligations in the checklist: " + translated);
        assertTrue(digests > 10, "English digests with their Chinese in the checklist: " + digests);
        // the item sheet of the Excel export, and the requirement rows of every export
        String items = ChecklistTable.rows(checklist).toString();
        checks.add(() -> assertTrue(items.contains("[" + Citation.UNOFFICIAL_ZH + "] "), "the item rows label it"));
        String csv = new String(ChecklistFormat.CSV.bytes(checklist), java.nio.charset.StandardCharsets.UTF_8);
        checks.add(() -> assertTrue(csv.contains("[" + Citation.UNOFFICIAL_ZH + "] "), "the CSV export labels it"));
        // a Chinese official obligation is quoted in its own words, its English after it
        checks.add(() -> assertTrue(csv.contains("。\n[" + Citation.UNOFFICIAL + "] "),
                "the CSV quotes a Chinese official sentence and then our English"));
        assertAll(checks.stream());
    }
}
