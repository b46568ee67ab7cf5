package care.alliance.fhir;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.validation.SingleValidationMessage;
import care.alliance.access.Caller;
import care.alliance.access.Role;
import care.alliance.testing.ClinicDatabase;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every client of the demo clinic, exported by the care manager who leads their team and by the
 * client themself, validates with HAPI FHIR's validator against R4 with no error: the Bundle and
 * each resource in it. Warnings are allowed and printed. What the policy keeps back — the team's
 * notes, a psychotherapy note, the client's answers item by item — is in no export it should not be in.
 */
class FhirExportOfTheDemoClinicTest {

    private static final String BASE = "https://alliance.example/fhir";
    private static final String PSYCHOTHERAPY_NOTE = "Process note: transference themes around the father";

    private static ClinicDatabase database;
    private static FhirR4 fhir;
    private static R4Validation validation;
    /** The demo is dated from the real today, as {@code ./alliance} loads it. */
    private static final Clock REAL_TODAY = Clock.systemUTC();

    record DemoClient(long id, String name, Caller portal, Caller lead, Caller therapist) {

        /** The team's lead, and the client where they have a portal account. */
        List<Caller> callers() {
            return portal == null ? List.of(lead) : List.of(lead, portal);
        }
    }

    @BeforeAll
    static void loadTheDemo() {
        database = ClinicDatabase.withDemoClinic();
        fhir = new FhirR4();
        validation = new R4Validation(fhir.context());
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void everyDemoClientsPlanValidatesAgainstR4WithNoErrorForTheTeamAndForTheClient() {
        List<DemoClient> clients = demoClients();
        assertEquals(12, clients.size(), "every demo client");
        List<String> errors = new ArrayList<>();
        TreeMap<String, Integer> warnings = new TreeMap<>();
        for (DemoClient client : clients) {
            for (Caller caller : client.callers()) {
                Bundle bundle = export(caller, client.id());
                // The Bundle's validation validates each resource in it, and the references between them.
                for (SingleValidationMessage message : validation.messages(bundle)) {
                    if (R4Validation.isError(message)) {
                        errors.add(client.name() + " as " + caller.username() + ": " + R4Validation.describe(message));
                    } else {
                        warnings.merge(R4Validation.describe(message).replaceAll("\\d+", "#"), 1, Integer::sum);
                    }
                }
            }
        }
        warnings.forEach((message, count) -> System.out.println("FHIR validation, " + count + " × " + message));
        assertEquals(List.of(), errors, "no validation error in any export");
    }

    @Test
    void eachExportCarriesThePlanAndTheMeasuresTheCallerMayRead() {
        for (DemoClient client : demoClients()) {
            Bundle team = export(client.lead(), client.id());
            Set<String> teamTypes = types(team);
            assertTrue(teamTypes.containsAll(Set.of("Patient", "CareTeam", "CarePlan", "QuestionnaireResponse",
                    "Observation")), client.name() + ": " + teamTypes);
            assertEquals(database.count("select count(*) from goal where client_id = " + client.id()),
                    team.getEntry().stream().filter(entry -> entry.getResource().fhirType().equals("Goal")).count(),
                    client.name() + ": every goal");
            if (client.portal() != null) {
                Bundle own = export(client.portal(), client.id());
                assertFalse(types(own).contains("QuestionnaireResponse"), client.name() + ": no answers item by item");
                assertTrue(types(own).contains("Observation"), client.name() + ": the client's own scores");
            }
            assertTrue(codes(team).contains("44261-6"), client.name() + ": a PHQ-9 total");
            assertTrue(codes(team).contains("44260-8") && codes(team).contains("44249-1"), client.name() + ": item 9 and the panel");
            assertEquals(Bundle.BundleType.COLLECTION, team.getType());
            assertTrue(team.hasTimestamp() && team.getMeta().hasLastUpdated());
        }
    }

    @Test
    void neitherThePsychotherapyNoteNorTheTeamsOwnNotesAreExportedToAnyone() {
        DemoClient alex = demoClients().stream().filter(client -> "alex.morgan".equals(client.portal() == null ? null
                : client.portal().username())).findFirst().orElseThrow();
        database.call(() -> FhirExportWiring.noteService(database, alex.therapist(), REAL_TODAY)
                .writePsychotherapyNote(alex.id(), PSYCHOTHERAPY_NOTE));
        String teamNote = database.text("select body from team_note where visibility = 'CARE_TEAM' and client_id = " + alex.id());
        String clientNote = database.text("select body from team_note where visibility = 'CLIENT_VISIBLE' and client_id = " + alex.id());
        for (Caller caller : List.of(alex.lead(), alex.therapist(), alex.portal())) {
            String json = fhir.encode(export(caller, alex.id()), FhirFormat.JSON);
            String xml = fhir.encode(export(caller, alex.id()), FhirFormat.XML);
            assertAll(caller.username(),
                    () -> assertFalse(json.contains("transference") || xml.contains("transference"), "the psychotherapy note"),
                    () -> assertFalse(json.contains(teamNote.substring(0, 30)), "the team's own note"),
                    () -> assertTrue(json.contains(clientNote.substring(0, 30)), "the note written for the client"));
        }
    }

    @Test
    void theClientsExportHasNoClinicalSummaryNorFraming() {
        for (DemoClient client : demoClients().stream().filter(client -> client.portal() != null).toList()) {
            String own = fhir.encode(export(client.portal(), client.id()), FhirFormat.JSON);
            String team = fhir.encode(export(client.lead(), client.id()), FhirFormat.JSON);
            assertFalse(own.contains("Clinical framing") || own.contains("clinical summary"), client.name());
            String summary = database.text("select cc.clinical_summary from care_plan_concern cc join care_plan p"
                    + " on p.id = cc.care_plan_id where cc.clinical_summary is not null and p.client_id = " + client.id());
            if (summary != null) {
                assertFalse(own.contains(summary), client.name() + ": the clinical summary");
                assertTrue(team.contains(summary), client.name() + ": the team reads the clinical summary");
            }
        }
    }

    private static Bundle export(Caller caller, long clientId) {
        return database.call(() -> FhirExportWiring.wire(database, caller, REAL_TODAY).planOf(clientId, BASE));
    }

    private static Set<String> types(Bundle bundle) {
        return bundle.getEntry().stream().map(entry -> entry.getResource().fhirType()).collect(Collectors.toSet());
    }

    private static Set<String> codes(Bundle bundle) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(Observation.class::isInstance).map(Observation.class::cast)
                .flatMap(observation -> observation.getCode().getCoding().stream()).map(coding -> coding.getCode())
                .collect(Collectors.toSet());
    }

