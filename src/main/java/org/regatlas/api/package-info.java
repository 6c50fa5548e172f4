/**
 * The HTTP API (Javalin): routes, parameter validation, the error JSON contract, the wire records of DESIGN.md,
 * the static {@code web/} UI and {@code /openapi.json}. The only package that imports {@code io.javalin}.
 */
@NullMarked
package org.regatlas.api;

import org.jspecify.annotations.NullMarked;
