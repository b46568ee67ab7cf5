package care.alliance.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.alliance.goal.Party;
import care.alliance.rules.ChangeRefused;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PossibleRuptureTest {

    private static final Instant AFTER_SESSION = Instant.parse("2026-11-10T16:00:00Z");
    private static final Instant NEXT_DAY = AFTER_SESSION.plusSeconds(86_400);

    private static AllianceCheckIn checkIn(int goals, int tasks, int bond) {
        return new AllianceCheckIn(9L, AllianceScores.of(goals, tasks, bond), "I did not feel heard today",
                "alex.morgan", AFTER_SESSION);
    }

    private static PossibleRupture lowBond() {
        return PossibleRupture.noticedIn(checkIn(4, 4, 1), List.of(), RuptureWatch.STANDARD).orElseThrow();
    }

    private static Repair repairBy(Party party) {
        return new Repair("I moved on to homework while Alex was still upset about work.",
                "We talked about it at the start of the next session; I said I had rushed.",
                "Alex felt heard; we agreed to check in on feelings before homework.", "sam.rivera", party, NEXT_DAY);
    }

    @Test
    void aGoodCheckInShowsNoRupture() {
        assertTrue(PossibleRupture.noticedIn(checkIn(5, 4, 5), List.of(), RuptureWatch.STANDARD).isEmpty());
    }

    @Test
    void aLowCheckInOpensAPossibleRuptureForTheClient() {
        PossibleRupture rupture = lowBond();

        assertEquals(9L, rupture.clientId());
        assertEquals(AFTER_SESSION, rupture.noticedAt());
        assertEquals(List.of(RuptureSign.low(AllianceDimension.BOND, new AllianceScore(1))), rupture.signs());
        assertFalse(rupture.isRepaired());
        assertTrue(rupture.repair().isEmpty());
    }

    @ParameterizedTest
    @EnumSource(value = Party.class, names = {"PSYCHOTHERAPY", "CARE_MANAGEMENT"})
    void theTherapistOrCareManagerLogsTheRepair(Party repairer) {
        PossibleRupture rupture = lowBond();

        rupture.repair(repairBy(repairer));

        assertTrue(rupture.isRepaired());
        Repair repair = rupture.repair().orElseThrow();
        assertEquals(repairer, repair.repairedByParty());
        assertEquals(NEXT_DAY, repair.repairedAt());
        assertTrue(repair.outcome().startsWith("Alex felt heard"));
    }

    @ParameterizedTest
    @EnumSource(value = Party.class, names = {"CLIENT", "PSYCHIATRY", "PRIMARY_CARE"})
    void nobodyElseLogsARepair(Party other) {
        PossibleRupture rupture = lowBond();

        assertThrows(ChangeRefused.class, () -> rupture.repair(repairBy(other)));
        assertFalse(rupture.isRepaired());
    }

    @Test
    void aRuptureIsRepairedOnce() {
        PossibleRupture rupture = lowBond();
        rupture.repair(repairBy(Party.PSYCHOTHERAPY));

        assertThrows(ChangeRefused.class, () -> rupture.repair(repairBy(Party.CARE_MANAGEMENT)));
        assertEquals(Party.PSYCHOTHERAPY, rupture.repair().orElseThrow().repairedByParty());
    }

    @Test
    void aRepairSaysWhatHappenedHowItWasAddressedAndTheOutcome() {
        assertThrows(IllegalArgumentException.class,
                () -> new Repair(" ", "talked", "fine", "sam.rivera", Party.PSYCHOTHERAPY, NEXT_DAY));
        assertThrows(IllegalArgumentException.class,
                () -> new Repair("rushed", null, "fine", "sam.rivera", Party.PSYCHOTHERAPY, NEXT_DAY));
        assertThrows(IllegalArgumentException.class,
                () -> new Repair("rushed", "talked", "<b>fine</b>", "sam.rivera", Party.PSYCHOTHERAPY, NEXT_DAY));
    }

    @Test
    void aCheckInKeepsTheClientsWordsAsPlainText() {
        assertEquals("I did not feel heard today", checkIn(3, 3, 3).comment().orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> new AllianceCheckIn(9L, AllianceScores.of(3, 3, 3),
                "<script>x</script>", "alex.morgan", AFTER_SESSION));
        assertTrue(new AllianceCheckIn(9L, AllianceScores.of(3, 3, 3), "  ", "alex.morgan", AFTER_SESSION)
                .comment().isEmpty());
    }
}
