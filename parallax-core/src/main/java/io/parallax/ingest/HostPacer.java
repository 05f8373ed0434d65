package io.parallax.ingest;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Keeps requests to one host at least an interval apart: {@link #await} blocks until the host's turn has come and
 * claims it. Hosts are independent; concurrent callers for one host queue on that host only. Thread-safe.
 */
final class HostPacer {

    /** Sleeps for a number of nanoseconds; the clock and the sleep are given so that tests can run on a fake clock. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(long nanos) throws InterruptedException;
    }

    private final long interval;
    private final LongSupplier clock;
    private final Sleeper sleeper;
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private final Map<String, Long> last = new ConcurrentHashMap<>();

    HostPacer(Duration interval, LongSupplier clock, Sleeper sleeper) {
        this.interval = interval.toNanos();
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** A pacer on the system clock. */
    static HostPacer system(Duration interval) {
        return new HostPacer(interval, System::nanoTime,
                nanos -> Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000)));
    }

    /**
     * Blocks until {@code host}'s interval since its last claimed turn has passed, then claims the turn.
     *
     * @throws InterruptedException when interrupted while waiting; the turn is then not claimed
     */
    void await(String host) throws InterruptedException {
        String key = host.toLowerCase(Locale.ROOT);
        synchronized (locks.computeIfAbsent(key, h -> new Object())) {
            Long previous = last.get(key);
            long now = clock.getAsLong();
            if (previous != null && now - previous < interval) {
                sleeper.sleep(interval - (now - previous));
            }
            last.put(key, clock.getAsLong());
        }
    }
}
