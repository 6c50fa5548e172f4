package org.regatlas.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.regatlas.TestCorpus;
import org.regatlas.model.Provision;
import org.regatlas.model.Section;

/**
 * The official guideline PDFs in the corpus (FDA, EMA, ICH layouts): each document's headings are its own table of
 * contents, entry for entry and in order (the lists below are the TOCs as printed, leaders and page numbers
 * removed; a heading may go on past its entry, as "A. Cover Sheet (FDA Form-1571) [21 CFR 312.23(a)(1)]:" does),
 * and no provision is page furniture.
 */
class OfficialTextsParseTest {
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)^(?:page\\s*)?\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?$|^[ivxlc]{1,6}$|.*\\.{5,}.*|^[⁰¹²³⁴⁵⁶⁷⁸⁹\\d\\s]+$"
            + "|^contains nonbinding recommendations$|^draft [—-] not for implementation$|.*\\bpage \\d+/\\d+$"
            + "|^table of contents$");

    private static ParsedDocument doc(String id) {
        return TestCorpus.parsed().document(id).orElseThrow();
    }

    private static String key(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) if (Character.isLetterOrDigit(c)) b.append(c);
        return b.toString();
    }

    private static void assertHeadingsAreToc(String id, String toc) {
        List<String> entries = toc.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<String> headings = new ArrayList<>();
        for (Section s : doc(id).root().flatten()) if (s.path() != null) headings.add(s.heading());
        assertEquals(entries.size(), headings.size(), id + ": " + headings);
        for (int i = 0; i < entries.size(); i++) {
            String want = key(entries.get(i));
            String got = key(headings.get(i));
            int n = i;
            assertTrue(got.startsWith(want), () -> id + " heading " + n + " is '" + headings.get(n) + "', the TOC says '"
                    + entries.get(n) + "'");
        }
        for (Provision p : doc(id).provisions()) {
            assertFalse(FURNITURE.matcher(p.text().strip()).matches(), () -> p.id() + " is page furniture: " + p.text());
        }
    }

    @Test
    void ema2017FihRev1HeadingsAreItsTableOfContents() {
        assertHeadingsAreToc("ema-2017-fih-rev1", """
            Executive summary
            1. Introduction (background)
            2. Scope
            3. Legal basis
            4. General considerations
            5. Quality aspects
            5.1. Determination of strength and potency
            5.2. Qualification of the material used
            5.3. Reliability of very small doses
            6. Non-clinical aspects
            6.1. Demonstration of relevance of the animal model
            6.2. Nature of the target
            6.3. Pharmacodynamics
            6.4. Pharmaco- and toxicokinetics
            6.5. Safety pharmacology
            6.6. Toxicology
            7. Dosing selection for FIH and early clinical trials
            7.1. General aspects
            7.2. Starting dose for healthy volunteers
            7.3. Starting Dose for patients
            7.4. Dose escalation
            7.5. Maximum exposure and dose
            7.6. Moving from single to multiple dosing
            7.7. Route of administration
            8. Planning and conduct of FIH and early clinical trials
            8.1. General aspects
            8.2. Protocol
            8.2.1. Overall design
            8.2.2. Integrated protocols
            8.2.3. Choice of subjects
            8.2.4. Subject assessments and interventions
            8.2.5. General considerations for all cohorts
            8.2.6. Precautions to apply between treating subjects within a cohort
            8.2.7. Precautions to apply between cohorts and study parts
            8.2.8. Data review for decision
            8.2.9. Stopping rules
            8.2.10. Monitoring and communication of adverse events/reactions
            8.3. Documentation of sponsor and investigators responsibilities
            8.4. Investigator site facilities and personnel
            Abbreviations
            """);
    }

    @Test
    void fda1995IndPhase1HeadingsAreItsTableOfContents() {
        assertHeadingsAreToc("fda-1995-ind-phase1", """
            I. INTRODUCTION
            II. CURRENT REQUIREMENTS AND PRACTICES
            III. CLARIFICATIONS OF PRESENT IND REGULATIONS
            A. Cover Sheet
            B. Table of Contents
            C. Introductory Statement and General Investigational Plan
            D. Investigator's Brochure
            E. Protocols
            F. Chemistry, Manufacturing, and Control Information
            G. Pharmacology and Toxicology Information
            H. Previous Human Experience with the Investigational Drug
            I. 21 CFR 312.23(a)(10), (11) and (b), (c), (d), and (e)
            IV. REFERENCES
            """);
    }

    @Test
    void fda2014ImmunogenicityHeadingsAreItsTableOfContents() {
        assertHeadingsAreToc("fda-2014-immunogenicity", """
            I. INTRODUCTION
            II. BACKGROUND
            III. CLINICAL CONSEQUENCES
            A. Consequences for Efficacy
            B. Consequences for Safety
            IV. RECOMMENDATIONS FOR IMMUNOGENICITY RISK MITIGATION IN THE CLINICAL PHASE OF DEVELOPMENT OF THERAPEUTIC PROTEIN PRODUCTS
            V. PATIENT- AND PRODUCT-SPECIFIC FACTORS THAT AFFECT IMMUNOGENICITY
            A. Patient-Specific Factors That Affect Immunogenicity
            1. Immunologic Status and Competence of the Patient
            2. Prior Sensitization/History of Allergy
            3. Route of Administration, Dose, and Frequency of Administration
            4. Genetic Status
            5. Status of Immune Tolerance to Endogenous Protein
            B. Product-Specific Factors That Affect Immunogenicity
            1. Product Origin (foreign or human)
            2. Primary Molecular Structure/Posttranslational Modifications
            3. Quaternary Structure: Product Aggregates and Measurement of Aggregates
            4. Glycosylation/Pegylation
            5. Impurities with Adjuvant Activity
            6. Immunomodulatory Properties of the Therapeutic Protein Product
            7. Formulation
            8. Container Closure Considerations
            9. Product Custody
            VI. CONCLUSION
            REFERENCES
            APPENDIX A
            1. Diagnosis of Anaphylaxis
            2. Cytokine Release Syndrome
            3. Non-Acute Immune Responses
            4. Antibody Responses to Therapeutic Protein Products
            5. Utility of Animal Studies
            6. Comparative Immunogenicity Studies
            """);
    }

    @Test
    void fda2024BimoDraftHeadingsAreItsTableOfContents() {
        assertHeadingsAreToc("fda-2024-bimo-draft", """
            I. INTRODUCTION
            II. BACKGROUND
            III. PROCESSES AND PRACTICES APPLICABLE TO BIORESEARCH MONITORING INSPECTIONS
            A. BIMO Processes and Practices
            B. Types of Inspections
            C. International Inspections
            IV. BEST PRACTICES FOR COMMUNICATION BETWEEN THE FDA AND INDUSTRY IN ADVANCE OF, DURING, OR AFTER AN INSPECTION
            A. Pre-announcement Notice and Communication
            B. Inspection Timeframe and Duration
            C. Communication During An Inspection
            D. Communication After An Inspection
            E. Who to Contact at FDA for More Information?
            RESOURCE GUIDE
            """);
    }

    @Test
    void ichM3r2HeadingsAreItsTableOfContents() {
        assertHeadingsAreToc("ich-m3r2", """
            1. INTRODUCTION
            1.1 Objectives of the Guideline
            1.2 Background
            1.3 Scope of the Guideline
            1.4 General Principles
            1.5 High Dose Selection for General Toxicity Studies
            2. PHARMACOLOGY STUDIES
            3. TOXICOKINETIC AND PHARMACOKINETIC STUDIES
            4. ACUTE TOXICITY STUDIES
            5. REPEATED-DOSE TOXICITY STUDIES
            5.1 Clinical Development Trials
            5.2 Marketing Authorization
            6. ESTIMATION OF THE FIRST DOSE IN HUMAN
            7. EXPLORATORY CLINICAL TRIALS
            7.1 Microdose Trials
            7.2 Single-Dose Trials at Sub-therapeutic Doses or into the Anticipated Therapeutic Range
            7.3 Multiple Dose Trials
            8. LOCAL TOLERANCE STUDIES
            9. GENOTOXICITY STUDIES
            10. CARCINOGENICITY STUDIES
            11. REPRODUCTION TOXICITY STUDIES
            11.1 Men
            11.2 Women Not of Childbearing Potential
            11.3 Women of Childbearing Potential
            11.4 Pregnant Women
            12. CLINICAL TRIALS IN PEDIATRIC POPULATIONS
            13. IMMUNOTOXICITY
            14. PHOTOSAFETY TESTING
            15. NONCLINICAL ABUSE LIABILITY
            16. OTHER TOXICITY STUDIES
            17. COMBINATION DRUG TOXICITY TESTING
            18. CONTINUING EFFORTS TO IMPROVE HARMONIZATION
            19. ENDNOTES
            20. REFERENCES
            """);
    }

    @Test
    void ichS6r1OfficialHeadingsAreItsTableOfContents() {
        assertHeadingsAreToc("ich-s6r1-official", """
            PART I:
            1. INTRODUCTION
            1.1 Background
            1.2 Objectives
            1.3 Scope
            2. SPECIFICATION OF THE TEST MATERIAL
            3. PRECLINICAL SAFETY TESTING
            3.1 General Principles
            3.2 Biological Activity/Pharmacodynamics
            3.3 Animal Species/Model Selection
            3.4 Number/Gender of Animals
            3.5 Administration/Dose Selection
            3.6 Immunogenicity
            4. SPECIFIC CONSIDERATIONS
            4.1 Safety Pharmacology
            4.2 Exposure Assessment
            4.2.1 Pharmacokinetics and Toxicokinetics
            4.2.2 Assays
            4.2.3 Metabolism
            4.3 Single Dose Toxicity Studies
            4.4 Repeated Dose Toxicity Studies
            4.5 Immunotoxicity Studies
            4.6 Reproductive Performance and Developmental Toxicity Studies
            4.7 Genotoxicity Studies
            4.8 Carcinogenicity Studies
            4.9 Local Tolerance Studies
            NOTES
            PART II:
            1. INTRODUCTION
            1.1 Purpose of the Addendum
            1.2 Background
            1.3 Scope of the Guideline
            2. SPECIES SELECTION
            2.1 General Principles
            2.2 One or Two Species
            2.3 Use of Homologous Proteins
            3. STUDY DESIGN
            3.1 Dose Selection and Application of PK/PD Principles
            3.2 Duration of Studies
            3.3 Recovery
            3.4 Exploratory Clinical Trials
            4. IMMUNOGENICITY
            5. REPRODUCTIVE AND DEVELOPMENTAL TOXICITY
            6. CARCINOGENICITY
            NOTES
            REFERENCES
            """);
    }

    @Test
    void ichS6PartsKeepTheirOwnNumbering() {
        ParsedDocument d = doc("ich-s6r1-official");
        List<String> paths = d.root().flatten().stream().map(Section::path).filter(p -> p != null).toList();
        assertTrue(paths.containsAll(List.of("I", "I.3.3", "I.notes", "II", "II.3.3", "II.notes", "II.references")),
                paths.toString());
    }

    @Test
    void fdaFootnotesAreNotesOfTheSentencesCitingThem() {
        ParsedDocument d = doc("fda-2014-immunogenicity");
        Provision cites = d.provisions().stream().filter(p -> p.text().endsWith("which is covered in a separate guidance.³"))
                .findFirst().orElseThrow();
        assertTrue(cites.note() != null && cites.note().startsWith("Footnote 3: See the draft guidance"), cites.note());
        assertTrue(d.provisions().stream().noneMatch(p -> p.text().startsWith("See the draft guidance for industry Assay")),
                "a footnote is not a provision");
    }

    @Test
    void draftLineNumbersAndRunningHeadersAreGone() {
        ParsedDocument d = doc("fda-2024-bimo-draft");
        assertEquals("II. BACKGROUND", d.root().flatten().stream().filter(s -> "II".equals(s.path())).findFirst()
                .orElseThrow().heading());
        assertTrue(d.provisions().stream().noneMatch(p -> p.text().matches("^\\d{1,3} [a-z].*")),
                "no provision starts with a margin line number");
        assertTrue(d.provisions().stream().anyMatch(p -> p.id().equals("fda-2024-bimo-draft:II:1")));
    }

    @Test
    void emaAbbreviationsAreEntriesWithoutObligation() {
        ParsedDocument d = doc("ema-2017-fih-rev1");
        List<Provision> abbreviations = d.provisions().stream()
                .filter(p -> "abbreviations".equals(p.section().path())).toList();
        assertTrue(abbreviations.size() >= 25, "one provision per abbreviation: " + abbreviations.size());
        assertTrue(abbreviations.stream().allMatch(p -> p.strength() == org.regatlas.model.Strength.INFO));
        assertTrue(abbreviations.stream().anyMatch(p -> p.text().startsWith("MABEL")));
    }
}
