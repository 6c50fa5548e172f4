package org.regatlas.api;

import io.javalin.http.Context;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Headers on every response: a Content-Security-Policy without inline script (the UI loads only its own files),
 * no MIME sniffing, no framing, no referrer leaks.
 */
final class SecurityHeaders {
    private SecurityHeaders() {}

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /** The headers, in the order they are sent. */
    static final Map<String, String> HEADERS = orderedHeaders();

    private static Map<String, String> orderedHeaders() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Security-Policy", CSP);
        h.put("X-Content-Type-Options", "nosniff");
        h.put("X-Frame-Options", "DENY");
        h.put("Referrer-Policy", "no-referrer");
        return Collections.unmodifiableMap(h);
    }

    static void apply(Context ctx) {
        HEADERS.forEach(ctx::header);
    }
}
