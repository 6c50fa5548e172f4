package org.regatlas.model;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A time limit on work done by one thread, checked cooperatively. Long loops of the stages (PDF text extraction,
 * protocol reading, the checklist's decisions) call {@link #checkpoint()}; inside the scope of {@link #enter()} it throws
 * {@link DeadlineExceededException} once the time is up or the deadline was cancelled (its caller went away), and
 * outside it costs a thread-local read. Interrupts are not used: an interrupt can close a file channel shared by
 * other searches. Thread-safe: {@link #cancel} may come from any thread.
 */
public final class Deadline {
    private static final ThreadLocal<@Nullable Deadline> CURRENT = new ThreadLocal<>();

    private final Duration limit;
    private final long endNanos;
    private volatile @Nullable String cancelled;

    private Deadline(Duration limit) {
        this.limit = limit;
        this.endNanos = System.nanoTime() + limit.toNanos();
    }

    /** A deadline {@code limit} from now. */
    public static Deadline in(Duration limit) {
        Checks.notNull(limit, "limit");
        if (limit.isNegative() || limit.isZero()) throw new IllegalArgumentException("limit must be positive");
        return new Deadline(limit);
    }

    /**
     * Puts this thread under this deadline until the scope is closed (try-with-resources); a deadline entered inside
     * another's scope replaces it until closed.
     */
    public Scope enter() {
        Deadline outer = CURRENT.get();
        CURRENT.set(this);
        return () -> CURRENT.set(outer);
    }

    /** The span of code a deadline applies to. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /** Ends the work at its next checkpoint, saying {@code why} (e.g. "the client closed the connection"). */
    public void cancel(String why) {
        cancelled = why;
    }

    /** The limit this deadline was set with. */
    public Duration limit() {
        return limit;
    }

    /** Whether the time is up or the deadline was cancelled. */
    public boolean expired() {
        return cancelled != null || System.nanoTime() - endNanos > 0;
    }

    /** Throws when the current thread's deadline has passed or was cancelled; nothing when it has none. */
    public static void checkpoint() {
        Deadline d = CURRENT.get();
        if (d != null && d.expired()) {
            String why = d.cancelled;
            throw new DeadlineExceededException(why != null ? why
                    : "the work took longer than its limit of " + d.limit.toSeconds() + " s");
        }
    }

    /** Thrown at a checkpoint after the deadline; the message says why. */
    public static final class DeadlineExceededException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DeadlineExceededException(String message) {
            super(message);
        }
    }
}
