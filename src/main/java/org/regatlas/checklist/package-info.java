/**
 * The checklist generator: reads a clinical-trial protocol (Markdown, HTML, text, DOCX, PDF), finds and classifies
 * its sections, infers its applicability profile, turns the corpus's provisions into obligations, looks for each
 * obligation's elements in the protocol (an in-memory Lucene index plus the taxonomy and glossary vocabulary) and
 * decides addressed / partial / missing / not-applicable with quoted evidence; exports the result as JSON, CSV, XLSX,
 * Markdown and HTML, and scores it against an answer key. May use model, corpus, parse, index, search, Lucene,
 * Jackson and POI; never Javalin or picocli.
 */
@NullMarked
package org.regatlas.checklist;

import org.jspecify.annotations.NullMarked;
