package org.regatlas.api;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.regatlas.model.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /api/admin/*}: operator routes behind a bearer token. Without a configured token (or without a way to
 * reindex) they answer 403 saying how to turn them on; with one, a request without the right
 * {@code Authorization: Bearer} header gets 401. {@code POST /api/admin/reindex} reloads the corpus, rebuilds the
 * index beside the live one and swaps both in for every route; one at a time (a second gets 409). A corpus with
 * problems that drop documents is refused (409 {@code corpus_problems}, listing them) unless {@code ?force=true}. A
 * failed reindex is a 503 {@code reindex_failed} naming the cause (the disk or the corpus folder is at fault, not the
 * request), and every route keeps the services it had.
 */
final class AdminRoutes {
    private static final Logger log = LoggerFactory.getLogger(AdminRoutes.class);
    private static final String CHALLENGE = "Bearer realm=\"regatlas-admin\"";

    /** The reindex answer; each problem names its file, and the record or field when known. */
    record ReindexJson(String status, int documents, int provisions, List<ProblemJson> problems, double seconds) {}

    /** One problem of a corpus: {@code where} is the file, with the record or field when known. */
    record ProblemJson(String severity, String where, String message) {}

    /** A reindex refused for the corpus's problems (409). */
    record RefusedJson(String error, String message, List<ProblemJson> problems) {}

    /** What the last reindex did: ok, ok-with-problems, refused or failed, and the problems it saw. */
    record LastReindex(String at, String status, List<ProblemJson> problems) {}

    private final ServiceHolder holder;
    private final @Nullable Reindexer reindexer;
    private final byte @Nullable [] tokenDigest;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile @Nullable LastReindex last;

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
        boolean force = force(ctx.queryParam("force"));
        if (!running.compareAndSet(false, true)) {
            throw new ApiException(409, "conflict", "A reindex is already running; try again when it has finished");
        }
        try {
            long start = System.nanoTime();
            log.info("Reindex requested from {}{}", ctx.ip(), force ? " (force)" : "");
            Reindexer.Candidate candidate = attempt(reindexer::read);
            List<Problem> problems = candidate.corpus().problems();
            long errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
            if (errors > 0 && !force) {
                // A broken document.json would otherwise drop its document from every route without a word.
                last = new LastReindex(Instant.now().toString(), "refused", problemsJson(problems));
                log.warn("Reindex refused: the corpus has {} problem(s); the live index stays: {}", errors, problems);
                ctx.status(409).json(new RefusedJson("corpus_problems", "The corpus has " + errors + " problem(s) "
                        + "that would drop documents; the live index stays. Fix them, or send ?force=true to publish "
                        + "the corpus without the documents concerned", problemsJson(problems)));
                return;
            }
            Services next = attempt(candidate::publish);
            holder.replace(next);
            double seconds = Math.round((System.nanoTime() - start) / 1e7) / 100.0;
            var corpus = next.corpus();
            log.info("Reindex done: {} documents, {} provisions in {} s", corpus.documents().size(),
                    corpus.provisionCount(), seconds);
            List<ProblemJson> listed = problemsJson(problems);
            LastReindex done = new LastReindex(Instant.now().toString(), problems.isEmpty() ? "ok" : "ok-with-problems",
                    listed);
            last = done;
            ctx.json(new ReindexJson(done.status(), corpus.documents().size(), corpus.provisionCount(), listed,
                    seconds));
        } finally {
            running.set(false);
        }
    }

    /** The outcome of the last reindex since the server started, for the health route; null before the first. */
    @Nullable LastReindex lastReindex() {
        return last;
    }

    /**
     * Runs one step of a reindex. A failure here is the server's disk or corpus folder, not the request: it is the one
     * 5xx that is not a bug (503 {@code reindex_failed}, naming the cause for the operator), and nothing is swapped in.
     */
    private <T> T attempt(Supplier<T> step) {
        try {
            return step.get();
        } catch (RuntimeException e) {
            // A generation published before the failure is picked up at the next start.
            log.error("Reindex failed; the previous corpus and index stay live", e);
            last = new LastReindex(Instant.now().toString(), "failed", List.of());
            throw new ApiException(503, "reindex_failed", "The reindex failed and the previous index is still "
                    + "being served: " + cause(e));
        }
    }

    private static String cause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String m = root.getMessage();
        return m == null || m.isBlank() ? "see the server log" : m;
    }

    private static boolean force(@Nullable String value) {
        if (value == null || value.isEmpty() || value.equals("false") || value.equals("0")) return false;
        if (value.equals("true") || value.equals("1")) return true;
        throw ApiException.badRequest("The parameter 'force' must be true or false, not '" + value + "'");
    }

    private static List<ProblemJson> problemsJson(List<Problem> problems) {
        return problems.stream().map(p -> new ProblemJson(p.severity().name().toLowerCase(Locale.ROOT), p.where(),
                p.message())).toList();
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
