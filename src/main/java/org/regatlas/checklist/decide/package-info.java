/**
 * Stage 6, decide: the status of each obligation (addressed, partial, missing, needs-review, not-applicable,
 * outside-protocol) from its evidence, with a reason that names as stated only what the quotes contain; the
 * {@link ChecklistItem} record every later stage reads. May use the earlier checklist stages.
 */
@NullMarked
package org.regatlas.checklist.decide;

import org.jspecify.annotations.NullMarked;