    /**
     * Each demo client with their portal account (two of them have one), the care manager leading
     * their team and their therapist.
     */
    private static List<DemoClient> demoClients() {
        return database.query("select c.id, c.given_name || ' ' || c.family_name, c.account_id, c.username,"
                + " lead.account_id, lead.username, th.account_id, th.username from client c"
                + " join care_team t on t.client_id = c.id"
                + " join care_team_member lm on lm.care_team_id = t.id and lm.team_role = 'LEAD' and lm.ends_on is null"
                + " join staff_member lead on lead.id = lm.staff_member_id"
                + " left join care_team_member tm on tm.care_team_id = t.id and tm.discipline = 'PSYCHOTHERAPY' and tm.ends_on is null"
                + " left join staff_member th on th.id = tm.staff_member_id"
                + " order by c.id", result -> {
                    List<DemoClient> read = new ArrayList<>();
                    while (result.next()) {
                        read.add(new DemoClient(result.getLong(1), result.getString(2),
                                result.getString(3) == null ? null
                                        : Caller.of(result.getString(3), result.getString(4), Role.CLIENT),
                                Caller.of(result.getString(5), result.getString(6), Role.CARE_MANAGER),
                                result.getString(7) == null ? null
                                        : Caller.of(result.getString(7), result.getString(8), Role.THERAPIST)));
                    }
                    return read;
                });
    }
}
