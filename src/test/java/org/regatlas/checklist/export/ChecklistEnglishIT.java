package org.regatlas.checklist.export;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
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
 * A reviewer who reads no Chinese can use a checklist: on ZUMA-7 every obligation has English, and English that is
 * the team's translation of a Chinese official sentence says so in the item, its citation and every export.
 * Skips without ../shared.
 */
class ChecklistEnglishIT {
    @Test
    void everyZuma7ObligationHasEnglishAndOurTranslationsAreLabelled() throws Exception {
        Checklist checklist = Samples.service().check(Samples.read(Samples.zuma()), ProfileRequest.INFER);
        List<Executable> checks = new ArrayList<>();
        int translated = 0;
        for (ChecklistItem item : checklist.items()) {
            Provision p = TestCorpus.parsed().provision(item.provisionId()).orElseThrow();
            boolean english = ProvisionExtractor.language(item.text()).equals("en") || item.textEn() != null;
            checks.add(() -> assertTrue(english, item.provisionId() + " has no English: " + item.text()));
            if (p.isTranslated("en")) {
                translated++;
                checks.add(() -> assertEquals(List.of("en"), item.translated(), item.provisionId()));
                checks.add(() -> assertTrue(item.citation().endsWith("(" + Citation.UNOFFICIAL + ")"), item.citation()));
            } else {
                // an English official sentence carries the team's Chinese, marked as such; the citation is the English
                List<String> ours = p.isTranslated("zh") ? List.of("zh") : List.of();
                checks.add(() -> assertEquals(ours, item.translated(), item.provisionId()));
                checks.add(() -> assertFalse(item.citation().contains(Citation.UNOFFICIAL), item.citation()));
            }
        }
        assertTrue(translated > 10, "Chinese official obligations in the ZUMA-7 checklist: " + translated);
        String markdown = new String(ChecklistFormat.MD.bytes(checklist), StandardCharsets.UTF_8);
        checks.add(() -> assertTrue(markdown.contains(MarkdownExporter.escape("[" + Citation.UNOFFICIAL + "] ")),
                "the Markdown export labels it"));
        assertAll(checks.stream());
    }
}
