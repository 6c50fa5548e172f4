/**
 * The OpenSearch backend: the same provisions, fields, analysis and queries as the embedded index, on an OpenSearch
 * cluster reached over HTTP. Builds the index ({@link org.regatlas.opensearch.OpenSearchIndexer}) behind an alias
 * swapped atomically, and searches it ({@link org.regatlas.opensearch.OpenSearchBackend}) with the queries
 * {@link org.regatlas.search.SearchPlanner} plans. Depends on search and below; read by api and cli.
 */
@org.jspecify.annotations.NullMarked
package org.regatlas.opensearch;
