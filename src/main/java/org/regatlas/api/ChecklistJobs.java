package org.regatlas.api;

import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * Caps how many checklist requests run at once: reading a PDF protocol and matching it against every obligation
 * takes seconds of CPU, and unbounded uploads would starve searches. A request over the cap is refused at once with
 * 429 rather than queued, so the caller decides when to retry. Thread-safe.
 */
final class ChecklistJobs {
    /** Seconds a refused caller is told to wait: about one typical checklist. */
    static final int RETRY_AFTER_SECONDS = 5;

    private final Semaphore permits;
    private final int limit;

    ChecklistJobs(int limit) {
        this.limit = limit;
        this.permits = new Semaphore(limit);
    }

    /** A running job; closing it frees its slot. */
    interface Job extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Starts a job if a slot is free.
     *
     * @throws ApiException 429 with Retry-After when all slots are taken
     */
    Job start() {
        if (!permits.tryAcquire()) {
            throw new ApiException(429, "too_many_requests", "The server is already building " + limit
                    + " checklist" + (limit == 1 ? "" : "s") + "; try again in a few seconds",
                    Map.of("Retry-After", String.valueOf(RETRY_AFTER_SECONDS)));
        }
        return new Job() {
            private boolean closed;

            @Override
            public void close() {
                if (!closed) {
                    closed = true;
                    permits.release();
                }
            }
        };
    }
}
