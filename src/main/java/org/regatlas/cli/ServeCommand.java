package org.regatlas.cli;

import java.util.concurrent.CountDownLatch;
import org.regatlas.api.ApiConfig;
import org.regatlas.api.HttpServer;
import org.regatlas.api.Services;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code regatlas serve [--host H] [--port P]}: the API and web UI; builds the index first when it is stale. */
@Command(name = "serve", description = "Start the API and web UI on the corpus (builds the index if missing or stale).")
final class ServeCommand implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

    @Mixin
    CorpusOptions corpus;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Override
    public void run() {
        Engine engine = Engine.open(corpus);
        HttpServer server = HttpServer.start(Services.of(engine.corpus, engine.search), new ApiConfig(Home.web()), host, port);
        log.info("RegAtlas listening on http://{}:{}/ ({} documents, {} provisions)", host, server.port(),
                engine.corpus.documents().size(), engine.corpus.provisionCount());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            engine.close();
            stopped.countDown();
        }));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
