package org.regatlas.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regatlas.TestCorpus;
import org.regatlas.model.Provenance;
import org.regatlas.model.Provision;

/**
 * Every digest says the same thing as strongly in both languages, by the rules the parser applies to official
 * text: a Chinese reader must not see 应 (MUST) where the English reads "should".
 */
class DigestStrengthAgreementTest {
    @Test
    void englishAndChineseTextOfEveryDigestCarryTheSameStrength() {
        List<String> disagreements = new ArrayList<>();
        int digests = 0;
        for (ParsedDocument d : TestCorpus.parsed().documents()) {
            if (d.meta().provenance() != Provenance.DIGEST) continue;
            for (Provision p : d.provisions()) {
                digests++;
                var en = StrengthRules.classify(p.textEn());
                var zh = StrengthRules.classify(p.textZh());
                if (en != zh) disagreements.add(p.id() + "\t" + p.strength() + "\t" + en + "\t" + zh + "\t" + p.textEn() + "\t" + p.textZh());
            }
        }
        assertTrue(digests > 400, "digests read: " + digests);
        assertEquals(List.of(), disagreements, disagreements.size() + " of " + digests + " disagree:\n" + String.join("\n", disagreements));
    }
}
