package org.regatlas.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        Such information can be obtained from dose-ranging studies.             | MAY    | false
        Extended single-dose studies can support single-dose human trials.      | MAY    | false
        In certain justified cases one relevant species may suffice.            | MAY    | false
        Deviations outside these ranges may be possible if justified.           | MAY    | false
        In the EU, studies of 6 months duration are considered acceptable.      | MAY    | false
        Comparable products may need less extensive toxicity testing.           | MAY    | false
        There is no need to study the individual binding components.            | MAY    | false
        Immune response generation may also be affected by patient age.         | INFO   | false
        They may promote the generation of neutralizing antibodies.             | INFO   | false
        Clinical signs may include fever and rash.                              | INFO   | false
        The records that may be inspected are listed in the program.            | INFO   | false
        Such markers may serve as signals of a proinflammatory response.        | INFO   | false
        How well effects can be monitored in the trial should also be addressed.| SHOULD | false
        Unblinding can be done at the discretion of the investigator and arrangements for this should be documented.| SHOULD | false
        Unanticipated responses may require a revised dose escalation.          | SHOULD | false
        Real-time assessments may be recommended for safety reasons.            | SHOULD | false
        A specific assay for the analyte is preferred.                          | SHOULD | false
        It is important to select relevant animal species.                      | SHOULD | false
        The collection of baseline data is critical to optimise study design.   | SHOULD | false
        Toxicity studies are expected to be performed in compliance with GLP.   | SHOULD | false
        Information on safety needs to be integrated from many sources.         | MUST   | false
        It is imperative that the protocol gives clear unblinding instructions. | MUST   | false
        Under current regulations, any use of a new drug requires submission of an IND.| MUST   | false
        It should be read in conjunction with Directive 2001/83/EC.             | INFO   | false
        Ordinarily, two to three pages should suffice.                          | INFO   | false
        The purpose of this document is to recommend international standards.   | INFO   | false
        The recommended criteria for starting doses are described in Table 3.   | INFO   | false
        The genotoxicity studies recommended to support these approaches are discussed in Section 7.| INFO   | false
        During these studies, subjects were encouraged to avoid pregnancy.      | INFO   | false
        Most sponsors have concluded that a final report is required.           | INFO   | false
        The extent of information required to perform an assessment will vary.  | INFO   | false
        It is not essential to demonstrate the MTD in every study.              | INFO   | false
        There is a risk of reduced accuracy in cases where the product needs to be diluted.| INFO   | false
        Inspection duration depends on whether FDA needs to follow up on complaints.| INFO   | false
        If these occur far above the clinical range then such studies may not be necessary.| MAY    | false
        If a novel vehicle is being employed then its local tolerance should be assessed.| SHOULD | false
        Alternative models may have to be developed and evaluated.              | SHOULD | false
        They could be derived from cell cultures.                               | INFO   | false
        Tests that should be submitted will vary according to the dosage form.  | INFO   | false
        The regulations are silent on whether the material should be based on final reports.| INFO   | false
        Sponsors who believe their product is excluded should submit a statement.| SHOULD | false
        Any anticipated responses should be used to identify likely adverse reactions.| SHOULD | false
        Such information could be useful to predict overdose and should be available before Phase III.| SHOULD | false
        This approach is expected for all single and multiple dosing cohorts.   | SHOULD | false
        However, in specific cases (i.e., where other approaches cannot be used) TCR studies can be used.| MAY    | false
        Staggered dosing among individual patients and dosing cohorts is appropriate.| SHOULD | false
        It is considered appropriate to dose a single sentinel subject first.   | SHOULD | false
        It is particularly important in multicentre trials to define the processes.| SHOULD | false
        Standard carcinogenicity bioassays are generally inappropriate for these products.| SHOULD | true
        A large difference in potency might suggest that testing higher doses is appropriate.| INFO   | false
        One validated method is usually considered sufficient.                  | MAY    | false
        The use of one species is justified when the candidate is active in only one species.| MAY    | false
        A cautious approach in the conduct of such a trial is needed.           | MUST   | false
        Unscheduled sampling is necessary for establishing the clinical relevance of ADAs.| MUST   | false
        A high degree of clinical suspicion is necessary for the diagnosis.     | INFO   | false
        The multiples of the dose that are needed to determine safety margins may vary.| INFO   | false
        Toxicity studies in non-relevant species may be misleading and are discouraged.| SHOULD | true
        There is still a preference to test the clinical candidate.             | SHOULD | false
        A recovery arm is optional.                                             | MAY    | false
        Sponsors will need to submit the final report.                          | MUST   | false
        Further research is needed to understand the mechanism.                 | INFO   | false
        A 90-day combination toxicity study would also support marketing.       | MAY    | false
        Six month rodent and 9 month non-rodent studies generally support dosing for longer than 6 months.| MAY | false
        In some circumstances it might be appropriate to base the margin on Cmax values.| MAY | false
        When the design includes placebo it would be appropriate to dose two subjects first.| MAY | false
        A single dose level and control group would provide adequate evidence of hazard.| MAY | false
        These data can provide adequate information to communicate risk to reproduction.| MAY | false
        Additional nonclinical studies might not be warranted.                  | MAY    | false
        Embryo-fetal developmental studies are not critical to support clinical studies for males.| MAY | false
        Re-enrolment into higher dose cohorts is only possible after a defined washout period.| MAY | false
        Restart is possible without a substantial amendment if review leads to a conclusion.| MAY | false
        Repeated assessments are crucial for the recognition of developing toxicity.| SHOULD | false
        Appropriate transport and storage is of utmost importance in preserving product quality.| SHOULD | false
        Patient instruction by caregivers is vital to ensuring product quality.| SHOULD | false
        Other details to include are the exact remit of the group.              | SHOULD | false
        Specific areas to be addressed include determination of strength and potency.| SHOULD | false
        Neutralizing antibodies can cause loss of efficacy.                     | INFO   | false
        For some products it may not be possible to define a specific maximum dose.| INFO | false
        It is possible that antibodies cross-react with the endogenous protein.| INFO   | false
        Proteins that are vital to embryonic development are a special case.   | INFO   | false
        These factors are critical elements in the immunogenicity risk assessment.| INFO | false
        Studies in NHPs can only provide hazard identification.                 | INFO   | false
        Aggregates might be recognised by the immune system as danger signals.  | INFO   | false
        Such exposure would be seen only at doses far above the clinical range. | INFO   | false
        Although these processes are critical for the maintenance of a valid study, few sponsors audit them.| INFO | false
        Submission of a copy of the certificate of analysis is also suggested.  | SHOULD | false
        Banking of serum samples for future testing is always advisable.        | SHOULD | false
        It is often useful to obtain appropriate samples during the course of the study.| SHOULD | false
        Careful dosing selection of an IMP is a vital element to safeguard the subjects.| SHOULD | false
        Product origin is an important factor that can influence immunogenicity.| INFO   | false
        A secure supply chain is critical.                                      | SHOULD | false
        The type and steepness of the dose response relationship are of particular importance.| SHOULD | false
        Of high importance in the protocol is a plan for prompt communication of SUSARs.| SHOULD | false
        This collaboration is important to the BIMO program.                    | INFO   | false
        Where potency is lower in the selected species, testing of higher doses may be important.| SHOULD | false
        An earlier assessment of acute toxicity could be important for these indications.| SHOULD | false
        As products differ, different parts of the guideline may be important for some and inapplicable to others.| INFO | false
        Characterization of neutralizing potential is warranted when ADAs are detected.| SHOULD | false
        This evaluation can determine whether juvenile animal studies are warranted.| INFO | false
        Such trials can be initiated with less support than is generally warranted.| MAY  | false
        In the case of an intravenous administration, a slow infusion may be more appropriate than a bolus.| MAY | false
        Comparisons of target sequence homology can be an appropriate starting point.| MAY | false
        Conventional approaches to toxicity testing may not be appropriate for biopharmaceuticals.| MAY | false
        Studies of 6 months duration have generally been appropriate.           | MAY    | false
        The NOAEL can serve as the starting point for determining a safe starting dose.| MAY | false
        The use of standard genotoxicity studies for process contaminants is not considered appropriate.| SHOULD | true
        Such studies are generally not recommended in the United States.        | SHOULD | true
        Combination toxicity studies would generally not be recommended to support these trials.| SHOULD | true
        Dosing of the mother post-partum is generally not recommended.          | SHOULD | true
        Deviations from the pre-specified criteria would warrant a substantial amendment.| SHOULD | false
        This concern would be modified depending on the margins of safety.      | INFO   | false
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

    /** Each row: text | the second sentence's start: a lower-case label opens the item, it does not end the sentence before. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Preliminary specifications should be available. f. Information to support stability: | f. Information
        Studies of the same duration can support them. b. In some circumstances trials can start. | b. In some
        The study is deferred (see Section 5)). a. General toxicity studies follow GLP.   | a. General
        Data were pooled, i.e. The sponsor decides. Later text.                          | Later text.
        Doses were high. e.g. Cmax rose. Others follow.                                   | Others follow.
        """)
    void aLowerCaseLabelOpensTheNextItem(String text, String second) {
        String t = text.strip();
        List<org.regatlas.model.Span> spans = EnglishSentenceSplitter.split(t);
        assertEquals(2, spans.size(), spans.stream().map(s -> t.substring(s.start(), s.end())).toList().toString());
        assertTrue(t.substring(spans.get(1).start()).startsWith(second.strip()), t.substring(spans.get(1).start()));
    }
}
