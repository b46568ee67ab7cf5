package care.alliance.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A point that a given number of simultaneous callers must all reach before any of them goes on,
 * so that the race a test sets up really happens: for example, everyone has read the goal before
 * anyone writes. Whoever is not there within the patience fails, and so does everyone who waited
 * with them; the test then asks {@link #assertEveryoneArrived} whether they all met, so that a race
 * that never happened cannot pass as one that was won fairly.
 */
public final class Together {

    /** Longer than any of the tests' threads take to start and read; short enough to fail fast. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final int people;
    private final Duration patience;
    private final CyclicBarrier barrier;
    private final AtomicInteger timesEveryoneArrived = new AtomicInteger();
    private final List<String> failures = new ArrayList<>();

    private Together(int people, Duration patience) {
        this.people = people;
        this.patience = patience;
        this.barrier = new CyclicBarrier(people, timesEveryoneArrived::incrementAndGet);
    }

    /** A point where {@code people} callers wait for each other, each at most 30 seconds. */
    public static Together of(int people) {
        return new Together(people, PATIENCE);
    }

    /** As {@link #of(int)}, waiting at most {@code patience}; for showing that a late caller fails the test. */
    public static Together of(int people, Duration patience) {
        return new Together(people, patience);
    }

    /**
     * Waits until everyone is here, then goes on with them; throws {@link AssertionError} when
     * someone is not here in time, so that the caller's work fails instead of going on alone.
     */
    public void waitForEveryone() {
        try {
            barrier.await(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed("interrupted while waiting for the others");
        } catch (TimeoutException e) {
            throw failed("waited " + patience.toSeconds() + " s and not all " + people + " arrived");
        } catch (BrokenBarrierException e) {
            throw failed("gave up with the others: someone waited too long or was interrupted");
        }
    }

    /**
     * Fails unless all {@code people} arrived here together at least once and nobody gave up
     * waiting: the proof that the race the test is about took place.
     */
    public void assertEveryoneArrived() {
        synchronized (failures) {
            if (!failures.isEmpty()) {
                String first = failures.stream().filter(failure -> failure.contains("arrived")).findFirst()
                        .orElse(failures.get(0));
                throw new AssertionError("The " + people + " callers did not all meet (" + failures.size()
                        + " gave up waiting): " + first);
            }
        }
        if (timesEveryoneArrived.get() == 0) {
            throw new AssertionError("The " + people + " callers never all arrived together: "
                    + barrier.getNumberWaiting() + " are waiting, so the race did not happen.");
        }
    }

    private AssertionError failed(String why) {
        String failure = Thread.currentThread().getName() + " " + why;
        synchronized (failures) {
            failures.add(failure);
        }
        return new AssertionError(failure);
    }
}
