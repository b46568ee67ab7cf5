package care.alliance.fhir;

import static care.alliance.team.SmallClinic.MARIA;
import static care.alliance.testing.PlanCallers.CALLERS;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import care.alliance.access.AccessRefused;
import care.alliance.access.NotFound;
import care.alliance.access.PlanOperation;
import care.alliance.team.SmallClinic;
import care.alliance.testing.AuditRow;
import care.alliance.testing.ClinicDatabase;
import care.alliance.testing.PlanCallers.Someone;
import care.alliance.testing.PlanCallers.Standing;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may export a client's plan as FHIR: the clinicians of the client's team today and the client
 * on their own plan; nobody else — not a clinician of another team, a former member, another
 * client, clinic IT or someone with no role. Every try is audited as EXPORT_PLAN, and a refused
 * one reads nothing further.
 */
public class FhirExportMatrixTest {

    /** The plan operations this matrix tries, for {@code PlanOperationsMatrixTest}'s count of them all. */
    public static final Set<PlanOperation> TRIED_THERE = EnumSet.of(PlanOperation.EXPORT_PLAN);

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

    static Stream<Arguments> everyCaller() {
        return CALLERS.stream().map(who -> arguments(who,
                who.standing() == Standing.ON_THE_TEAM || who.standing() == Standing.OWN_PLAN));
    }

    @ParameterizedTest(name = "{0}: allowed {1}")
    @MethodSource("everyCaller")
    void theTeamAndTheClientExportThePlanNobodyElseAndEveryTryIsAudited(Someone who, boolean allowed) {
        long client = clinic.clientId(who.client());
        long mark = database.lastAuditEventId();

        if (allowed) {
            Bundle bundle = database.call(() -> FhirExportWiring.wire(database, who.caller(), database.clock())
                    .planOf(client, "https://alliance.example/fhir"));
            Patient patient = (Patient) bundle.getEntryFirstRep().getResource();
            assertEquals("client-" + client, patient.getIdElement().getIdPart());
        } else {
            assertThrows(AccessRefused.class, () -> database.call(() -> FhirExportWiring.wire(database, who.caller(),
                    database.clock()).planOf(client, "https://alliance.example/fhir")));
        }

        List<AuditRow> events = database.auditEventsAfter(mark);
        AuditRow export = events.get(0);
        assertAll(
                () -> assertEquals(who.caller().username(), export.actor()),
                () -> assertEquals(who.caller().actingRole(), export.actorRole()),
                () -> assertEquals(PlanOperation.EXPORT_PLAN.name(), export.action()),
                () -> assertEquals(client, export.clientId()),
                () -> assertEquals(allowed ? "ALLOWED" : "REFUSED", export.outcome()));
        if (allowed) {
            assertTrue(events.stream().allMatch(event -> event.outcome().equals("ALLOWED")),
                    "every part is read as the caller may read it: " + events);
        } else {
            assertEquals(1, events.size(), "a refused export reads nothing: " + events);
        }
    }

    @Test
    void anUnknownClientIsNotFoundAndTheTryIsAudited() {
        long mark = database.lastAuditEventId();
        assertThrows(NotFound.class, () -> database.call(() -> FhirExportWiring.wire(database, MARIA, database.clock())
                .planOf(987_654L, "https://alliance.example/fhir")));
        List<AuditRow> events = database.auditEventsAfter(mark);
        assertEquals(1, events.size());
        assertEquals("REFUSED", events.get(0).outcome());
    }

    @Test
    void theOperationIsTheTeamsAndTheClients() {
        assertTrue(PlanOperation.EXPORT_PLAN.isForClient());
        assertTrue(PlanOperation.EXPORT_PLAN.isForTeam());
        assertEquals(EnumSet.allOf(care.alliance.team.Discipline.class), PlanOperation.EXPORT_PLAN.disciplines());
    }
}
