package care.alliance.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Where simultaneous callers wait for each other before their next step, so that a race the test
 * wants really happens; whoever is not there in time is not waited for longer.
 */
public final class Meeting {

    private static final Duration PATIENCE = Duration.ofSeconds(5);

    private Meeting() {
    }

    public static void meetAt(CyclicBarrier barrier) {
        try {
            barrier.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted while waiting for the others");
        } catch (BrokenBarrierException | TimeoutException e) {
            // not everyone arrived in time; go on anyway
        }
    }
}
