/**
 * Measures a checklist against keys judged by hand on real protocols (src/test/resources/eval/checklist-keys): status
 * keys (accuracy, precision of addressed and missing, confusion matrix), the profile key (modality, design, the
 * not-cell-therapy warning) and the CAR-T-specific key (how many such obligations a non-cell protocol sets aside).
 * Scorers read the checklist's JSON, the contract in DESIGN.md, so they keep working when the records behind it
 * change. May use model, checklist and Jackson.
 */
@NullMarked
package org.regatlas.checklist.eval;

import org.jspecify.annotations.NullMarked;
