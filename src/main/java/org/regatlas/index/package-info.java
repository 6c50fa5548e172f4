/**
 * The Lucene index: the schema ({@link org.regatlas.index.Fields}), the Chinese and English analyzers, the mapping
 * from provisions to Lucene documents, and the atomic rebuild of {@code index/}. Uses {@code parse}; Lucene types
 * stay inside this package and {@code search}.
 */
@NullMarked
package org.regatlas.index;

import org.jspecify.annotations.NullMarked;
