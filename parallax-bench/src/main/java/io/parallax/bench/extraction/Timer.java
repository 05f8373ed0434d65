package io.parallax.bench.extraction;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Times passes on the calling thread: the best wall-clock time and the best CPU time of that thread, each over the
 * passes so far. On a loaded machine the CPU time is the fairer figure for "one core": wall time then also counts
 * the time the thread waited for a core. Not thread-safe; one per measurement.
 */
final class Timer {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long wallStart;
    private long cpuStart;
    private double bestWall = Double.MAX_VALUE;
    private double bestCpu = Double.MAX_VALUE;

    void start() {
        wallStart = System.nanoTime();
        cpuStart = cpu();
    }

    void stop() {
        bestWall = Math.min(bestWall, (System.nanoTime() - wallStart) / 1e9);
        long cpu = cpu();
        if (cpu >= 0 && cpuStart >= 0) {
            bestCpu = Math.min(bestCpu, (cpu - cpuStart) / 1e9);
        }
    }

    double bestWall() {
        return bestWall == Double.MAX_VALUE ? 0 : bestWall;
    }

    /** The best CPU seconds, or {@code NaN} when the JVM does not measure thread CPU time. */
    double bestCpu() {
        return bestCpu == Double.MAX_VALUE ? Double.NaN : bestCpu;
    }

    private long cpu() {
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
    }
}
