package org.regatlas.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.regatlas.api.ApiConfig;
import org.regatlas.api.HttpServer;
import org.regatlas.api.Reindexer;
import org.regatlas.api.ServiceHolder;
import org.regatlas.api.Services;
import org.regatlas.checklist.ChecklistService;
import org.regatlas.parse.ParsedCorpus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code regatlas serve [--host H] [--port P] [--cors-origin O]}: the API and web UI; builds the index first when it
 * is stale. The admin token, CORS origins and checklist job limit come from the environment (see {@link ApiConfig}).
 */
@Command(name = "serve", description = "Start the API and web UI on the corpus (builds the index if missing or stale).")
final class ServeCommand implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

    @Mixin
    CorpusOptions corpus;

    @Mixin
    OpenSearchOption opensearch;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--cors-origin", split = ",", paramLabel = "ORIGIN",
            description = "Let a web page from this exact origin (e.g. https://ui.example.org) call the API; "
                    + "repeatable, added to " + ApiConfig.CORS_ORIGINS_ENV + ". Default: none.")
    List<String> corsOrigins = new ArrayList<>();

    /**
     * A warning when {@code host} is not a loopback address: the API has no user accounts, so binding elsewhere serves
     * every network the machine is on (0.0.0.0 and :: mean all of them).
     */
    static Optional<String> exposureWarning(String host) {
        String h = host.strip();
        if (h.startsWith("[") && h.endsWith("]")) h = h.substring(1, h.length() - 1);
        if (h.equalsIgnoreCase("localhost") || h.startsWith("127.") || h.equals("::1")) return Optional.empty();
        String where = h.equals("0.0.0.0") || h.equals("::") || h.isEmpty()
                ? "every network interface of this machine" : "the address " + h;
        return Optional.of("Serving on " + where + ": anyone who can reach it can search and upload protocols "
                + "(there are no user accounts). Put it behind an authenticating proxy, or use --host 127.0.0.1.");
    }

    @Override
    public void run() {
        ApiConfig cfg = ApiConfig.fromEnvironment(Home.web(), System.getenv()).withCorsOrigins(corsOrigins);
        exposureWarning(host).ifPresent(log::warn);
        var cluster = opensearch.config();
        // The index is opened and the corpus parsed on their own threads while the HTTP server starts on this one.
        // Searches are answered as soon as the index is open; requests that need the parsed corpus wait for it.
        Engine.Opening opening = Engine.start(corpus, cluster);
        ServiceHolder services = ServiceHolder.starting(opening.search().thenApply(s -> Services.searchingWhile(
                opening.corpus(), s, opening.vocabulary().taxonomy())));
        Reindexer reindexer = () -> Engine.reread(corpus, opening.store(), cluster);
        HttpServer server = HttpServer.start(services, reindexer, cfg, host, port);
        ParsedCorpus parsed;
        try {
            opening.search().join();
            log.info("RegAtlas listening on http://{}:{}/ (admin routes {}, CORS {})", host, server.port(),
                    cfg.adminToken() == null ? "off" : "on", cfg.corsOrigins().isEmpty() ? "off" : cfg.corsOrigins());
            parsed = opening.corpus().join();
        } catch (java.util.concurrent.CompletionException e) {
            server.close();
            services.close();
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        log.info("Corpus parsed: {} documents, {} provisions", parsed.documents().size(), parsed.provisionCount());
        // The obligation catalog is built now rather than by the first uploaded protocol, which would wait for it.
        ChecklistService.of(parsed).prepareInBackground();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            services.close();        // the live generation, which a reindex may have replaced the engine's with
            stopped.countDown();
        }));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
