package care.alliance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The REST API over HTTP with real tokens from the real Keycloak: sign-in by bearer token, reads,
 * changes with ETag and If-Match, and problem details for everything that goes wrong.
 */
class RestApiIT extends DeployedAlliance {

    @Test
    void withoutATokenTheApiAnswers401WithABearerChallengeAndNoSession() {
        HttpResponse<String> answer = ApiCaller.anonymous(app()).get("/clients/" + ClinicRecords.clientId("Nguyen") + "/care-plan");

        assertEquals(401, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(answer.headers().firstValue("Set-Cookie").isEmpty(), "no session");
        assertTrue(answer.headers().firstValue("Location").isEmpty(), "no redirect to Keycloak");
        assertEquals(401, ApiCaller.object(answer).getInt("status"));
        assertTrue(answer.headers().firstValue("X-Content-Type-Options").isPresent(), "the security headers apply");
    }

    @Test
    void aForgedOrForeignTokenIs401() {
        String token = ApiCaller.as(app(), "sam.rivera").token();
        String[] parts = token.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();

        HttpResponse<String> answer = ApiCaller.withToken(app(), tampered).get("/ping");

        assertEquals(401, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("WWW-Authenticate").orElse("").contains("invalid_token"));
    }

    @Test
    void aTeamMemberReadsTheCarePlanWithGoalsAndNoSessionIsMade() {
        long client = ClinicRecords.clientId("Nguyen");
        HttpResponse<String> answer = ApiCaller.as(app(), "sam.rivera").get("/clients/" + client + "/care-plan");

        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject plan = ApiCaller.object(answer);
        assertEquals(client, plan.getJsonNumber("clientId").longValue());
        assertFalse(plan.getJsonArray("goals").isEmpty(), answer.body());
        assertTrue(answer.headers().firstValue("Set-Cookie").isEmpty(), "no session");
    }

    @Test
    void aTherapistOfAnotherTeamIsRefusedWithProblemDetailsInSpanish() {
        HttpResponse<String> answer = ApiCaller.as(app(), "sam.rivera").inLanguage("es-MX")
                .get("/clients/" + ClinicRecords.clientId("Ortiz") + "/care-plan");

        assertEquals(403, answer.statusCode(), answer.body());
        JsonObject problem = ApiCaller.object(answer);
        assertEquals("No está abierto para usted", problem.getString("title"));
        assertFalse(answer.body().contains("Ortiz"), answer.body());
        assertFalse(answer.body().contains("Exception"), answer.body());
    }

    @Test
    void theClientReadsTheirOwnPlanWithoutTheClinicalFraming() {
        HttpResponse<String> answer = ApiCaller.as(app(), "alex.morgan").get("/clients/" + ClinicRecords.clientId("Morgan") + "/goals");

        assertEquals(200, answer.statusCode(), answer.body());
        ApiCaller.json(answer.body()).asJsonArray().forEach(goal ->
                assertTrue(!goal.asJsonObject().containsKey("clinicalFraming") || goal.asJsonObject().isNull("clinicalFraming"),
                        goal.toString()));
    }

    @Test
    void anUnknownPathIsAProblem404() {
        HttpResponse<String> answer = ApiCaller.as(app(), "sam.rivera").get("/nothing-here");

        assertEquals(404, answer.statusCode(), answer.body());
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertNull(ApiCaller.object(answer).get("current"));
    }

    @Test
    void aStaleIfMatchGets412WithTheGoalAsItIsNowAndNothingIsLost() {
        long client = ClinicRecords.clientId("Nguyen");
        HttpResponse<String> proposed = ApiCaller.as(app(), "maria.gomez").post("/clients/" + client + "/goals",
                "{\"clientWords\":\"Cook a meal with my sister on Sundays\",\"lifeArea\":\"SOCIAL\","
                        + "\"owners\":[\"CARE_MANAGEMENT\",\"PSYCHOTHERAPY\"]}", null);
        assertEquals(201, proposed.statusCode(), proposed.body());
        String etag = proposed.headers().firstValue("ETag").orElseThrow();
        String goal = proposed.headers().firstValue("Location").orElseThrow();
        String path = goal.substring(goal.indexOf("/api/v1") + "/api/v1".length());

        HttpResponse<String> first = ApiCaller.as(app(), "sam.rivera").post(path + "/answers",
                "{\"response\":\"AGREE\"}", etag);
        HttpResponse<String> second = ApiCaller.as(app(), "maria.gomez").put(path,
                "{\"clientWords\":\"Cook with my sister every Sunday\",\"lifeArea\":\"SOCIAL\","
                        + "\"owners\":[\"CARE_MANAGEMENT\",\"PSYCHOTHERAPY\"],\"reason\":\"Clearer\"}", etag);

        assertEquals(200, first.statusCode(), first.body());
        assertEquals(412, second.statusCode(), second.body());
        JsonObject problem = ApiCaller.object(second);
        JsonObject current = problem.getJsonObject("current");
        assertEquals("Cook a meal with my sister on Sundays", current.getString("clientWords"));
        assertEquals(first.headers().firstValue("ETag").orElseThrow(), second.headers().firstValue("ETag").orElseThrow());
        JsonObject now = ApiCaller.object(ApiCaller.as(app(), "maria.gomez").get(path));
        assertEquals(1, now.getInt("revision"), "the stale change was not applied");
        assertTrue(now.getJsonArray("answers").stream().anyMatch(answer -> answer.asJsonObject().getString("party")
                .equals("PSYCHOTHERAPY") && "AGREE".equals(answer.asJsonObject().getString("response", null))),
                "the first change is kept: " + now);

        HttpResponse<String> fresh = ApiCaller.as(app(), "maria.gomez").put(path,
                "{\"clientWords\":\"Cook with my sister every Sunday\",\"lifeArea\":\"SOCIAL\","
                        + "\"owners\":[\"CARE_MANAGEMENT\",\"PSYCHOTHERAPY\"],\"reason\":\"Clearer\"}",
                second.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, fresh.statusCode(), fresh.body());
        assertEquals(2, ApiCaller.object(fresh).getInt("revision"));
    }

    @Test
    void aChangeWithoutIfMatchGets428() {
        long goal = ClinicRecords.seedGoal(ClinicRecords.clientId("Nguyen"), "Sleep by eleven");

        HttpResponse<String> answer = ApiCaller.as(app(), "sam.rivera").post("/goals/" + goal + "/answers",
                "{\"response\":\"AGREE\"}", null);

        assertEquals(428, answer.statusCode(), answer.body());
        assertEquals("If-Match", ApiCaller.object(answer).getString("field"));
    }

    @Test
    void hostileBodiesGet400ProblemDetailsNamingTheFieldNever5xx() {
        long client = ClinicRecords.clientId("Nguyen");
        long goal = ClinicRecords.seedGoal(client, "Walk every day", "AGREED");
        ApiCaller sam = ApiCaller.as(app(), "sam.rivera");
        String huge = "x".repeat(600);
        int measuresBefore = ClinicRecords.count("measure_result", client);
        long agreed = ClinicRecords.seedGoal(client, "Cook on Sundays", "AGREED");
        String paused = "/goals/" + agreed + "/paused";
        String measures = "/clients/" + client + "/measures";
        String tasks = "/goals/" + goal + "/tasks";
        String notes = "/clients/" + client + "/notes";
        String yesterday = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1).toString();
        record Hostile(String path, String body, String field) {
        }
        List<Hostile> bodies = List.of(
                new Hostile("/clients/" + client + "/goals", "{\"clientWords\": \"unclosed", null),
                new Hostile("/clients/" + client + "/goals", "[1, 2, 3]", null),
                new Hostile("/clients/" + client + "/goals", "", null),
                new Hostile("/clients/" + client + "/goals", "{\"clientWords\": 42, \"lifeArea\": \"SOCIAL\", \"owners\": [\"PSYCHOTHERAPY\"]}", "clientWords"),
                new Hostile("/clients/" + client + "/goals", "{\"clientWords\": \"A walk\", \"lifeArea\": \"MOON\", \"owners\": [\"PSYCHOTHERAPY\"]}", "lifeArea"),
                new Hostile("/clients/" + client + "/goals", "{\"clientWords\": \"A walk\", \"lifeArea\": \"SOCIAL\", \"owners\": \"PSYCHOTHERAPY\"}", "owners"),
                new Hostile("/clients/" + client + "/goals", "{\"clientWords\": \"A walk\", \"lifeArea\": \"SOCIAL\", \"owners\": [\"PSYCHOTHERAPY\"], \"isAdmin\": true}", "isAdmin"),
                new Hostile("/clients/" + client + "/goals", "{\"clientWords\": \"" + huge + "\", \"lifeArea\": \"SOCIAL\", \"owners\": [\"PSYCHOTHERAPY\"]}", "clientWords"),
                new Hostile("/clients/" + client + "/goals", "{\"clientWords\": \"" + "y".repeat(70_000) + "\"}", null),
                new Hostile("/clients/" + client + "/goals", "{\"clientWords\": \"A walk\", \"lifeArea\": \"SOCIAL\", \"owners\": [\"PSYCHOTHERAPY\"], \"target\": {\"measure\": \"km\", \"value\": 1e400, \"direction\": \"AT_LEAST\"}}", "target.value"),
                new Hostile("/goals/" + goal + "/check-ins", "{\"rating\": 99999999999999999999}", "rating"),
                new Hostile("/goals/" + goal + "/check-ins", "{\"rating\": \"four\"}", "rating"),
                new Hostile("/goals/" + goal + "/check-ins", "{\"rating\": 4.5}", "rating"),
                new Hostile("/goals/" + goal + "/check-ins", "{\"rating\": 11}", "rating"),
                new Hostile("/goals/" + goal + "/check-ins", "{\"rating\": 4, \"measuredValue\": 123456789012345678901234567890}", "measuredValue"),
                new Hostile(measures, "{\"instrument\": \"PHQ_9\", \"answers\": [0, 0", null),
                new Hostile(measures, "[0, 0, 0, 0, 0, 0, 0]", null),
                new Hostile(measures, "{\"instrument\": \"GAD_7\", \"answers\": \"0000000\", \"completedOn\": \"" + yesterday + "\"}", "answers"),
                new Hostile(measures, "{\"instrument\": \"GAD_7\", \"answers\": [0, \"one\", 0, 0, 0, 0, 0], \"completedOn\": \"" + yesterday + "\"}", "answers[1]"),
                new Hostile(measures, "{\"instrument\": \"GAD_7\", \"answers\": [0, 0, 0, 0, 0, 0, 99999999999999999999], \"completedOn\": \"" + yesterday + "\"}", "answers[6]"),
                new Hostile(measures, "{\"instrument\": \"" + huge + "\", \"answers\": [0, 0, 0, 0, 0, 0, 0]}", "instrument"),
                new Hostile(measures, "{\"instrument\": \"GAD_7\", \"answers\": [0, 0, 0, 0, 0, 0, 0], \"total\": 0}", "total"),
                new Hostile(measures, "{\"instrument\": \"PHQ_9\", \"answers\": [0, 0, 0, 0, 0, 0, 0, 0, 4], \"difficulty\": \"SOMEWHAT_DIFFICULT\", \"completedOn\": \"" + yesterday + "\"}", "answers[8]"),
                new Hostile(measures, "{\"instrument\": \"PHQ_9\", \"answers\": [0, 0, 0, 0, 0, 0, 0, 0], \"completedOn\": \"" + yesterday + "\"}", "answers[8]"),
                new Hostile(measures, "{\"instrument\": \"GAD_7\", \"answers\": [0, 0, 0, 0, 0, 0, 0, 0, 0, 0], \"completedOn\": \"" + yesterday + "\"}", "answers"),
                new Hostile(measures, "{\"instrument\": \"GAD_7\", \"answers\": [1, 0, 0, 0, 0, 0, 0], \"completedOn\": \"" + yesterday + "\"}", "difficulty"),
                new Hostile(measures, "{\"instrument\": \"GAD_7\", \"answers\": [0, 0, 0, 0, 0, 0, 0], \"completedOn\": \"2999-01-01\"}", "completedOn"),
                new Hostile(measures, "{\"instrument\": \"GAD_7\", \"answers\": [0, 0, 0, 0, 0, 0, 0]}", "completedOn"),
                new Hostile(tasks, "{\"description\": \"Walk", null),
                new Hostile(tasks, "{\"description\": 42, \"assignee\": \"CLIENT\", \"frequency\": \"DAILY\"}", "description"),
                new Hostile(tasks, "{\"description\": \"Walk\", \"assignee\": \"MOON\", \"frequency\": \"DAILY\"}", "assignee"),
                new Hostile(tasks, "{\"description\": \"Walk\", \"assignee\": \"CLIENT\", \"dueOn\": \"soon\"}", "dueOn"),
                new Hostile(tasks, "{\"description\": \"Walk\", \"assignee\": \"CLIENT\", \"frequency\": \"DAILY\", \"done\": true}", "done"),
                new Hostile(tasks, "{\"description\": \"" + huge + "\", \"assignee\": \"CLIENT\", \"frequency\": \"DAILY\"}", "description"),
                new Hostile(tasks, "{\"description\": \"Walk\", \"assignee\": \"CLIENT\"}", "dueOn"),
                new Hostile(notes, "{\"body\": ", null),
                new Hostile(notes, "{\"body\": 42, \"visibility\": \"CARE_TEAM\"}", "body"),
                new Hostile(notes, "{\"body\": \"Seen\", \"visibility\": \"EVERYONE\"}", "visibility"),
                new Hostile(notes, "{\"body\": \"Seen\", \"visibility\": \"CARE_TEAM\", \"goalId\": 1e30}", "goalId"),
                new Hostile(notes, "{\"body\": \"Seen\", \"visibility\": \"CARE_TEAM\", \"author\": \"priya.patel\"}", "author"),
                new Hostile(notes, "{\"body\": \"" + "n".repeat(5000) + "\", \"visibility\": \"CARE_TEAM\"}", "body"),
                new Hostile(notes, "{\"body\": \"<script>alert(1)</script>\", \"visibility\": \"CARE_TEAM\"}", "body"));
        for (Hostile hostile : bodies) {
            HttpResponse<String> answer = sam.post(hostile.path(), hostile.body(), null);
            String said = hostile.body().substring(0, Math.min(80, hostile.body().length())) + " -> " + answer.body();
            assertEquals(400, answer.statusCode(), said);
            assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse("").split(";")[0], said);
            JsonObject problem = ApiCaller.object(answer);
            assertEquals(400, problem.getInt("status"), said);
            if (hostile.field() != null) {
                assertEquals(hostile.field(), problem.getString("field", null), said);
            }
            assertFalse(answer.body().contains("Exception"), said);
        }
        record Reason(String body, String field) {
        }
        for (Reason reason : List.of(new Reason("{\"reason\": ", null), new Reason("{\"reason\": 5}", "reason"),
                new Reason("{\"reason\": \"Busy\", \"until\": \"2027-01-01\"}", "until"),
                new Reason("{\"reason\": \"" + "r".repeat(1200) + "\"}", "reason"), new Reason("", null))) {
            HttpResponse<String> answer = sam.post(paused, reason.body(), "\"0\"");
            String said = reason.body().substring(0, Math.min(80, reason.body().length())) + " -> " + answer.body();
            assertEquals(400, answer.statusCode(), said);
            assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse("").split(";")[0], said);
            if (reason.field() != null) {
                assertEquals(reason.field(), ApiCaller.object(answer).getString("field", null), said);
            }
        }
        assertEquals("AGREED", ApiCaller.object(sam.get("/goals/" + agreed)).getString("status"), "nothing was paused");
        HttpResponse<String> wrongType = sam.send("POST", "/clients/" + client + "/goals", "text/plain", "hello");
        assertEquals(415, wrongType.statusCode(), wrongType.body());
        HttpResponse<String> notANumber = sam.get("/clients/abc/care-plan");
        assertEquals(404, notANumber.statusCode(), notANumber.body());
        HttpResponse<String> badPage = sam.get("/caseload?page=-1");
        assertEquals(400, badPage.statusCode(), badPage.body());
        assertEquals("page", ApiCaller.object(badPage).getString("field"));
        for (String query : List.of("page=0", "page=abc", "filter=EVERYONE", "sort=AGE", "reversed=yes")) {
            HttpResponse<String> badRegistry = sam.get("/registry?" + query);
            assertEquals(400, badRegistry.statusCode(), query + " -> " + badRegistry.body());
            assertEquals(query.substring(0, query.indexOf('=')), ApiCaller.object(badRegistry).getString("field"), query);
        }
        assertEquals(0, ClinicRecords.count("measure_result", client) - measuresBefore, "no questionnaire was saved");
    }

    @Test
    void theCaseloadIsPagedWithLinks() {
        HttpResponse<String> answer = ApiCaller.as(app(), "maria.gomez").get("/caseload?page=2&size=5");

        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject page = ApiCaller.object(answer);
        assertEquals(5, page.getJsonArray("items").size());
        assertEquals(12, page.getInt("totalItems"));
        JsonObject links = page.getJsonObject("links");
        assertTrue(links.getString("next").contains("page=3"), links.toString());
        assertTrue(links.getString("prev").contains("page=1"), links.toString());
        assertTrue(String.join(", ", answer.headers().allValues("Link")).contains("rel=\"next\""), answer.headers().toString());
    }

    @Test
    void theClientTicksOffTheirTaskWithItsETag() {
        long client = ClinicRecords.clientId("Morgan");
        long task = ClinicRecords.seedTask(ClinicRecords.seedGoal(client, "Stretch in the morning", "AGREED"), client,
                "Stretch for five minutes");
        ApiCaller alex = ApiCaller.as(app(), "alex.morgan");

        HttpResponse<String> done = alex.post("/tasks/" + task + "/done", "", "\"0\"");
        HttpResponse<String> again = alex.post("/tasks/" + task + "/done", "", "\"0\"");

        assertEquals(200, done.statusCode(), done.body());
        assertEquals("DONE", ApiCaller.object(done).getString("status"));
        assertEquals(412, again.statusCode(), again.body());
        JsonObject current = ApiCaller.object(again).getJsonObject("current");
        assertEquals(task, current.getJsonNumber("id").longValue(), again.body());
        assertEquals("DONE", current.getString("status"), "the task as it is now");
        assertEquals(done.headers().firstValue("ETag").orElseThrow(), again.headers().firstValue("ETag").orElseThrow());
        assertEquals("\"" + current.getJsonNumber("version").longValue() + "\"", again.headers().firstValue("ETag").orElseThrow());
    }

    @Test
    void aTaskAddedToAGoalComesWithItsETagAndTheClientSetsTasksOnlyForThemself() {
        long client = ClinicRecords.clientId("Morgan");
        long goal = ClinicRecords.seedGoal(client, "Sleep by eleven", "AGREED");

        HttpResponse<String> added = ApiCaller.as(app(), "sam.rivera").post("/goals/" + goal + "/tasks",
                "{\"description\":\"Phone off at ten\",\"assignee\":\"CLIENT\",\"frequency\":\"DAILY\"}", null);
        HttpResponse<String> forTheTeam = ApiCaller.as(app(), "alex.morgan").post("/goals/" + goal + "/tasks",
                "{\"description\":\"Call me\",\"assignee\":\"PSYCHOTHERAPY\",\"dueOn\":\"2027-01-15\"}", null);

        assertEquals(201, added.statusCode(), added.body());
        JsonObject task = ApiCaller.object(added);
        assertEquals("Phone off at ten", task.getString("description"));
        assertEquals("CLIENT", task.getString("assigneeParty"));
        assertEquals(goal, task.getJsonNumber("goalId").longValue());
        assertEquals("\"" + task.getJsonNumber("version").longValue() + "\"", added.headers().firstValue("ETag").orElseThrow());
        assertTrue(ApiCaller.json(ApiCaller.as(app(), "alex.morgan").get("/clients/" + client + "/tasks").body())
                .asJsonArray().stream().anyMatch(listed -> listed.asJsonObject().getJsonNumber("id").longValue()
                        == task.getJsonNumber("id").longValue()), "the client reads it among their tasks");
        assertEquals(409, forTheTeam.statusCode(), forTheTeam.body());
    }

    @Test
    void aGoalIsPausedDiscontinuedOrAchievedWithItsETagAStaleOneGets412AndNoneGets428() {
        long client = ClinicRecords.clientId("Nguyen");
        String goal = "/goals/" + ClinicRecords.seedGoal(client, "Swim on Saturdays", "AGREED");
        ApiCaller sam = ApiCaller.as(app(), "sam.rivera");

        HttpResponse<String> withoutIfMatch = sam.post(goal + "/paused", "{\"reason\":\"The pool is closed\"}", null);
        HttpResponse<String> paused = sam.post(goal + "/paused", "{\"reason\":\"The pool is closed\"}", "\"0\"");
        HttpResponse<String> staleAchieved = sam.post(goal + "/achieved", "", "\"0\"");
        HttpResponse<String> discontinued = sam.post(goal + "/discontinued", "{\"reason\":\"Moved away from the pool\"}",
                paused.headers().firstValue("ETag").orElseThrow());

        assertEquals(428, withoutIfMatch.statusCode(), withoutIfMatch.body());
        assertEquals("If-Match", ApiCaller.object(withoutIfMatch).getString("field"));
        assertEquals(200, paused.statusCode(), paused.body());
        assertEquals("PAUSED", ApiCaller.object(paused).getString("status"));
        assertEquals("The pool is closed", ApiCaller.object(paused).getString("statusReason"));
        assertEquals(412, staleAchieved.statusCode(), staleAchieved.body());
        assertEquals("PAUSED", ApiCaller.object(staleAchieved).getJsonObject("current").getString("status"));
        assertEquals(paused.headers().firstValue("ETag").orElseThrow(), staleAchieved.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, discontinued.statusCode(), discontinued.body());
        assertEquals("DISCONTINUED", ApiCaller.object(discontinued).getString("status"));
        assertEquals("Moved away from the pool", ApiCaller.object(sam.get(goal)).getString("statusReason"), "kept");

        String another = "/goals/" + ClinicRecords.seedGoal(client, "Read before bed", "AGREED");
        HttpResponse<String> achieved = ApiCaller.as(app(), "alex.morgan").post(another + "/achieved", "", "\"0\"");
        assertEquals(403, achieved.statusCode(), "not Alex's goal: " + achieved.body());
        achieved = sam.post(another + "/achieved", "", "\"0\"");
        assertEquals(200, achieved.statusCode(), achieved.body());
        assertEquals("ACHIEVED", ApiCaller.object(achieved).getString("status"));
        HttpResponse<String> proposed = sam.post("/goals/" + ClinicRecords.seedGoal(client, "Not agreed yet") + "/achieved",
                "", "\"0\"");
        assertEquals(409, proposed.statusCode(), "only an agreed goal is achieved: " + proposed.body());
    }

    @Test
    void aTeamNoteIsWrittenWithItsVisibilityAndTheClientReadsOnlyThoseForThem() {
        long client = ClinicRecords.clientId("Morgan");
        ApiCaller sam = ApiCaller.as(app(), "sam.rivera");
        String shared = "Alex walked twice this week " + System.nanoTime();
        String teamOnly = "Discussed the medication review " + System.nanoTime();

        HttpResponse<String> forAlex = sam.post("/clients/" + client + "/notes",
                "{\"body\":\"" + shared + "\",\"visibility\":\"CLIENT_VISIBLE\"}", null);
        HttpResponse<String> forTheTeam = sam.post("/clients/" + client + "/notes",
                "{\"body\":\"" + teamOnly + "\",\"visibility\":\"CARE_TEAM\"}", null);
        HttpResponse<String> onAnotherPlansGoal = sam.post("/clients/" + client + "/notes",
                "{\"body\":\"Wrong plan\",\"visibility\":\"CARE_TEAM\",\"goalId\":"
                        + ClinicRecords.seedGoal(ClinicRecords.clientId("Nguyen"), "Someone else's") + "}", null);

        assertEquals(201, forAlex.statusCode(), forAlex.body());
        assertEquals("CLIENT_VISIBLE", ApiCaller.object(forAlex).getString("visibility"));
        assertEquals("sam.rivera", ApiCaller.object(forAlex).getString("author"));
        assertEquals(201, forTheTeam.statusCode(), forTheTeam.body());
        assertEquals(409, onAnotherPlansGoal.statusCode(), onAnotherPlansGoal.body());
        String alexReads = ApiCaller.as(app(), "alex.morgan").get("/clients/" + client + "/notes").body();
        assertTrue(alexReads.contains(shared), alexReads);
        assertFalse(alexReads.contains(teamOnly), "a team note stays with the team");
        assertTrue(sam.get("/clients/" + client + "/notes").body().contains(teamOnly));
    }

    @Test
    void theTeamReadsEveryAnswerAndTheClientTheirTotalsOnly() {
        long client = ClinicRecords.clientId("Morgan");

        HttpResponse<String> team = ApiCaller.as(app(), "sam.rivera").get("/clients/" + client + "/measures");
        HttpResponse<String> own = ApiCaller.as(app(), "alex.morgan").get("/clients/" + client + "/measures");

        assertEquals(200, team.statusCode(), team.body());
        assertEquals(200, own.statusCode(), own.body());
        JsonObject teams = ApiCaller.object(team);
        JsonObject alexs = ApiCaller.object(own);
        assertTrue(teams.getBoolean("itemAnswersShown"));
        assertFalse(alexs.getBoolean("itemAnswersShown"));
        assertEquals(ClinicRecords.count("measure_result", client), teams.getJsonArray("results").size());
        assertEquals(teams.getJsonArray("results").size(), alexs.getJsonArray("results").size());
        teams.getJsonArray("results").forEach(result -> assertTrue(result.asJsonObject().containsKey("answers"), result.toString()));
        alexs.getJsonArray("results").forEach(result -> {
            JsonObject score = result.asJsonObject();
            assertFalse(score.containsKey("answers") || score.containsKey("recordedBy"), "totals only: " + score);
            assertTrue(score.containsKey("total") && score.containsKey("severity"), score.toString());
        });
        for (int index = 0; index < teams.getJsonArray("results").size(); index++) {
            JsonObject result = teams.getJsonArray("results").getJsonObject(index);
            JsonObject score = alexs.getJsonArray("results").getJsonObject(index);
            assertEquals(List.of(result.getString("completedOn"), result.getString("instrument"), result.getInt("total")),
                    List.of(score.getString("completedOn"), score.getString("instrument"), score.getInt("total")),
                    "the same results in the same order, newest first");
        }
        assertTrue(teams.getJsonArray("results").getJsonObject(0).getString("completedOn")
                .compareTo(teams.getJsonArray("results").getJsonObject(teams.getJsonArray("results").size() - 1)
                        .getString("completedOn")) >= 0, "newest first");
    }

    @Test
    void item9AboveZeroRaisesTheTeamsSafetyFlagAsOnThePagesAndTheClientReadsTheCrisisResources() {
        long client = ClinicRecords.clientId("Morgan");
        int flagsBefore = ClinicRecords.count("safety_flag", client);
        List<Long> sent = new java.util.ArrayList<>();
        try {
            HttpResponse<String> own = ApiCaller.as(app(), "alex.morgan").post("/clients/" + client + "/measures",
                    "{\"instrument\":\"PHQ_9\",\"answers\":[2,2,1,1,1,0,1,0,1],\"difficulty\":\"SOMEWHAT_DIFFICULT\"}",
                    null);
            assertEquals(201, own.statusCode(), own.body());
            JsonObject result = ApiCaller.object(own);
            sent.add(result.getJsonNumber("id").longValue());
            assertTrue(result.getBoolean("raisedSafetyFlag"), own.body());
            assertTrue(result.getString("crisisResources").contains("988"), own.body());
            assertEquals(9, result.getInt("total"));
            assertEquals("PORTAL", result.getString("source"));
            assertFalse(result.containsKey("answers"), "the client reads their total, as in the portal");
            assertTrue(ClinicRecords.openFlagOn(sent.get(0)), "the flag is open for the team at once");
            JsonObject row = ApiCaller.object(ApiCaller.as(app(), "sam.rivera").get("/caseload?page=1&size=100"))
                    .getJsonArray("items").stream().map(item -> item.asJsonObject())
                    .filter(item -> item.getJsonNumber("clientId").longValue() == client).findFirst().orElseThrow();
            assertTrue(row.containsKey("safetyFlagRaisedAt"), "the team's caseload shows it: " + row);

            HttpResponse<String> paper = ApiCaller.as(app(), "sam.rivera").post("/clients/" + client + "/measures",
                    "{\"instrument\":\"PHQ_9\",\"answers\":[1,1,1,1,1,1,1,1,2],\"difficulty\":\"VERY_DIFFICULT\","
                            + "\"completedOn\":\"" + java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1) + "\"}",
                    null);
            assertEquals(201, paper.statusCode(), paper.body());
            JsonObject entered = ApiCaller.object(paper);
            sent.add(entered.getJsonNumber("id").longValue());
            assertEquals("PAPER", entered.getString("source"));
            assertEquals("sam.rivera", entered.getString("recordedBy"));
            assertTrue(entered.getBoolean("raisedSafetyFlag"), "a paper form's item 9 flags it as well");
            assertFalse(entered.containsKey("crisisResources"), "the clinician is not the one in crisis");
            assertEquals(2, entered.getJsonArray("answers").getInt(8));
            assertTrue(ClinicRecords.openFlagOn(sent.get(1)));
            assertEquals(flagsBefore + 2, ClinicRecords.count("safety_flag", client));

            HttpResponse<String> noFlag = ApiCaller.as(app(), "alex.morgan").post("/clients/" + client + "/measures",
                    "{\"instrument\":\"PHQ_9\",\"answers\":[3,3,3,3,3,3,3,3,0],\"difficulty\":\"VERY_DIFFICULT\"}",
                    null);
            assertEquals(201, noFlag.statusCode(), noFlag.body());
            sent.add(ApiCaller.object(noFlag).getJsonNumber("id").longValue());
            assertFalse(ApiCaller.object(noFlag).getBoolean("raisedSafetyFlag"), "item 9 at 0 raises none, however high");
            assertFalse(ApiCaller.object(noFlag).containsKey("crisisResources"));
            assertEquals(flagsBefore + 2, ClinicRecords.count("safety_flag", client));
        } finally {
            sent.forEach(ClinicRecords::takeBackMeasure);
        }
    }

    @Test
    void theRegistryIsPagedWithLinksAndFiltered() {
        ApiCaller maria = ApiCaller.as(app(), "maria.gomez");

        HttpResponse<String> answer = maria.get("/registry");
        HttpResponse<String> flagged = maria.get("/registry?filter=FLAGGED&sort=NAME");
        HttpResponse<String> beyond = maria.get("/registry?page=9");

        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject page = ApiCaller.object(answer);
        assertEquals(1, page.getInt("page"));
        assertEquals(25, page.getInt("size"));
        assertEquals(12, page.getInt("totalItems"), "Maria leads every team of the demo clinic");
        assertEquals(12, page.getJsonArray("items").size());
        JsonObject links = page.getJsonObject("links");
        assertTrue(links.getString("self").contains("/registry?page=1"), links.toString());
        assertFalse(links.containsKey("next"), links.toString());
        assertTrue(String.join(", ", answer.headers().allValues("Link")).contains("rel=\"first\""), answer.headers().toString());
        List<Boolean> open = page.getJsonArray("items").stream()
                .map(item -> item.asJsonObject().containsKey("openSafetyFlag")).toList();
        assertEquals(open.stream().sorted(java.util.Comparator.reverseOrder()).toList(), open, "open safety flags first");
        page.getJsonArray("items").forEach(item -> assertEquals(2, item.asJsonObject().getJsonArray("measures").size(),
                item.toString()));

        assertEquals(200, flagged.statusCode(), flagged.body());
        JsonObject flaggedPage = ApiCaller.object(flagged);
        assertEquals(open.stream().filter(Boolean::booleanValue).count(), flaggedPage.getJsonArray("items").size());
        flaggedPage.getJsonArray("items").forEach(item -> assertTrue(item.asJsonObject().containsKey("openSafetyFlag"), item.toString()));
        assertTrue(flaggedPage.getJsonObject("links").getString("self").contains("filter=FLAGGED"));
        assertEquals(1, ApiCaller.object(beyond).getInt("page"), "a page beyond the last answers the first");
    }

    @Test
    void theOpenApiDocumentHasEveryOperationEveryResponseWithASchemaAndTheSecurityScheme() {
        HttpResponse<String> answer = new WebSession().get(AllianceServer.serverUrl()
                + "/openapi?format=JSON");
        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject document = ApiCaller.object(answer);

        assertTrue(document.getString("openapi").startsWith("3."), document.getString("openapi"));
        JsonObject paths = document.getJsonObject("paths");
        List<String> expected = List.of(
                "get /clients/{clientId}/care-plan", "get /clients/{clientId}/goals", "post /clients/{clientId}/goals",
                "get /clients/{clientId}/tasks", "get /clients/{clientId}/check-ins", "get /clients/{clientId}/notes",
                "get /goals/{goalId}", "put /goals/{goalId}", "post /goals/{goalId}/answers",
                "post /goals/{goalId}/check-ins", "post /tasks/{taskId}/done", "get /caseload", "get /ping",
                "get /clients/{clientId}/measures", "post /clients/{clientId}/measures", "post /clients/{clientId}/notes",
                "post /goals/{goalId}/tasks", "post /goals/{goalId}/achieved", "post /goals/{goalId}/paused",
                "post /goals/{goalId}/discontinued", "get /registry",
                "get /fhir/Patient/{id}/$everything");
        JsonObject shared = document.getJsonObject("components").getJsonObject("responses");
        assertEquals(new java.util.TreeSet<>(List.of("BadRequest", "Unauthorized", "Forbidden", "NotFound", "Conflict",
                "ChangedMeanwhile", "PreconditionRequired", "Unexpected")), new java.util.TreeSet<>(shared.keySet()));
        List<String> found = new java.util.ArrayList<>();
        paths.forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (!List.of("get", "put", "post", "delete", "patch").contains(method)) {
                return;
            }
            int api = path.indexOf("/api/v1");
            found.add(method + " " + (api < 0 ? path : path.substring(api + "/api/v1".length())));
            JsonObject responses = operation.asJsonObject().getJsonObject("responses");
            if (api >= 0) {
                assertTrue(responses.containsKey("401"), path + " " + method + " documents 401");
                assertEquals("#/components/responses/Unauthorized", responses.getJsonObject("401").getString("$ref", null),
                        path + " " + method + " refers to the shared 401");
            }
            responses.forEach((status, written) -> {
                JsonObject response = written.asJsonObject();
                if (api >= 0 && status.compareTo("400") >= 0) {
                    assertTrue(response.containsKey("$ref"), path + " " + method + " " + status + " refers to a shared error");
                }
                if (response.containsKey("$ref")) {
                    String name = response.getString("$ref").substring("#/components/responses/".length());
                    assertTrue(shared.containsKey(name), path + " " + method + " " + status + " refers to " + name);
                    response = shared.getJsonObject(name);
                }
                JsonObject content = response.getJsonObject("content");
                assertTrue(content != null && !content.isEmpty(), path + " " + method + " " + status + " has content");
                content.forEach((type, media) -> assertTrue(media.asJsonObject().containsKey("schema"),
                        path + " " + method + " " + status + " " + type + " has a schema"));
            });
        }));
        assertEquals(new java.util.TreeSet<>(expected), new java.util.TreeSet<>(found));
        JsonObject schemes = document.getJsonObject("components").getJsonObject("securitySchemes");
        assertEquals("bearer", schemes.getJsonObject("bearer").getString("scheme"));
        assertTrue(document.getJsonObject("components").getJsonObject("schemas").containsKey("Problem"));
    }
}
