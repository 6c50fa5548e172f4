package org.regatlas.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.validation.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where exceptions become status codes and the error JSON {@code {"error", "message"}}. A 5xx is a
 * bug: its body is generic and the details go to the log, never to the client.
 */
final class ApiErrors {
    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private ApiErrors() {}

    static void register(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> {
            e.headers().forEach(ctx::header);
            error(ctx, e.status(), e.code(), e.getMessage());
        });
        routes.exception(org.regatlas.search.InvalidQueryException.class,
                (e, ctx) -> error(ctx, 400, "bad_query", e.getMessage()));
        routes.exception(org.regatlas.search.IndexUnavailableException.class,
                (e, ctx) -> error(ctx, 503, "index_unavailable", e.getMessage()));
        routes.exception(ValidationException.class, (e, ctx) -> error(ctx, 400, "bad_request", firstMessage(e)));
        routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), codeFor(e.getStatus()),
                e.getMessage() == null || e.getMessage().isBlank() ? "Request refused" : e.getMessage()));
        routes.exception(Exception.class, (e, ctx) -> {
            log.error("Unhandled error on {} {}", ctx.method(), ctx.path(), e);
            error(ctx, 500, "internal", "Internal error");
        });
        routes.error(404, ctx -> {
            if (ctx.path().startsWith("/api/") && !ctx.res().isCommitted() && (ctx.result() == null || ctx.result().isEmpty())) {
                error(ctx, 404, "not_found", "No route " + ctx.method() + " " + ctx.path());
            }
        });
        routes.error(405, ctx -> error(ctx, 405, "method_not_allowed", "Method " + ctx.method() + " not allowed on " + ctx.path()));
    }

    static void error(Context ctx, int status, String code, String message) {
        ctx.status(status).json(new WireError(code, message));
    }

    /** The error code of a status, for refusals that carry only a status (Javalin's and Jetty's own). */
    static String codeFor(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 409 -> "conflict";
            case 413, 414, 431 -> "too_large";
            case 415 -> "unsupported_media_type";
            case 422 -> "unprocessable";
            case 429 -> "too_many_requests";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal" : "bad_request";
        };
    }

    private static String firstMessage(ValidationException e) {
        return e.getErrors().entrySet().stream()
                .map(en -> "Parameter '" + en.getKey() + "': " + (en.getValue().isEmpty() ? "invalid"
                        : en.getValue().get(0).getMessage()))
                .findFirst().orElse("Invalid request");
    }
}
