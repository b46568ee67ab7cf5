package care.alliance.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The race tests' meeting point fails whoever waits in vain, and tells the test whether everyone met. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class TogetherTest {

    @Test
    void whenEveryoneArrivesTheyGoOnAndTheRaceIsProven() {
        Together three = Together.of(3);

        CompletableFuture<?>[] callers = {CompletableFuture.runAsync(three::waitForEveryone),
                CompletableFuture.runAsync(three::waitForEveryone), CompletableFuture.runAsync(three::waitForEveryone)};

        assertDoesNotThrow(() -> CompletableFuture.allOf(callers).get(20, TimeUnit.SECONDS));
        assertDoesNotThrow(three::assertEveryoneArrived);
    }

    @Test
    void aCallerWhoseOthersNeverComeFailsInsteadOfGoingOnAlone() {
        Together two = Together.of(2, Duration.ofMillis(200));

        AssertionError waitedInVain = assertThrows(AssertionError.class, two::waitForEveryone);

        assertTrue(waitedInVain.getMessage().contains("not all 2 arrived"), waitedInVain.getMessage());
        AssertionError noRace = assertThrows(AssertionError.class, two::assertEveryoneArrived);
        assertTrue(noRace.getMessage().contains("did not all meet"), noRace.getMessage());
    }

    @Test
    void aRaceNobodyCameToIsNotProven() {
        Together two = Together.of(2);

        AssertionError noRace = assertThrows(AssertionError.class, two::assertEveryoneArrived);

        assertTrue(noRace.getMessage().contains("never all arrived"), noRace.getMessage());
    }

    @Test
    void thoseWaitingWithALateCallerFailToo() {
        Together three = Together.of(3, Duration.ofMillis(300));

        CompletableFuture<Void> first = CompletableFuture.runAsync(three::waitForEveryone);
        CompletableFuture<Void> second = CompletableFuture.runAsync(three::waitForEveryone);

        assertThrows(Exception.class, () -> first.get(20, TimeUnit.SECONDS));
        assertThrows(Exception.class, () -> second.get(20, TimeUnit.SECONDS));
        assertThrows(AssertionError.class, three::assertEveryoneArrived);
    }
}
