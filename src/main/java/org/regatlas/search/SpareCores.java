package org.regatlas.search;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;

/**
 * Runs a slice of a search on another thread only while a search turn is free, taking that turn until the slice is
 * done; otherwise the task is left to the searching thread, which runs every slice no other thread has started
 * (Lucene's {@code TaskExecutor}). A lone search so uses every core, and searches under load take no more cores
 * than there are turns.
 */
final class SpareCores implements java.util.concurrent.Executor {
    /** Daemon threads, shared by every search service: an idle pool never keeps the process alive. */
    private static final ExecutorService POOL = Executors.newCachedThreadPool(
            Thread.ofPlatform().name("search-slice-", 0).daemon().factory());

    private final Semaphore turns;

    SpareCores(Semaphore turns) {
        this.turns = turns;
    }

    @Override
    public void execute(Runnable task) {
        if (!turns.tryAcquire()) return;   // every core is searching: the caller runs the slice itself
        try {
            POOL.execute(() -> {
                try {
                    task.run();
                } finally {
                    turns.release();
                }
            });
        } catch (RejectedExecutionException e) {
            turns.release();
        }
    }
}
