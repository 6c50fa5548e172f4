package org.regatlas.api;

import io.javalin.Javalin;
import org.jspecify.annotations.Nullable;

/** A started API server; closing it stops the server. Keeps Javalin out of the callers' imports. */
public final class HttpServer implements AutoCloseable {
    private final Javalin app;

    private HttpServer(Javalin app) {
        this.app = app;
    }

    /** Starts the API for {@code services} on {@code host:port} (port 0 picks a free one). */
    public static HttpServer start(Services services, ApiConfig cfg, String host, int port) {
        return new HttpServer(ApiServer.create(services, cfg).start(host, port));
    }

    /**
     * Starts the API on {@code host:port} serving whatever {@code services} holds.
     *
     * @param reindexer rebuilds the services for {@code POST /api/admin/reindex}, or null to leave that route off
     */
    public static HttpServer start(ServiceHolder services, @Nullable Reindexer reindexer, ApiConfig cfg, String host,
                                   int port) {
        return new HttpServer(ApiServer.create(services, reindexer, cfg).start(host, port));
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
