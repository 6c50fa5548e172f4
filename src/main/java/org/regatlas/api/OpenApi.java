package org.regatlas.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Serves the OpenAPI description of every route and a small built-in viewer for it at {@code /api/docs}. */
final class OpenApi {
    private OpenApi() {}

    private static final String SPEC = resource("/openapi.json");
    private static final String VIEWER = resource("/api-docs.html");
    private static final String VIEWER_JS = resource("/api-docs.js");

    static void serve(Context ctx) {
        ctx.contentType("application/json").result(SPEC);
    }

    static void viewer(Context ctx) {
        ctx.contentType("text/html; charset=utf-8").result(VIEWER);
    }

    static void viewerScript(Context ctx) {
        ctx.contentType("text/javascript; charset=utf-8").result(VIEWER_JS);
    }

    private static String resource(String name) {
        try (InputStream in = OpenApi.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
