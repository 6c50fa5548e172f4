package org.regatlas.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.regatlas.search.IndexUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The services every request reads from, replaced whole by a reindex. Each request leases the current generation for
 * its duration; a replaced generation is closed (its index reader released) only when the last request that leased it
 * has finished, so a swap never fails a request in flight. The reference counting follows Lucene's
 * {@code ReferenceManager}. Thread-safe.
 */
public final class ServiceHolder implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ServiceHolder.class);

    private final AtomicReference<@Nullable Generation> current;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** The first services while they are still being prepared (a server listening before its corpus is read). */
    private final @Nullable CompletableFuture<Services> starting;

    /** Holds {@code initial}; it is closed when replaced and released, or when the holder closes. */
    public ServiceHolder(Services initial) {
        this.current = new AtomicReference<>(new Generation(initial));
        this.starting = null;
    }

    private ServiceHolder(CompletableFuture<Services> starting) {
        this.current = new AtomicReference<>();
        this.starting = starting;
    }

    /**
     * A holder whose first services are still being prepared: requests that arrive before they are ready wait for
     * them, so the HTTP server can start beside the corpus parsing instead of after it.
     */
    public static ServiceHolder starting(CompletableFuture<Services> services) {
        return new ServiceHolder(services);
    }

    /** A route body that reads the services of the generation its request leased. */
    @FunctionalInterface
    interface ServiceHandler {
        void handle(Context ctx, Services services) throws Exception;
    }

    /** A request's hold on one generation; closing it lets a replaced generation be closed. */
    public interface Lease extends AutoCloseable {
        Services services();

        @Override
        void close();
    }

    /** Leases the current generation; the caller must close the lease. */
    public Lease acquire() {
        while (true) {
            Generation g = current.get();
            if (g == null) {
                g = first();
            }
            if (g.tryIncRef()) return g.lease();
            // Either g was replaced and released between the read and the increment (read the new one), or the holder
            // is closed and a request arrived during shutdown.
            if (current.get() == g) throw new IndexUnavailableException("The server is shutting down");
        }
    }

    /** Waits for the first services; fails the request if preparing them failed. */
    private Generation first() {
        try {
            Services s = java.util.Objects.requireNonNull(starting, "no services").join();
            current.compareAndSet(null, new Generation(s));
            return java.util.Objects.requireNonNull(current.get());
        } catch (java.util.concurrent.CompletionException e) {
            throw new IndexUnavailableException("The server could not open its corpus and index");
        }
    }

    /** Makes {@code next} the generation new requests see; the old one closes when its last lease is released. */
    public void replace(Services next) {
        Generation old = current.getAndSet(new Generation(next));
        if (old != null) old.decRef();
    }

    /**
     * A Javalin handler that runs {@code body} with a lease held while it runs. Routes answer with values already read
     * (wire records, never an open index reader), so Javalin may write the answer after the lease has ended.
     */
    Handler handler(ServiceHandler body) {
        return ctx -> {
            try (Lease lease = acquire()) {
                body.handle(ctx, lease.services());
            }
        };
    }

    /** Closes the current generation once no request holds it. */
    @Override
    public void close() {
        Generation g = current.get();
        if (closed.compareAndSet(false, true) && g != null) g.decRef();
    }

    /** One set of services with its reference count: 1 for the holder plus 1 per request in flight. */
    private static final class Generation {
        final Services services;
        private final AtomicInteger refs = new AtomicInteger(1);

        Generation(Services services) {
            this.services = services;
        }

        boolean tryIncRef() {
            int n;
            do {
                n = refs.get();
                if (n <= 0) return false;
            } while (!refs.compareAndSet(n, n + 1));
            return true;
        }

        void decRef() {
            if (refs.decrementAndGet() == 0) {
                log.info("Releasing an index generation: no request uses it any more");
                services.search().close();
            }
        }

        Lease lease() {
            return new Lease() {
                private boolean closed;

                @Override
                public Services services() {
                    return services;
                }

                @Override
                public void close() {
                    if (!closed) {
                        closed = true;
                        decRef();
                    }
                }
            };
        }
    }
}
