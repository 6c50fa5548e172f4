/**
 * Stage 8, export: writes a {@code Checklist} as JSON, CSV, XLSX (with a reviewer-decision drop-down), Markdown and
 * HTML, with the summary first; every format sees the same rows. May use POI, Jackson and the earlier checklist
 * stages; reads nothing but the checklist it is given.
 */
@NullMarked
package org.regatlas.checklist.export;

import org.jspecify.annotations.NullMarked;
