package org.regatlas.api;

import io.javalin.Javalin;

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

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
