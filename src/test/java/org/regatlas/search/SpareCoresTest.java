package org.regatlas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A slice goes to another thread only on a free search turn, which it gives back when done. */
class SpareCoresTest {
    @Test
    void aFreeTurnRunsTheSliceOnAnotherThreadAndIsGivenBack() throws InterruptedException {
        Semaphore turns = new Semaphore(2);
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        new SpareCores(turns).execute(() -> {
            ranOn.set(Thread.currentThread());
            done.countDown();
        });
        assertTrue(done.await(10, TimeUnit.SECONDS));
        assertNotEquals(Thread.currentThread(), ranOn.get());
        assertTrue(turns.tryAcquire(2, 10, TimeUnit.SECONDS), "the turn is given back");
    }

    @Test
    void withEveryTurnTakenTheSliceIsLeftToTheSearchingThread() throws InterruptedException {
        Semaphore turns = new Semaphore(0);
        CountDownLatch ran = new CountDownLatch(1);
        new SpareCores(turns).execute(ran::countDown);
        assertFalse(ran.await(200, TimeUnit.MILLISECONDS), "Lucene's TaskExecutor runs a slice nobody started");
        assertEquals(0, turns.availablePermits());
    }
}
