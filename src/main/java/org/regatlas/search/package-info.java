/**
 * Search over the index: the user query syntax, cross-lingual expansion from the taxonomy and glossary, field
 * filters, facets, highlighting, and the shared searcher. No Lucene type appears in its public API.
 */
@NullMarked
package org.regatlas.search;

import org.jspecify.annotations.NullMarked;
