package care.alliance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Who may do what through the REST API: every endpoint tried by every role, on a client of their
 * own team and of another team (clinicians), on their own plan and another client's (clients),
 * with real tokens over HTTP, each cell naming the answer it must get. The same policy as
 * PlanAuthorizationMatrixTest, now reached through the API: any 2xx where the table says refused is
 * a wrong allow, and the test lists every one.
 */
class RestApiMatrixIT extends DeployedAlliance {

    /** Where the caller stands to the client whose records the call is about. */
    enum Standing {
        OWN_TEAM, OTHER_TEAM, OWN_PLAN, OTHER_PLAN, NOT_ON_ANY_TEAM
    }

    /** What the cell must answer. */
    enum Expected {
        ALLOWED, REFUSED
    }

    /** One caller in one standing to one client. */
    record Cell(String username, String role, Standing standing, String clientFamilyName) {
        @Override
        public String toString() {
            return username + " (" + role + ", " + standing + " " + clientFamilyName + ")";
        }
    }

    /** The demo clinic's people, each on a client of their own and one of another team where they have one. */
    static final List<Cell> CELLS = List.of(
            new Cell("priya.patel", "psychiatrist", Standing.OWN_TEAM, "Nguyen"),
            new Cell("priya.patel", "psychiatrist", Standing.OTHER_TEAM, "Walsh"),
            new Cell("tom.okafor", "primary-care", Standing.OWN_TEAM, "Nguyen"),
            new Cell("tom.okafor", "primary-care", Standing.OTHER_TEAM, "Santos"),
            new Cell("nina.brooks", "primary-care", Standing.OWN_TEAM, "Santos"),
            new Cell("nina.brooks", "primary-care", Standing.OTHER_TEAM, "Nguyen"),
            new Cell("sam.rivera", "therapist", Standing.OWN_TEAM, "Nguyen"),
            new Cell("sam.rivera", "therapist", Standing.OTHER_TEAM, "Ortiz"),
            new Cell("lee.chen", "therapist", Standing.OWN_TEAM, "Ortiz"),
            new Cell("lee.chen", "therapist", Standing.OTHER_TEAM, "Nguyen"),
            // Maria leads every team of the demo clinic: she has no client of another team.
            new Cell("maria.gomez", "care-manager", Standing.OWN_TEAM, "Nguyen"),
            new Cell("alex.morgan", "client", Standing.OWN_PLAN, "Morgan"),
            new Cell("alex.morgan", "client", Standing.OTHER_PLAN, "Nguyen"),
            new Cell("jordan.lee", "client", Standing.OWN_PLAN, "Lee"),
            new Cell("jordan.lee", "client", Standing.OTHER_PLAN, "Nguyen"),
            new Cell("ivan.petrov", "clinic-admin", Standing.NOT_ON_ANY_TEAM, "Nguyen"));

    /** The API's endpoints, each with whom DESIGN.md's table gives it. */
    enum Endpoint {
        READ_CARE_PLAN, READ_GOALS, READ_GOAL, READ_TASKS, READ_CHECK_INS, READ_NOTES, READ_MEASURES,
        PROPOSE_GOAL, ANSWER_GOAL, REVISE_GOAL, ADD_CHECK_IN, TICK_OFF_TASK, ADD_TASK, MARK_GOAL_ACHIEVED,
        SEND_MEASURE, PAUSE_GOAL, DISCONTINUE_GOAL, WRITE_NOTE, READ_CASELOAD, READ_REGISTRY;

        /** What only the team does on a plan: the client is refused on their own. */
        static final Set<Endpoint> TEAM_ONLY = EnumSet.of(PAUSE_GOAL, DISCONTINUE_GOAL, WRITE_NOTE);

