/**
 * Stage 2, structure: the section tree of a read protocol (parents, chapters, own paragraphs), the self-check that
 * warns when a tree looks broken ({@code weak-structure}), and the passage filter that keeps background, earlier-study
 * results, abbreviation lists, references, summaries of changes and tables of contents out of everything later stages
 * count or quote. May use checklist.read.
 */
@NullMarked
package org.regatlas.checklist.structure;

import org.jspecify.annotations.NullMarked;
