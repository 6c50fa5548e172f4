/**
 * The checklist generator: checks a clinical-trial protocol against the corpus, obligation by obligation. Its stages
 * are sub-packages and depend one way, each on those before it (ArchitectureTest enforces the order):
 * {@code read → structure → obligation → applicability → evidence → decide → layout → export}. This package is the
 * entry point that composes them ({@link ChecklistService} for callers, {@link ChecklistBuilder} for one protocol);
 * {@code checklist.eval} scores checklists against answer keys. May use model, corpus, parse, index, search, Lucene,
 * Jackson and POI; never Javalin or picocli.
 */
@NullMarked
package org.regatlas.checklist;

import org.jspecify.annotations.NullMarked;
