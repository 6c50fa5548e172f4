package org.regatlas.opensearch;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where the OpenSearch cluster is and how to reach it.
 *
 * @param urls          one or more nodes' HTTP addresses ({@code http://host:9200} or {@code https://...}); a node
 *                      that cannot be reached is passed over for the next
 * @param user          basic-auth user, or null ({@value #USER_ENV})
 * @param password      its password ({@value #PASSWORD_ENV})
 * @param caCertificate a PEM file of the CA that signed the cluster's certificate, or null to use the JVM's trust store
 *                      ({@value #CA_ENV})
 * @param alias         the alias searches read; its indices are named {@code alias-<time>} ({@value #ALIAS_ENV})
 * @param shards        primaries of a new index ({@value #SHARDS_ENV}, default 1)
 * @param replicas      replicas of a new index ({@value #REPLICAS_ENV}; default 1 on a cluster of more than one
 *                      node, else 0), or -1 for that default
 * @param timeout       how long one request may take
 */
public record OpenSearchConfig(List<URI> urls, @Nullable String user, @Nullable String password,
                               @Nullable Path caCertificate, String alias, int shards, int replicas, Duration timeout) {
    public static final String USER_ENV = "REGATLAS_OPENSEARCH_USER";
    public static final String PASSWORD_ENV = "REGATLAS_OPENSEARCH_PASSWORD";
    public static final String CA_ENV = "REGATLAS_OPENSEARCH_CA";
    public static final String ALIAS_ENV = "REGATLAS_OPENSEARCH_ALIAS";
    public static final String SHARDS_ENV = "REGATLAS_OPENSEARCH_SHARDS";
    public static final String REPLICAS_ENV = "REGATLAS_OPENSEARCH_REPLICAS";
    public static final String DEFAULT_ALIAS = "regatlas-provisions";

    public OpenSearchConfig {
        urls = List.copyOf(urls);
        if (urls.isEmpty()) throw new IllegalArgumentException("--opensearch needs at least one URL");
        if (shards < 1) throw new IllegalArgumentException(SHARDS_ENV + " must be 1 or more, not " + shards);
        if (!alias.matches("[a-z0-9][a-z0-9_-]*")) {
            throw new IllegalArgumentException(ALIAS_ENV + " must be lower-case letters, digits, - and _, not '" + alias + "'");
        }
    }

    /**
     * The cluster at {@code urls} (comma-separated), credentials and the rest from {@code env}.
     *
     * @throws IllegalArgumentException for a URL that is not http(s)://host[:port] or a setting that is not a number
     */
    public static OpenSearchConfig of(String urls, Map<String, String> env) {
        List<URI> parsed = new ArrayList<>();
        for (String u : urls.split(",")) {
            if (u.isBlank()) continue;
            URI uri;
            try {
                uri = URI.create(u.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--opensearch: '" + u.strip() + "' is not a URL");
            }
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException("--opensearch: '" + u.strip() + "' is not an http:// or https:// URL");
            }
            if (uri.getUserInfo() != null) {
                throw new IllegalArgumentException("--opensearch: put credentials in " + USER_ENV + " and " + PASSWORD_ENV
                        + ", not in the URL");
            }
            String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
            parsed.add(URI.create(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                    + (path.endsWith("/") ? path : path + "/")));
        }
        String ca = env.get(CA_ENV);
        return new OpenSearchConfig(parsed, blankToNull(env.get(USER_ENV)), env.get(PASSWORD_ENV),
                ca == null || ca.isBlank() ? null : Path.of(ca), env.getOrDefault(ALIAS_ENV, DEFAULT_ALIAS),
                number(env, SHARDS_ENV, 1), number(env, REPLICAS_ENV, -1), Duration.ofSeconds(30));
    }

    private static int number(Map<String, String> env, String name, int fallback) {
        String v = env.get(name);
        if (v == null || v.isBlank()) return fallback;
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + v + "'");
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
