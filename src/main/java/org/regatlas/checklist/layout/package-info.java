/**
 * Stage 7, layout: the consultant's view of the items. Merges equivalent obligations of CN, US, EU and ICH into one
 * requirement, orders requirements by protocol section in ICH M11 order, derives severity and writes the one-line
 * "what to add" suggestion; {@link Checklist} is the whole result. May use the earlier checklist stages.
 */
@NullMarked
package org.regatlas.checklist.layout;

import org.jspecify.annotations.NullMarked;