        /**
         * Plan endpoints are the client's team's and the client's own (some the team's only); the
         * caseload and the registry a clinician's.
         */
        Expected expectedFor(Cell cell) {
            if (this == READ_CASELOAD || this == READ_REGISTRY) {
                return Set.of("psychiatrist", "primary-care", "therapist", "care-manager").contains(cell.role())
                        ? Expected.ALLOWED : Expected.REFUSED;
            }
            if (TEAM_ONLY.contains(this)) {
                return cell.standing() == Standing.OWN_TEAM ? Expected.ALLOWED : Expected.REFUSED;
            }
            return cell.standing() == Standing.OWN_TEAM || cell.standing() == Standing.OWN_PLAN
                    ? Expected.ALLOWED : Expected.REFUSED;
        }
    }

    @Test
    void everyEndpointAnswersEveryRoleAsThePolicySaysWithNoWrongAllow() {
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Endpoint endpoint : EnumSet.allOf(Endpoint.class)) {
            for (Cell cell : CELLS) {
                cells++;
                Expected expected = endpoint.expectedFor(cell);
                HttpResponse<String> answer = call(endpoint, cell);
                int status = answer.statusCode();
                boolean allowed = status >= 200 && status < 300;
                if (expected == Expected.REFUSED && allowed) {
                    wrong.add("WRONG ALLOW " + endpoint + " by " + cell + ": " + status + " " + answer.body());
                } else if (expected == Expected.REFUSED && status != 403) {
                    wrong.add("refused with " + status + " instead of 403: " + endpoint + " by " + cell + ": " + answer.body());
                } else if (expected == Expected.ALLOWED && !allowed) {
                    wrong.add("wrong refusal " + endpoint + " by " + cell + ": " + status + " " + answer.body());
                }
                if (!allowed) {
                    assertEquals("application/problem+json",
                            answer.headers().firstValue("Content-Type").orElse("").split(";")[0], endpoint + " by " + cell);
                }
            }
        }
        assertEquals(Endpoint.values().length * CELLS.size(), cells);
        if (!wrong.isEmpty()) {
            fail(wrong.size() + " of " + cells + " cells answered wrongly:\n" + String.join("\n", wrong));
        }
    }

    @Test
    void aRefusedCallLeavesNothingChanged() {
        long client = ClinicRecords.clientId("Ortiz");
        int before = ApiCaller.json(ApiCaller.as(app(), "lee.chen").get("/clients/" + client + "/goals").body())
                .asJsonArray().size();

        HttpResponse<String> refused = ApiCaller.as(app(), "sam.rivera").post("/clients/" + client + "/goals",
                proposal("A goal nobody may propose here"), null);

        assertEquals(403, refused.statusCode(), refused.body());
        assertEquals(before, ApiCaller.json(ApiCaller.as(app(), "lee.chen").get("/clients/" + client + "/goals").body())
                .asJsonArray().size());
    }

    private HttpResponse<String> call(Endpoint endpoint, Cell cell) {
        long client = ClinicRecords.clientId(cell.clientFamilyName());
        ApiCaller caller = ApiCaller.as(app(), cell.username());
        return switch (endpoint) {
            case READ_CARE_PLAN -> caller.get("/clients/" + client + "/care-plan");
            case READ_GOALS -> caller.get("/clients/" + client + "/goals");
            case READ_GOAL -> caller.get("/goals/" + ClinicRecords.seedGoal(client, "Read by " + cell.username()));
            case READ_TASKS -> caller.get("/clients/" + client + "/tasks");
            case READ_CHECK_INS -> caller.get("/clients/" + client + "/check-ins");
            case READ_NOTES -> caller.get("/clients/" + client + "/notes");
            case PROPOSE_GOAL -> caller.post("/clients/" + client + "/goals", proposal("Proposed by " + cell.username()), null);
            case ANSWER_GOAL -> {
                JsonObject goal = proposedByTheWholeTeam(client);
                yield caller.post("/goals/" + goal.getJsonNumber("id").longValue() + "/answers",
                        "{\"response\":\"AGREE\"}", "\"" + goal.getJsonNumber("version").longValue() + "\"");
            }
            case REVISE_GOAL -> {
                JsonObject goal = proposedByTheWholeTeam(client);
                yield caller.put("/goals/" + goal.getJsonNumber("id").longValue(),
                        "{\"clientWords\":\"Walk to the shop and back twice a week\",\"lifeArea\":\"DAILY_LIFE\","
                                + "\"owners\":[\"CARE_MANAGEMENT\",\"PSYCHIATRY\",\"PRIMARY_CARE\",\"PSYCHOTHERAPY\"],"
                                + "\"reason\":\"Said more plainly\"}",
                        "\"" + goal.getJsonNumber("version").longValue() + "\"");
            }
            case ADD_CHECK_IN -> caller.post("/goals/" + ClinicRecords.seedGoal(client, "Checked in on", "AGREED")
                    + "/check-ins", "{\"rating\":4,\"measuredValue\":3,\"note\":\"Went twice\"}", null);
            case TICK_OFF_TASK -> {
                long goal = ClinicRecords.seedGoal(client, "With a task", "AGREED");
                long task = ClinicRecords.seedTask(goal, client, "Walk after lunch");
                yield caller.post("/tasks/" + task + "/done", "", "\"0\"");
            }
            case READ_CASELOAD -> caller.get("/caseload?page=1&size=5");
            case READ_MEASURES -> caller.get("/clients/" + client + "/measures");
            case SEND_MEASURE -> {
                HttpResponse<String> sent = caller.post("/clients/" + client + "/measures",
                        "{\"instrument\":\"GAD_7\",\"answers\":[1,1,0,0,0,0,0],\"difficulty\":\"SOMEWHAT_DIFFICULT\""
                                + (cell.role().equals("client") ? "" : ",\"completedOn\":\"" + LocalDate.now(ZoneOffset.UTC).minusDays(1) + "\"")
                                + "}", null);
                if (sent.statusCode() == 201) {
                    ClinicRecords.takeBackMeasure(ApiCaller.object(sent).getJsonNumber("id").longValue());
                }
                yield sent;
            }
            case ADD_TASK -> caller.post("/goals/" + ClinicRecords.seedGoal(client, "Given a task", "AGREED") + "/tasks",
                    "{\"description\":\"Walk after lunch\",\"assignee\":\"CLIENT\",\"frequency\":\"DAILY\"}", null);
            case MARK_GOAL_ACHIEVED -> caller.post("/goals/" + ClinicRecords.seedGoal(client, "Achieved", "AGREED")
                    + "/achieved", "", "\"0\"");
            case PAUSE_GOAL -> caller.post("/goals/" + ClinicRecords.seedGoal(client, "Paused", "AGREED") + "/paused",
                    "{\"reason\":\"A hard month at work\"}", "\"0\"");
            case DISCONTINUE_GOAL -> caller.post("/goals/" + ClinicRecords.seedGoal(client, "Discontinued", "AGREED")
                    + "/discontinued", "{\"reason\":\"No longer wanted\"}", "\"0\"");
            case WRITE_NOTE -> caller.post("/clients/" + client + "/notes",
                    "{\"body\":\"Written by " + cell.username() + "\",\"visibility\":\"CARE_TEAM\"}", null);
            case READ_REGISTRY -> caller.get("/registry?page=1");
        };
    }

    /** A goal Maria proposes for the client, owned by every discipline, so every party's answer is awaited. */
    private JsonObject proposedByTheWholeTeam(long client) {
        HttpResponse<String> proposed = ApiCaller.as(app(), "maria.gomez").post("/clients/" + client + "/goals",
                "{\"clientWords\":\"Walk to the shop twice a week\",\"lifeArea\":\"DAILY_LIFE\","
                        + "\"owners\":[\"CARE_MANAGEMENT\",\"PSYCHIATRY\",\"PRIMARY_CARE\",\"PSYCHOTHERAPY\"]}",
                null);
        assertEquals(201, proposed.statusCode(), proposed.body());
        assertTrue(proposed.headers().firstValue("ETag").isPresent());
        return ApiCaller.object(proposed);
    }

    private static String proposal(String words) {
        return "{\"clientWords\":\"" + words + "\",\"lifeArea\":\"SOCIAL\",\"owners\":[\"PSYCHOTHERAPY\"]}";
    }
}
