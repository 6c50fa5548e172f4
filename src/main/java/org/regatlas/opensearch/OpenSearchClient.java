package org.regatlas.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.jspecify.annotations.Nullable;
import org.regatlas.search.IndexUnavailableException;

/**
 * JSON over HTTP to an OpenSearch cluster, through any of its nodes: a node that cannot be reached is passed over for
 * the next, so a cluster that loses a node keeps answering. Basic credentials and a CA certificate come from
 * {@link OpenSearchConfig}; {@code https} addresses are verified against the JVM's trust store or that certificate.
 * Thread-safe.
 */
final class OpenSearchClient {
    static final ObjectMapper JSON = new ObjectMapper();

    /** An answer of the cluster with a status of 400 or more. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;
        final @Nullable JsonNode body;

        Failure(int status, @Nullable JsonNode body, String message) {
            super(message);
            this.status = status;
            this.body = body;
        }

        /** The error type OpenSearch names ({@code index_not_found_exception}...), or "". */
        String type() {
            return body == null ? "" : body.path("error").path("type").asText("");
        }
    }

    private final List<URI> nodes;
    private final @Nullable String authorization;
    private final HttpClient http;
    private final Duration timeout;
    /** The node that answered last: tried first. */
    private final AtomicInteger preferred = new AtomicInteger();

    OpenSearchClient(OpenSearchConfig config) {
        this.nodes = config.urls();
        this.authorization = config.user() == null ? null : "Basic " + Base64.getEncoder().encodeToString(
                (config.user() + ":" + (config.password() == null ? "" : config.password())).getBytes(StandardCharsets.UTF_8));
        this.timeout = config.timeout();
        HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).version(HttpClient.Version.HTTP_1_1);
        if (config.caCertificate() != null) b.sslContext(trusting(config.caCertificate()));
        this.http = b.build();
    }

    /** A TLS context that trusts the certificates of a PEM file (a cluster's own CA). */
    private static SSLContext trusting(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int i = 0;
            for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                store.setCertificateEntry("ca-" + i++, c);
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, tmf.getTrustManagers(), null);
            return ctx;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("Cannot read the CA certificate " + pem + ": " + e.getMessage(), e);
        }
    }

    /** {@code method path} with a JSON body (or none); the answer's JSON. */
    JsonNode send(String method, String path, @Nullable Object body) {
        return send(method, path, body == null ? null : write(body), "application/json");
    }

    /** A bulk request of newline-delimited JSON. */
    JsonNode bulk(String path, String ndjson) {
        return send("POST", path, ndjson, "application/x-ndjson");
    }

    private JsonNode send(String method, String path, @Nullable String body, String type) {
        IOException last = null;
        int first = preferred.get();
        for (int k = 0; k < nodes.size(); k++) {
            int n = (first + k) % nodes.size();
            URI uri = nodes.get(n).resolve(path);
            HttpRequest.Builder req = HttpRequest.newBuilder(uri).timeout(timeout)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            if (body != null) req.header("Content-Type", type);
            if (authorization != null) req.header("Authorization", authorization);
            HttpResponse<String> res;
            try {
                res = http.send(req.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (ConnectException | HttpConnectTimeoutException e) {
                last = e;   // this node is down: the next one
                continue;
            } catch (HttpTimeoutException e) {
                throw new IndexUnavailableException("The OpenSearch cluster did not answer within " + timeout.toSeconds()
                        + " s (" + nodes.get(n).getHost() + ":" + nodes.get(n).getPort() + ")");
            } catch (IOException e) {
                last = e;
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IndexUnavailableException("Interrupted while waiting for the OpenSearch cluster");
            }
            preferred.set(n);
            JsonNode json = parse(res.body());
            if (res.statusCode() >= 400) {
                String reason = json == null ? res.body() : json.path("error").path("reason").asText(res.body());
                JsonNode cause = json == null ? null : json.path("error").path("caused_by").path("reason");
                if (cause != null && cause.isTextual()) reason += " (" + cause.asText() + ")";
                throw new Failure(res.statusCode(), json, "OpenSearch answered " + res.statusCode() + " to " + method
                        + " " + path + ": " + shorten(reason));
            }
            return json == null ? JSON.createObjectNode() : json;
        }
        throw new IndexUnavailableException("Cannot reach the OpenSearch cluster at " + nodes + (last == null ? ""
                : " (" + last.getClass().getSimpleName() + (last.getMessage() == null ? "" : ": " + last.getMessage()) + ")"));
    }

    private static @Nullable JsonNode parse(String body) {
        if (body == null || body.isBlank()) return null;
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    static String write(Object body) {
        try {
            return body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException("writing JSON", e);
        }
    }

    private static String shorten(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "...";
    }

    /** The addresses of the nodes, for messages. */
    List<URI> nodes() {
        return nodes;
    }
}
