/**
 * Stage 4, applicability: which obligations hold for this protocol. Infers the profile (indication, line, design,
 * population, product) and the investigational product modality, merges what the user set, records the concepts the
 * protocol states, and sets an obligation aside when its document scope, profile dimension, condition ("if MRD is
 * used") or modality (CAR-T-specific on a non-cell product) does not hold, saying why. May use checklist.read,
 * structure and obligation.
 */
@NullMarked
package org.regatlas.checklist.applicability;

import org.jspecify.annotations.NullMarked;
