package org.regatlas.checklist.applicability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regatlas.checklist.Samples;
import org.regatlas.checklist.read.Protocol;
import org.regatlas.checklist.structure.PassageFilter;
import org.regatlas.checklist.structure.SectionTree;
import org.regatlas.corpus.SourceText;

/** The product's modality from a protocol's title page: product descriptions and INN stems, comparators ignored. */
class ModalityInferenceTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            A Phase 3 Study of Axicabtagene Ciloleucel versus Standard of Care                | car-t
            Anti-CD19 chimeric antigen receptor T cells in relapsed B-ALL                      | car-t
            A Phase 2 Study of Elranatamab Monotherapy in Multiple Myeloma                    | t-cell-engager
            A BCMA x CD3 bispecific antibody in RRMM                                           | t-cell-engager
            Pembrolizumab vs. Physicians' Choice of Docetaxel in Esophageal Cancer             | antibody
            Fulvestrant with or without Palbociclib in HR+ Breast Cancer                       | small-molecule
            A Phase 1 Trial of an AAV gene therapy for hemophilia                              | gene-therapy-vector
            Afamitresgene autoleucel in synovial sarcoma                                       | tcr-t
            Allogeneic mesenchymal stromal cells for steroid-refractory GvHD                   | unmodified-cells
            """)
    void infersTheModalityFromTheTitlePage(String title, String modality) {
        Protocol p = Samples.service().read("protocol.txt", SourceText.ofLines(List.of(title,
                "1 Introduction", "The study treats patients with rituximab-refractory disease."), List.of()));
        assertEquals(List.of(modality), ModalityInference.infer(p, new PassageFilter(new SectionTree(p))).stream()
                .map(Modality::wireName).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            bispecific    | t-cell-engager
            CAR-T         | car-t
            small molecule | small-molecule
            gene therapy  | gene-therapy-vector
            """)
    void namesAUserMayGiveAreKnown(String given, String modality) {
        assertEquals(modality, Modality.named(given).orElseThrow().wireName());
    }
}
