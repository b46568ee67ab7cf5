package care.alliance.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import care.alliance.testing.ClinicDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ThisTransactionTest {

    private static ClinicDatabase database;

    private final AtomicInteger reads = new AtomicInteger();

    @BeforeAll
    static void migrate() {
        database = ClinicDatabase.migrated();
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private List<String> readGoals() {
        reads.incrementAndGet();
        return new ArrayList<>(List.of("walk to the park", "sleep before midnight"));
    }

    @Test
    void aListIsReadOnceATransactionAndEachCallerGetsItsOwnCopy() {
        ThisTransaction transaction = database.thisTransaction();
        database.inNewTransaction(() -> {
            List<String> first = transaction.rememberedList("goals of 7", this::readGoals);
            first.remove(0);
            List<String> second = transaction.rememberedList("goals of 7", this::readGoals);
            assertEquals(List.of("walk to the park", "sleep before midnight"), second, "the first caller's change is its own");
        });
        assertEquals(1, reads.get());
        database.inNewTransaction(() -> transaction.rememberedList("goals of 7", this::readGoals));
        assertEquals(2, reads.get(), "the next transaction reads again");
    }

    @Test
    void aListAddedToIsReadAgainAndOutsideATransactionEveryTime() {
        ThisTransaction transaction = database.thisTransaction();
        database.inNewTransaction(() -> {
            transaction.rememberedList("goals of 7", this::readGoals);
            transaction.forget("goals of 7");
            transaction.rememberedList("goals of 7", this::readGoals);
            transaction.rememberedList("goals of 7", this::readGoals);
        });
        assertEquals(2, reads.get());
        transaction.rememberedList("goals of 7", this::readGoals);
        transaction.rememberedList("goals of 7", this::readGoals);
        assertEquals(4, reads.get());
        new ThisTransaction(null).rememberedList("goals of 7", this::readGoals);
        assertEquals(5, reads.get(), "a repository made by hand has no registry");
    }
}
