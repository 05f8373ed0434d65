package io.parallax.ingest;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HostPacerTest {

    private static final long MS = 1_000_000;

    /** A clock that only moves when told to or when the pacer sleeps; the sleeps are recorded. */
    private final AtomicLong now = new AtomicLong(1_000 * MS);
    private final List<Long> sleeps = new ArrayList<>();
    private final HostPacer pacer = new HostPacer(Duration.ofMillis(300), now::get, nanos -> {
        sleeps.add(nanos);
        now.addAndGet(nanos);
    });

    @Test
    void theSecondRequestToAHostWaitsForTheRestOfTheInterval() throws Exception {
        pacer.await("example.org");
        now.addAndGet(100 * MS);
        pacer.await("EXAMPLE.org");
        assertThat(sleeps).containsExactly(200 * MS);
    }

    @Test
    void otherHostsAndLateRequestsDoNotWait() throws Exception {
        pacer.await("a.example");
        pacer.await("b.example");
        now.addAndGet(301 * MS);
        pacer.await("a.example");
        assertThat(sleeps).isEmpty();
    }

    @Test
    void anInterruptedWaitClaimsNoTurn() throws Exception {
        HostPacer interrupted = new HostPacer(Duration.ofMillis(300), now::get, nanos -> {
            throw new InterruptedException();
        });
        interrupted.await("a.example");
        assertThatThrownBy(() -> interrupted.await("a.example")).isInstanceOf(InterruptedException.class);
        now.addAndGet(300 * MS);
        interrupted.await("a.example");
    }
}
