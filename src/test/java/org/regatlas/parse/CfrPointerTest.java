package org.regatlas.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A CFR section cited as where a rule sits is no legal-basis of its own; its section number stays (TopicRules). */
class CfrPointerTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "must be reported to FDA under 21 CFR 312.32.|must be reported to FDA under §312.32.",
        "a caution statement as required by 21 CFR 312.6(a).|a caution statement as required by §312.6(a).",
        "on a regulatory issue (21 CFR 10.115(b)).|on a regulatory issue (§10.115(b)).",
        "2. Drug Product [21 CFR 312.23 (a)(7)(iv)(b)]:|2. Drug Product  :",
        "Current regulations at 21 CFR 312.22 and 312.23 contain the principles.|"
                + "Current regulations at 21 CFR 312.22 and 312.23 contain the principles.",
    })
    void aCitedSectionLosesItsCfrButKeepsItsNumber(String text, String subject) {
        assertEquals(subject, TopicRules.headingSubject(text));
    }
}
