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
                new Hostile("/goals/" + goal + "/check-ins", "{\"rating\": 4, \"measuredValue\": 123456789012345678901234567890}", "measuredValue"));
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
        HttpResponse<String> wrongType = sam.send("POST", "/clients/" + client + "/goals", "text/plain", "hello");
        assertEquals(415, wrongType.statusCode(), wrongType.body());
        HttpResponse<String> notANumber = sam.get("/clients/abc/care-plan");
        assertEquals(404, notANumber.statusCode(), notANumber.body());
        HttpResponse<String> badPage = sam.get("/caseload?page=-1");
        assertEquals(400, badPage.statusCode(), badPage.body());
        assertEquals("page", ApiCaller.object(badPage).getString("field"));
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
    }

    @Test
    void theOpenApiDocumentHasEveryOperationEveryResponseWithASchemaAndTheSecurityScheme() {
        HttpResponse<String> answer = new WebSession().get("http://localhost:" + Integer.getInteger("it.port", 18080)
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
                "get /fhir/Patient/{id}/$everything");
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
            }
            responses.forEach((status, response) -> {
                JsonObject content = response.asJsonObject().getJsonObject("content");
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
