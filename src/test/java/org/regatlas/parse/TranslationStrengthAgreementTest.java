package org.regatlas.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.regatlas.TestCorpus;
import org.regatlas.model.Provision;
import org.regatlas.model.Strength;

/**
 * The team's Chinese of an English official sentence says it no more and no less strongly than the English: a Chinese
 * reader must not see 必须, 应当 or 不得 where the English asks nothing mandatory, nor lose a "should" (rendered 宜,
 * 建议 or 考虑, never 应). The Chinese rules the parser applies to official Chinese text cannot be the yardstick here:
 * they read 需要 and 有必要 ("is warranted", "calls for") as MUST, which is their Chinese sense, not the English one.
 */
class TranslationStrengthAgreementTest {
    private static final Pattern MANDATORY_ZH = Pattern.compile("必须|应当|不得");
    private static final Pattern MANDATORY_EN = Pattern.compile(
            "(?i)\\b(?:must|shall|required|requires?|mandatory|prohibit\\w*)\\b");
    private static final Pattern SHOULD = Pattern.compile("(?i)\\bshould\\b");
    /** "should" as a word talked about, or opening a condition ("should an inspection occur"): no modal force. */
    private static final Pattern NOT_MODAL = Pattern.compile("(?i)the word should|\\bshould (?:an?|the) \\w+ (?:occur|be)");
    private static final Pattern RECOMMENDED_ZH = Pattern.compile("宜|建议|考虑");

    @Test
    void theChineseOfEveryEnglishOfficialSentenceIsAsStrongAsItsEnglish() {
        List<String> stronger = new ArrayList<>();
        List<String> weaker = new ArrayList<>();
        int translated = 0;
        for (ParsedDocument d : TestCorpus.parsed().documents()) {
            for (Provision p : d.provisions()) {
                if (!p.isTranslated("zh")) continue;
                translated++;
                if (p.strength() != Strength.MUST && MANDATORY_ZH.matcher(p.textZh()).find()
                        && !MANDATORY_EN.matcher(p.text()).find()) {
                    stronger.add(p.id() + "\t" + p.strength() + "\t" + p.text() + "\t" + p.textZh());
                }
                if (SHOULD.matcher(p.text()).find() && !NOT_MODAL.matcher(p.text()).find()
                        && !RECOMMENDED_ZH.matcher(p.textZh()).find()) {
                    weaker.add(p.id() + "\t" + p.text() + "\t" + p.textZh());
                }
            }
        }
        assertTrue(translated > 1500, "translated sentences read: " + translated);
        assertEquals(List.of(), stronger, "Chinese mandatory where the English is not:\n" + String.join("\n", stronger));
        assertEquals(List.of(), weaker, "a 'should' lost in Chinese:\n" + String.join("\n", weaker));
    }
}
