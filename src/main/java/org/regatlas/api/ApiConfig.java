package org.regatlas.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Server settings. The environment supplies the ones that must not sit on a command line: {@code
 * REGATLAS_ADMIN_TOKEN} (a command line is visible to every user of the machine), {@code REGATLAS_CORS_ORIGINS} and
 * {@code REGATLAS_MAX_CHECKLIST_JOBS} and {@code REGATLAS_CHECKLIST_SECONDS}; see {@link #fromEnvironment}.
 *
 * @param webDir the static UI folder, or null to serve the API only
 * @param adminToken the bearer token of {@code /api/admin/*}, or null to turn those routes off
 * @param corsOrigins exact origins ({@code https://host[:port]}) allowed to call the API from a browser; empty: none
 * @param maxChecklistJobs how many checklist requests may run at once; more are refused with 429
 * @param checklistSeconds how long one checklist may take before it is stopped (503)
 */
public record ApiConfig(@Nullable Path webDir, @Nullable String adminToken, List<String> corsOrigins,
                        int maxChecklistJobs, int checklistSeconds) {
    public static final String ADMIN_TOKEN_ENV = "REGATLAS_ADMIN_TOKEN";
    public static final String CORS_ORIGINS_ENV = "REGATLAS_CORS_ORIGINS";
    public static final String MAX_CHECKLIST_JOBS_ENV = "REGATLAS_MAX_CHECKLIST_JOBS";
    public static final String CHECKLIST_SECONDS_ENV = "REGATLAS_CHECKLIST_SECONDS";
    /**
     * A 124-page PDF protocol takes 1.5-3 s on a quiet 2-core machine; a minute leaves room for a long one on a busy
     * machine and still frees the slot of an upload built to take hours.
     */
    public static final int DEFAULT_CHECKLIST_SECONDS = 60;
    /** Longer than any honest protocol needs; a longer limit would let two uploads hold the slots for that long. */
    public static final int MAX_CHECKLIST_SECONDS = 600;
    /** A PDF protocol takes seconds of CPU; two at once keep a 2-core machine answering searches. */
    public static final int DEFAULT_CHECKLIST_JOBS = 2;
    /**
     * The most checklist jobs a server may be told to run at once. A job is CPU-bound and holds its protocol's text
     * in memory; past a few per core more only slow every job down and raise the heap a burst of uploads can take.
     */
    public static final int MAX_CHECKLIST_JOBS = 16;
    /** Shorter tokens can be guessed over the network. */
    static final int MIN_TOKEN_CHARS = 16;

    public ApiConfig {
        if (adminToken != null && adminToken.isBlank()) adminToken = null;
        if (adminToken != null && adminToken.strip().length() < MIN_TOKEN_CHARS) {
            throw new IllegalArgumentException(ADMIN_TOKEN_ENV + " must be at least " + MIN_TOKEN_CHARS
                    + " characters");
        }
        if (adminToken != null) adminToken = adminToken.strip();
        if (adminToken != null && !adminToken.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException(ADMIN_TOKEN_ENV + " must be printable ASCII without spaces (it is sent "
                    + "in an HTTP header)");
        }
        corsOrigins = corsOrigins.stream().map(ApiConfig::origin).distinct().toList();
        if (checklistSeconds < 1 || checklistSeconds > MAX_CHECKLIST_SECONDS) {
            throw new IllegalArgumentException("The checklist time limit must be from 1 to " + MAX_CHECKLIST_SECONDS
                    + " seconds, got " + checklistSeconds);
        }
        if (maxChecklistJobs < 1 || maxChecklistJobs > MAX_CHECKLIST_JOBS) {
            throw new IllegalArgumentException("The checklist job limit must be from 1 to " + MAX_CHECKLIST_JOBS
                    + ", got " + maxChecklistJobs);
        }
    }

    /** Serves {@code webDir} with admin routes off, no CORS and the default checklist job limit. */
    public ApiConfig(@Nullable Path webDir) {
        this(webDir, null, List.of(), DEFAULT_CHECKLIST_JOBS, DEFAULT_CHECKLIST_SECONDS);
    }

    public static ApiConfig defaults() {
        return new ApiConfig(null);
    }

    /**
     * Settings from environment variables (unset or blank ones take the defaults).
     *
     * @throws IllegalArgumentException naming the variable whose value is unusable
     */
    public static ApiConfig fromEnvironment(@Nullable Path webDir, Map<String, String> env) {
        int max = wholeNumber(env, MAX_CHECKLIST_JOBS_ENV, DEFAULT_CHECKLIST_JOBS, MAX_CHECKLIST_JOBS);
        int seconds = wholeNumber(env, CHECKLIST_SECONDS_ENV, DEFAULT_CHECKLIST_SECONDS, MAX_CHECKLIST_SECONDS);
        return new ApiConfig(webDir, env.get(ADMIN_TOKEN_ENV), splitOrigins(env.getOrDefault(CORS_ORIGINS_ENV, "")),
                max, seconds);
    }

    /** The variable's value, from 1 to {@code max}; unset or blank: {@code fallback}. */
    private static int wholeNumber(Map<String, String> env, String name, int fallback, int max) {
        String raw = env.getOrDefault(name, "").strip();
        int value;
        try {
            value = raw.isEmpty() ? fallback : Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + raw + "'");
        }
        if (value < 1 || value > max) {
            throw new IllegalArgumentException(name + " must be from 1 to " + max + ", got " + value);
        }
        return value;
    }

    /** The same settings with {@code more} origins allowed (the command line adds to the environment). */
    public ApiConfig withCorsOrigins(List<String> more) {
        List<String> all = new ArrayList<>(corsOrigins);
        all.addAll(more);
        return new ApiConfig(webDir, adminToken, all, maxChecklistJobs, checklistSeconds);
    }

    public ApiConfig withAdminToken(@Nullable String token) {
        return new ApiConfig(webDir, token, corsOrigins, maxChecklistJobs, checklistSeconds);
    }

    public ApiConfig withMaxChecklistJobs(int max) {
        return new ApiConfig(webDir, adminToken, corsOrigins, max, checklistSeconds);
    }

    public ApiConfig withChecklistSeconds(int seconds) {
        return new ApiConfig(webDir, adminToken, corsOrigins, maxChecklistJobs, seconds);
    }

    /** Never prints the token: settings end up in logs. */
    @Override
    public String toString() {
        return "ApiConfig[webDir=" + webDir + ", adminToken=" + (adminToken == null ? "none" : "(set)")
                + ", corsOrigins=" + corsOrigins + ", maxChecklistJobs=" + maxChecklistJobs + ", checklistSeconds="
                + checklistSeconds + "]";
    }

    static List<String> splitOrigins(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * An exact browser origin: http or https, a host, an optional port, nothing else. Wildcards are refused because
     * the API has an authenticated admin route and a CORS rule should name the one UI that may call it.
     */
    private static String origin(String raw) {
        String s = raw.strip();
        String problem = "CORS origin '" + s + "' must be an exact origin such as https://regatlas.example.org";
        URI uri;
        try {
            uri = new URI(s);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(problem);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean bare = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null
                && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || !bare || s.contains("*")) {
            throw new IllegalArgumentException(problem);
        }
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}
