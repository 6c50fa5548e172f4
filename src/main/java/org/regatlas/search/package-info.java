/**
 * Search over the index: the user query syntax, cross-lingual expansion from the taxonomy and glossary, field
 * filters, facets, highlighting, and the shared searcher. No Lucene type appears in its public API but the plans of
 * {@link org.regatlas.search.SearchPlanner}: the same Lucene query, for a backend on another engine to translate.
 */
@NullMarked
package org.regatlas.search;

import org.jspecify.annotations.NullMarked;
