package org.regatlas.bench.scale;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Heap figures for one phase of the run: the most heap in use (sampled every 10 ms and seen before each
 * collection), the most still in use right after a collection (the live set the phase really needs), the committed
 * heap, and the collections' count and total pause time. {@link #start()} resets the figures.
 */
final class HeapWatch implements AutoCloseable {
    /** What one phase used. Sizes in bytes. */
    record Figures(long maxUsed, long maxUsedAfterGc, long maxCommitted, long heapMax, long gcCount, long gcMillis,
                   long longestPauseMillis) {}

    private final AtomicLong maxUsed = new AtomicLong();
    private final AtomicLong maxAfterGc = new AtomicLong();
    private final AtomicLong maxCommitted = new AtomicLong();
    private final AtomicLong longestPause = new AtomicLong();
    private final List<Runnable> detach = new ArrayList<>();
    private final Thread sampler;
    private volatile boolean running = true;
    private long gcCount0;
    private long gcMillis0;

    HeapWatch() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                NotificationListener listener = this::onGc;
                emitter.addNotificationListener(listener, null, null);
                detach.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (Exception ignored) {
                        // the JVM is shutting down
                    }
                });
            }
        }
        sampler = new Thread(() -> {
            while (running) {
                sample();
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts a new phase: collects garbage so the phase starts from its own live set, then resets the figures. */
    void start() {
        System.gc();
        maxUsed.set(0);
        maxAfterGc.set(0);
        maxCommitted.set(0);
        longestPause.set(0);
        gcCount0 = gcCount();
        gcMillis0 = gcMillis();
        sample();
    }

    /** The figures since {@link #start()}. */
    Figures figures() {
        sample();
        return new Figures(maxUsed.get(), maxAfterGc.get(), maxCommitted.get(),
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax(), gcCount() - gcCount0,
                gcMillis() - gcMillis0, longestPause.get());
    }

    private void sample() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        maxUsed.accumulateAndGet(heap.getUsed(), Math::max);
        maxCommitted.accumulateAndGet(heap.getCommitted(), Math::max);
    }

    private void onGc(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) return;
        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long before = 0;
        long after = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() != MemoryType.HEAP) continue;
            MemoryUsage b = info.getGcInfo().getMemoryUsageBeforeGc().get(pool.getName());
            MemoryUsage a = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
            if (b != null) before += b.getUsed();
            if (a != null) after += a.getUsed();
        }
        maxUsed.accumulateAndGet(before, Math::max);
        if ("System.gc()".equals(info.getGcCause())) return;   // the full collection that starts a phase
        // Every G1 bean reports pauses: young, mixed and full collections, and the concurrent cycle's Remark and
        // Cleanup pauses (the "G1 Concurrent GC" bean).
        longestPause.accumulateAndGet(info.getGcInfo().getDuration(), Math::max);
        maxAfterGc.accumulateAndGet(after, Math::max);
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        detach.forEach(Runnable::run);
    }
}
