package care.alliance.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.alliance.access.AccessRefused;
import care.alliance.access.Caller;
import care.alliance.access.Decision;
import care.alliance.access.Role;
import care.alliance.access.ServiceWords;
import care.alliance.audit.AuditEvent;
import care.alliance.careplan.CarePlan;
import care.alliance.goal.Goal;
import care.alliance.goal.GoalRevision;
import care.alliance.goal.PartyResponse;
import care.alliance.consent.ClientConsent;
import care.alliance.consent.ConsentDecision;
import care.alliance.measure.MeasureResult;
import care.alliance.measure.MeasureSchedule;
import care.alliance.measure.SafetyFlag;
import care.alliance.note.PsychotherapyNote;
import care.alliance.note.TeamNote;
import care.alliance.progress.ProgressCheckIn;
import care.alliance.relationship.AllianceCheckIn;
import care.alliance.relationship.PossibleRupture;
import care.alliance.review.CaseReview;
import care.alliance.emergency.EmergencyAccess;
import care.alliance.review.Recommendation;
import care.alliance.task.Task;
import care.alliance.audit.AuditTrail;
import care.alliance.audit.AuditTrailInItsOwnTransaction;
import care.alliance.client.Client;
import care.alliance.person.PersonName;
import care.alliance.team.CareTeam;
import care.alliance.team.CareTeamMember;
import care.alliance.team.Discipline;
import care.alliance.team.StaffMember;
import jakarta.persistence.metamodel.Type;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.transaction.jta.platform.internal.NoJtaPlatform;
import org.hibernate.engine.transaction.jta.platform.spi.JtaPlatform;
import org.hibernate.resource.transaction.spi.TransactionCoordinatorBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The fixture behaves as the container does, or the tests built on it prove nothing. */
class ClinicDatabaseTest {

    private static ClinicDatabase database;

    @BeforeAll
    static void openTheDatabase() {
        database = ClinicDatabase.migrated();
    }

    @AfterAll
    static void closeTheDatabase() {
        database.close();
    }

    @Test
    void theProductionUnitRunsWithResourceLocalTransactionsOnTheTestDatabase() {
        var services = database.entityManagerFactory().unwrap(SessionFactoryImplementor.class).getServiceRegistry();

        assertFalse(services.getService(TransactionCoordinatorBuilder.class).isJta(), "resource-local transactions");
        assertInstanceOf(NoJtaPlatform.class, services.getService(JtaPlatform.class));
        assertEquals(Set.of(Client.class, StaffMember.class, CareTeam.class, CareTeamMember.class, AuditEvent.class,
                        CarePlan.class, Goal.class, GoalRevision.class, PartyResponse.class, Task.class,
                        ProgressCheckIn.class, TeamNote.class, PsychotherapyNote.class, AllianceCheckIn.class,
                        PossibleRupture.class, MeasureResult.class, SafetyFlag.class, MeasureSchedule.class, CaseReview.class,
                        Recommendation.class, EmergencyAccess.class, ClientConsent.class, ConsentDecision.class),
                database.entityManagerFactory().getMetamodel().getEntities().stream().map(Type::getJavaType)
                        .collect(Collectors.toSet()), "the entities persistence.xml lists");
        long clients = database.inTransaction(em -> em.createQuery("select count(c) from Client c", Long.class)
                .getSingleResult());
        assertEquals(0, clients, "queries run on the fresh database");
    }

    @Test
    void theRealAuditTrailWritesInATransactionOfItsOwnAsTheFixtureDoes() {
        assertTrue(AuditTrailInItsOwnTransaction.recordsInItsOwnTransaction(),
                "AuditTrail.record is @TransactionAttribute(REQUIRES_NEW)");
    }

    @Test
    void aCallThatThrowsIsRolledBackButTheAuditEventsItWroteStay() {
        long mark = database.lastAuditEventId();
        AuditTrail trail = database.auditTrail();

        assertThrows(AccessRefused.class, () -> database.call(() -> {
            database.entityManager().persist(new StaffMember(Accounts.idOf("rolled.back"), "rolled.back", new PersonName("Rolled", "Back"),
                    Discipline.PSYCHOTHERAPY, null));
            trail.record(List.of(trail.event(Accounts.signedIn("rolled.back", Role.THERAPIST), "TRY",
                    Decision.refuse("testing")).build()));
            throw new AccessRefused(ServiceWords.say("team.roleDoesNotAllow"));
        }));

        long staff = database.inTransaction(em -> em.createQuery(
                "select count(s) from StaffMember s where s.username = 'rolled.back'", Long.class).getSingleResult());
        assertEquals(0, staff, "the call's own work is rolled back");
        assertEquals(List.of("rolled.back"), database.auditEventsAfter(mark).stream().map(AuditRow::actor).toList(),
                "the audit event committed on its own");
    }

    @Test
    void theTransactionScopedEntityManagerWorksOnlyInsideATransaction() {
        assertThrows(IllegalStateException.class, () -> database.entityManager().find(Client.class, 1L));
        assertThrows(IllegalStateException.class, () -> database.inNewTransaction(() -> database.entityManager().close()));
    }

    @Tag("race")
    @Test
    void simultaneousCallsRunTogetherEachOnItsOwnThreadInItsOwnTransaction() {
        int calls = 8;
        Together allInFlight = Together.of(calls);
        List<Supplier<List<Object>>> work = IntStream.range(0, calls)
                .mapToObj(number -> (Supplier<List<Object>>) () -> {
                    Session session = database.entityManager().unwrap(Session.class);
                    database.entityManager().persist(new StaffMember(Accounts.idOf("together." + number), "together." + number,
                            new PersonName("Together", "Number" + number), Discipline.PSYCHOTHERAPY, null));
                    allInFlight.waitForEveryone();
                    if (number == 0) {
                        throw new AccessRefused(ServiceWords.say("team.roleDoesNotAllow"));
                    }
                    return List.of(Thread.currentThread(), System.identityHashCode(session));
                })
                .toList();

        List<ClinicDatabase.Attempt<List<Object>>> attempts = database.callTogether(work, Duration.ofSeconds(30));

        allInFlight.assertEveryoneArrived();

        assertInstanceOf(AccessRefused.class, attempts.get(0).failure(), "a failure is reported, not thrown");
        List<List<Object>> results = attempts.subList(1, calls).stream().map(ClinicDatabase.Attempt::result).toList();
        assertTrue(attempts.subList(1, calls).stream().allMatch(ClinicDatabase.Attempt::succeeded));
        assertEquals(calls - 1, results.stream().map(result -> result.get(0)).distinct().count(), "a thread each");
        assertEquals(calls - 1, results.stream().map(result -> result.get(1)).distinct().count(), "an entity manager each");
        assertTrue(results.stream().noneMatch(result -> result.get(0) == Thread.currentThread()), "not the test's thread");
        List<String> stored = database.inTransaction(em -> em.createQuery(
                "select s.username from StaffMember s where s.username like 'together.%' order by s.username", String.class)
                .getResultList());
        assertEquals(IntStream.range(1, calls).mapToObj(number -> "together." + number).toList(), stored,
                "each call committed its own work; the failed one's was rolled back");
    }
}
