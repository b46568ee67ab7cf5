package care.alliance.careplan;

import static care.alliance.team.SmallClinic.ALEX_PORTAL;
import static care.alliance.team.SmallClinic.OMAR;
import static care.alliance.team.SmallClinic.PRIYA;
import static care.alliance.team.SmallClinic.SAM;
import static care.alliance.testing.PlanCallers.CALLERS;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import care.alliance.access.AccessRefused;
import care.alliance.access.PlanOperation;
import care.alliance.team.Discipline;
import care.alliance.team.SmallClinic;
import care.alliance.team.SmallClinic.Person;
import care.alliance.testing.AuditRow;
import care.alliance.testing.ClinicDatabase;
import care.alliance.testing.PlanCallers.Someone;
import care.alliance.testing.PlanCallers.Standing;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "Who looked at my plan", read from what the audit recorded when clinicians opened the plan: the
 * client sees the team members who did, and nobody but the client may read it.
 */
public class PlanReadersTest {

    /** The plan operations this matrix tries, for {@code PlanOperationsMatrixTest}'s count of them all. */
    public static final Set<PlanOperation> TRIED_THERE = EnumSet.of(PlanOperation.VIEW_WHO_READ_PLAN);

    private static ClinicDatabase database;
    private static SmallClinic clinic;

    @BeforeAll
    static void openTheClinic() {
        database = ClinicDatabase.migrated();
        clinic = SmallClinic.openIn(database);
    }

    @AfterAll
    static void closeTheClinic() {
        database.close();
    }

    @Test
    void theClientSeesWhoOfTheTeamOpenedTheirPlanAndNobodyElse() {
        long alex = clinic.clientId(Person.ALEX);
        long blake = clinic.clientId(Person.BLAKE);
        database.call(() -> database.carePlanService(PRIYA).planOf(alex));
        database.call(() -> database.carePlanService(SAM).planOf(alex));
        database.call(() -> database.carePlanService(ALEX_PORTAL).planOf(alex));
        assertThrows(AccessRefused.class, () -> database.call(() -> database.carePlanService(OMAR).planOf(alex)));
        database.call(() -> database.carePlanService(OMAR).planOf(blake));

        List<PlanReading> days = database.call(() -> database.planReaders(ALEX_PORTAL).whoReadMyPlan(alex));

        assertEquals(1, days.size(), "all today");
        List<PlanReading.Reader> readers = days.get(0).readers();
        assertEquals(List.of("Sam Rivera, LCSW", "Priya Patel, MD"), readers.stream().map(PlanReading.Reader::name).toList(),
                "the team members who opened it, the latest first; not the client, not a refused look, not another plan");
        assertEquals(List.of(Discipline.PSYCHOTHERAPY, Discipline.PSYCHIATRY),
                readers.stream().map(PlanReading.Reader::discipline).toList());
        assertTrue(readers.stream().allMatch(reader -> reader.openedAt().size() == 1), "one opening each");
    }

    static Stream<Arguments> everyCaller() {
        return CALLERS.stream().map(who -> arguments(who, who.standing() == Standing.OWN_PLAN));
    }

    @ParameterizedTest(name = "{0}: allowed {1}")
    @MethodSource("everyCaller")
    void onlyTheClientReadsWhoLookedAtTheirPlanAndEveryTryIsAudited(Someone who, boolean allowed) {
        long client = clinic.clientId(who.client());
        long mark = database.lastAuditEventId();

        if (allowed) {
            database.call(() -> database.planReaders(who.caller()).whoReadMyPlan(client));
        } else {
            assertThrows(AccessRefused.class,
                    () -> database.call(() -> database.planReaders(who.caller()).whoReadMyPlan(client)));
        }

        List<AuditRow> events = database.auditEventsAfter(mark);
        assertEquals(1, events.size(), "one audit event: " + events);
        assertAll(
                () -> assertEquals(who.caller().username(), events.get(0).actor()),
                () -> assertEquals(PlanOperation.VIEW_WHO_READ_PLAN.name(), events.get(0).action()),
                () -> assertEquals(client, events.get(0).clientId()),
                () -> assertEquals(allowed ? "ALLOWED" : "REFUSED", events.get(0).outcome()));
    }

    @Test
    void theOperationIsTheClientsAlone() {
        assertTrue(PlanOperation.VIEW_WHO_READ_PLAN.isForClient());
        assertEquals(false, PlanOperation.VIEW_WHO_READ_PLAN.isForTeam());
    }
}
