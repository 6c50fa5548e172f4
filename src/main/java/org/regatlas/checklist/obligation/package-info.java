/**
 * Stage 3, obligation: the guideline side. Turns the corpus provisions into obligations (level, the elements each
 * asks for, the queries that find them) and owns the concept vocabulary (taxonomy topics, glossary entries, corpus
 * terms) in which obligations and protocols are both read. Depends on no protocol stage except read (its heading
 * classifier sorts introductory provisions out). May use model, corpus, parse and checklist.read.
 */
@NullMarked
package org.regatlas.checklist.obligation;

import org.jspecify.annotations.NullMarked;
