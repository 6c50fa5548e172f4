package org.regatlas.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;

/**
 * Jetty's own error responses in the API's error JSON. Jetty refuses some requests before Javalin sees them (a path
 * with invalid UTF-8, an encoded {@code ..} or a NUL), and its default page is HTML echoing the URI; the caller
 * should get the same {@code {"error", "message"}} as for every other refusal, with the same security headers.
 */
final class JsonErrorPages extends ErrorHandler {
    /** Jetty says only "Bad Request" for an ambiguous path (an encoded '..' or '/') or a malformed header. */
    private static final String GENERIC_400 = "Malformed request: the path may not contain '..' segments, encoded "
            + "separators or NUL, and headers must be well-formed";

    private JsonErrorPages() {}

    static void install(Server server) {
        server.setErrorHandler(new JsonErrorPages());
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, @Nullable String message,
                                    @Nullable Throwable cause, Callback callback) {
        // Jetty's reason ("Bad UTF-8 encoding", "Ambiguous URI path separator") names the problem without echoing
        // input; a 5xx keeps the generic message of ApiErrors.
        String text = code >= 500 ? "Internal error" : message == null || message.isBlank()
                || message.equals("Bad Request") ? GENERIC_400 : message;
        String error = code >= 500 ? "internal" : ApiErrors.codeFor(code);
        byte[] body;
        try {
            body = Json.mapper().writeValueAsBytes(new WireError(error, text));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a record of two strings always serialises", e);
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        SecurityHeaders.HEADERS.forEach(response.getHeaders()::put);
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
