/**
 * Stage 1, read: turns an uploaded protocol (Markdown, HTML, text, DOCX, PDF) into a {@link Protocol} of numbered
 * sections and paragraphs with their pages: page furniture and confidentiality legends removed, headings recovered
 * from the table of contents and the numbering when extraction lost them, and each heading classified (eligibility,
 * treatment, safety, apparatus such as abbreviations or references). May use model, corpus and parse; no other
 * checklist stage.
 */
@NullMarked
package org.regatlas.checklist.read;

import org.jspecify.annotations.NullMarked;
