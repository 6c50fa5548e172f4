package org.regatlas.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regatlas.model.Strength;

/** English strength and sentence rules of the official texts, table-driven (cases written for the rules). */
class EnglishRulesTest {
    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
        Sponsors must submit the report within 15 days.                         | MUST   | false
        The applicant shall notify the agency.                                  | MUST   | false
        A rationale is required for the starting dose.                          | MUST   | false
        The IMP must not be administered to a second subject before review.     | MUST   | true
        The sponsor should justify the dose.                                    | SHOULD | false
        FDA recommends that sponsors collect pre-dose samples.                  | SHOULD | false
        FDA expects sponsors to monitor for anaphylaxis.                        | SHOULD | false
        Sponsors should not rely on a single assay.                             | SHOULD | true
        Sponsors may submit a summary report.                                   | MAY    | false
        Transgenic models can be considered when no relevant species exists.    | MAY    | false
        Immune responses may pose problems for patient safety.                  | INFO   | false
        Incorporation of these indices may provide useful information.          | INFO   | false
        It should be noted that historical data are scarce.                     | INFO   | false
        This guidance should facilitate the timely conduct of clinical trials.  | INFO   | false
        If multiple sites must be involved, the protocol should describe them.  | SHOULD | false
        Further studies may be needed.                                          | SHOULD | false
        Flexibility can be allowed but any plan should be pre-defined.          | SHOULD | false
        The use of the word should in Agency guidances means that something is suggested or recommended, but not required. | INFO | false
        The regulation requires submission of a summary of each study.         | MUST   | false
        Present regulations require a copy of the label.                        | MUST   | false
        21 CFR 312.23(a)(7) requires a description of the drug substance.       | MUST   | false
        It is the sponsor’s responsibility to define the degree of uncertainty. | MUST   | false
        It is the applicant's responsibility to keep the records.               | MUST   | false
        Investigators are responsible for reporting deviations.                 | MUST   | false
        FDA believes that most products should qualify for an exclusion.        | INFO   | false
        The agency anticipates that few studies should be affected.             | INFO   | false
        The principles outlined can also apply to combinations.                 | INFO   | false
        Similar considerations may apply to other products.                     | INFO   | false
        Sponsors may apply for a waiver.                                        | MAY    | false
        If a study addresses a concern it should generally be completed first.  | SHOULD | false
        When data are scarce they must be justified.                            | MUST   | false
        If a study is planned in children.                                      | INFO   | false
        """)
    void classifiesEnglishStrength(String sentence, Strength strength, boolean prohibition) {
        assertEquals(new EnglishStrengthRules.Verdict(strength, prohibition), EnglishStrengthRules.classify(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Use e.g. a sentinel design. Then escalate.                               | 2
        The agency (i.e., FDA) decides. Sponsors comply.                         | 2
        Studies in the U.S. Department of Health are listed. Others follow.      | 2
        As shown by Smith et al. 2004, antibodies persist. They matter.          | 2
        See 21 CFR 312.23(a)(8) for details. The report follows.                 | 2
        1. Anaphylaxis is a serious reaction. It is acute.                       | 2
        a. A description of the drug substance is needed.                        | 1
        This is covered in a separate guidance.³ Footnotes stay.                 | 2
        The dose was 3.5 mg. Doses of 0.1–2 microns follow.                      | 2
        """)
    void splitsEnglishSentences(String text, int count) {
        List<org.regatlas.model.Span> spans = EnglishSentenceSplitter.split(text.strip());
        assertEquals(count, spans.size(), spans.stream().map(s -> text.strip().substring(s.start(), s.end())).toList().toString());
    }
}
