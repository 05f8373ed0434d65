package io.parallax.bench.langid;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Measures retained heap: used heap after full collections. Not thread-safe; one measurement at a time. */
final class HeapMeter {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private HeapMeter() {
    }

    /** Used heap in bytes after repeated full collections. */
    static long retained() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            used = Math.min(used, MEMORY.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
