/**
 * The HTTP API (Javalin): routes (the token-guarded admin reindex included), parameter validation, the error JSON
 * contract, the wire records of DESIGN.md, the static {@code web/} UI and {@code /openapi.json}. Requests read the
 * current services through a {@link org.regatlas.api.ServiceHolder}, which a reindex swaps. The only package that
 * imports {@code io.javalin}.
 */
@NullMarked
package org.regatlas.api;

import org.jspecify.annotations.NullMarked;
