package org.regatlas.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Settings from the environment: defaults, parsing, and refusals that name the variable. */
class ApiConfigTest {
    private static final String TOKEN = "s3cret-admin-token-0123456789";

    @Test
    void defaultsAreSafe() {
        ApiConfig cfg = ApiConfig.fromEnvironment(null, Map.of());
        assertNull(cfg.adminToken());
        assertEquals(List.of(), cfg.corsOrigins());
        assertEquals(ApiConfig.DEFAULT_CHECKLIST_JOBS, cfg.maxChecklistJobs());
        assertEquals(cfg, ApiConfig.defaults());
    }

    @Test
    void readsTokenOriginsAndJobLimit() {
        ApiConfig cfg = ApiConfig.fromEnvironment(null, Map.of(ApiConfig.ADMIN_TOKEN_ENV, " " + TOKEN + " ",
                ApiConfig.CORS_ORIGINS_ENV, "https://ui.example.org, http://localhost:5173,,",
                ApiConfig.MAX_CHECKLIST_JOBS_ENV, "4"));
        assertEquals(TOKEN, cfg.adminToken());
        assertEquals(List.of("https://ui.example.org", "http://localhost:5173"), cfg.corsOrigins());
        assertEquals(4, cfg.maxChecklistJobs());
        assertEquals(List.of("https://ui.example.org", "http://localhost:5173", "https://other.example.org"),
                cfg.withCorsOrigins(List.of("https://other.example.org", "https://ui.example.org")).corsOrigins());
    }

    @Test
    void blankTokenLeavesAdminOff() {
        assertNull(ApiConfig.fromEnvironment(null, Map.of(ApiConfig.ADMIN_TOKEN_ENV, "  ")).adminToken());
    }

    @Test
    void toStringNeverShowsTheToken() {
        String s = ApiConfig.defaults().withAdminToken(TOKEN).toString();
        assertFalse(s.contains(TOKEN), s);
        assertTrue(s.contains("adminToken=(set)"), s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"short", "has a space in it 0123456789", "ünïcödé-token-0123456789"})
    void unusableTokenIsRefusedNamingTheVariable(String token) {
        var e = assertThrows(IllegalArgumentException.class,
                () -> ApiConfig.fromEnvironment(null, Map.of(ApiConfig.ADMIN_TOKEN_ENV, token)));
        assertTrue(e.getMessage().contains(ApiConfig.ADMIN_TOKEN_ENV), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "https://*.example.org", "example.org", "https://ui.example.org/", "ftp://x.org",
        "https://ui.example.org/app", "https://user@ui.example.org", "null"})
    void originThatIsNotExactIsRefused(String origin) {
        var e = assertThrows(IllegalArgumentException.class,
                () -> ApiConfig.fromEnvironment(null, Map.of(ApiConfig.CORS_ORIGINS_ENV, origin)));
        assertTrue(e.getMessage().contains("exact origin"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "two", "17", "100000"})
    void jobLimitOutsideItsRangeOrNotANumberIsRefused(String value) {
        var e = assertThrows(IllegalArgumentException.class,
                () -> ApiConfig.fromEnvironment(null, Map.of(ApiConfig.MAX_CHECKLIST_JOBS_ENV, value)));
        assertTrue(e.getMessage().contains(ApiConfig.MAX_CHECKLIST_JOBS_ENV), e.getMessage());
    }

    @Test
    void jobLimitAtItsUpperBoundIsAccepted() {
        assertEquals(ApiConfig.MAX_CHECKLIST_JOBS, ApiConfig.fromEnvironment(null,
                Map.of(ApiConfig.MAX_CHECKLIST_JOBS_ENV, String.valueOf(ApiConfig.MAX_CHECKLIST_JOBS))).maxChecklistJobs());
    }
}
