/**
 * The corpus on disk: {@code document.json} and {@code taxonomy.json}, digest records, and the format readers
 * (plain text with PDF-damage repair, HTML through jsoup, PDF through PDFBox, DOCX through Apache POI). Its
 * output is a {@link org.regatlas.corpus.CorpusDocument}. Uses {@code model}, Jackson, jsoup, PDFBox and POI.
 */
@NullMarked
package org.regatlas.corpus;

import org.jspecify.annotations.NullMarked;
