package org.regatlas.api;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /api/admin/*}: operator routes behind a bearer token. Without a configured token (or without a way to
 * reindex) they answer 403 saying how to turn them on; with one, a request without the right
 * {@code Authorization: Bearer} header gets 401. {@code POST /api/admin/reindex} reloads the corpus, rebuilds the
 * index beside the live one and swaps both in for every route; one at a time (a second gets 409). A failed reindex
 * is a 500 {@code reindex_failed} (the disk or the corpus folder is at fault, not the request), and every route keeps
 * the services it had.
 */
final class AdminRoutes {
    private static final Logger log = LoggerFactory.getLogger(AdminRoutes.class);
    private static final String CHALLENGE = "Bearer realm=\"regatlas-admin\"";

    /** The reindex answer. */
    record ReindexJson(String status, int documents, int provisions, int problems, double seconds) {}

    private final ServiceHolder holder;
    private final @Nullable Reindexer reindexer;
    private final byte @Nullable [] tokenDigest;
    private final AtomicBoolean running = new AtomicBoolean();

    AdminRoutes(ServiceHolder holder, @Nullable Reindexer reindexer, @Nullable String token) {
        this.holder = holder;
        this.reindexer = reindexer;
        this.tokenDigest = token == null || reindexer == null ? null : sha256(token);
    }

    /** Before every admin route: refuses the request unless admin routes are on and the token matches. */
    void authorize(Context ctx) {
        if (ctx.method() == HandlerType.OPTIONS) return;      // a CORS preflight carries no credentials
        if (tokenDigest == null) {
            throw new ApiException(403, "forbidden", "Admin routes are off: start the server with "
                    + ApiConfig.ADMIN_TOKEN_ENV + " set to enable them");
        }
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            throw unauthorized(CHALLENGE, "Send the admin token as 'Authorization: Bearer <token>'");
        }
        String[] parts = header.strip().split("\\s+", 2);
        boolean bearer = parts.length == 2 && parts[0].toLowerCase(Locale.ROOT).equals("bearer");
        // Digests have one length, so isEqual's constant-time comparison does not reveal the token's length either.
        if (!bearer || !MessageDigest.isEqual(sha256(parts[1]), tokenDigest)) {
            log.warn("Refused admin request {} {} from {}: wrong or malformed token", ctx.method(), ctx.path(),
                    ctx.ip());
            throw unauthorized(CHALLENGE + ", error=\"invalid_token\"", "The admin token is wrong");
        }
    }

    void reindex(Context ctx) {
        if (reindexer == null) throw new IllegalStateException("authorize() lets no request through without one");
        if (!running.compareAndSet(false, true)) {
            throw new ApiException(409, "conflict", "A reindex is already running; try again when it has finished");
        }
        try {
            long start = System.nanoTime();
            log.info("Reindex requested from {}", ctx.ip());
            Services next;
            try {
                next = reindexer.reindex();
            } catch (RuntimeException e) {
                // Nothing is swapped in; a generation published before the failure is picked up at the next start.
                log.error("Reindex failed; the previous corpus and index stay live", e);
                throw new ApiException(500, "reindex_failed", "The reindex failed and the previous index is still "
                        + "being served; the server log has the cause");
            }
            holder.replace(next);
            double seconds = Math.round((System.nanoTime() - start) / 1e7) / 100.0;
            var corpus = next.corpus();
            log.info("Reindex done: {} documents, {} provisions in {} s", corpus.documents().size(),
                    corpus.provisionCount(), seconds);
            ctx.json(new ReindexJson("ok", corpus.documents().size(), corpus.provisionCount(),
                    corpus.problems().size(), seconds));
        } finally {
            running.set(false);
        }
    }

    private static ApiException unauthorized(String challenge, String message) {
        return new ApiException(401, "unauthorized", message, Map.of("WWW-Authenticate", challenge));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
