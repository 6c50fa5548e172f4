package org.regatlas.checklist.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Checklists of the real protocols scored against the profile key and the CAR-T-specific key.
 *
 * @param modality           protocols whose modality the checklist reports right
 * @param design             protocols whose randomized and single-arm values are both right
 * @param phase              protocols whose phase the checklist reports right (not reporting one counts wrong)
 * @param warning            protocols where the not-cell-therapy warning is present exactly when owed
 * @param cartSpecificSetAside over the protocols that are no cell or gene therapy: CAR-T-specific obligations the
 *                           checklist marks not-applicable or leaves out
 * @param classSharedKept    over the same protocols: class-shared obligations still checked (not set aside)
 */
public record ProfileScore(Ratio modality, Ratio design, Ratio phase, Ratio warning, Ratio cartSpecificSetAside,
                           Ratio classSharedKept, List<Line> protocols) {
    /**
     * One protocol. Reported values are null when the checklist's JSON does not state them.
     *
     * @param cartSpecificSetAside CAR-T-specific obligations marked not-applicable or left out
     * @param cartSpecificOutside  CAR-T-specific obligations marked outside-protocol (not counted as set aside)
     */
    public record Line(String name, String modality, @Nullable String modalityReported, boolean randomized,
                       boolean randomizedReported, boolean singleArm, boolean singleArmReported,
                       @Nullable String phase, @Nullable String phaseReported, boolean warningOwed,
                       boolean warningPresent, Ratio cartSpecificSetAside, int cartSpecificOutside,
                       Ratio classSharedKept) {
        @JsonProperty
        public boolean modalityRight() {
            return modality.equals(modalityReported);
        }

        @JsonProperty
        public boolean designRight() {
            return randomized == randomizedReported && singleArm == singleArmReported;
        }

        @JsonProperty
        public boolean phaseRight() {
            return phase != null && phase.equals(phaseReported);
        }

        @JsonProperty
        public boolean warningRight() {
            return warningOwed == warningPresent;
        }
    }

    public ProfileScore {
        protocols = List.copyOf(protocols);
    }
}
