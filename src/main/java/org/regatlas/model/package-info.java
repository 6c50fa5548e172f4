/**
 * The records shared by every pipeline stage: documents, sections, provisions and their closed vocabularies.
 * Depends on the JDK only (and JSpecify annotations); every other package may use it.
 */
@NullMarked
package org.regatlas.model;

import org.jspecify.annotations.NullMarked;
