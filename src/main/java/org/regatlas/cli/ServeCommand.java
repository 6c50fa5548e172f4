package org.regatlas.cli;

import io.javalin.Javalin;
import java.util.concurrent.CountDownLatch;
import org.regatlas.api.ApiConfig;
import org.regatlas.api.ApiServer;
import org.regatlas.api.Services;
import org.regatlas.parse.ParsedCorpus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code regatlas serve [--host H] [--port P]}: the API and web UI. */
@Command(name = "serve", description = "Start the API and web UI on the corpus.")
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
        ParsedCorpus parsed = corpus.load();
        Javalin app = ApiServer.create(new Services(parsed), new ApiConfig(Home.web())).start(host, port);
        log.info("RegAtlas listening on http://{}:{}/ ({} documents, {} provisions)", host, app.port(),
                parsed.documents().size(), parsed.provisionCount());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            stopped.countDown();
        }));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
