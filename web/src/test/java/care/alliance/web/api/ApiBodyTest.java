package care.alliance.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import care.alliance.goal.GoalContent;
import care.alliance.goal.LifeArea;
import care.alliance.measure.Answers;
import care.alliance.measure.Instrument;
import care.alliance.rules.InvalidInput;
import care.alliance.team.Discipline;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ApiBodyTest {

    @Test
    void aProposalIsReadIntoTheDomainsContent() {
        GoalContent content = GoalBodies.proposal("{\"clientWords\":\"Walk to the park\",\"lifeArea\":\"SOCIAL\","
                + "\"owners\":[\"PSYCHOTHERAPY\",\"CARE_MANAGEMENT\"],"
                + "\"target\":{\"measure\":\"walks a week\",\"value\":3,\"direction\":\"AT_LEAST\",\"byDate\":\"2027-02-01\"}}");

        assertEquals("Walk to the park", content.clientWords());
        assertEquals(LifeArea.SOCIAL, content.lifeArea());
        assertEquals(Set.of(Discipline.PSYCHOTHERAPY, Discipline.CARE_MANAGEMENT), content.owners());
        assertEquals(0, new BigDecimal("3").compareTo(content.target().value()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "{\"clientWords\": |-|body.malformed",
            "[]|-|body.notAnObject",
            "' '|-|body.empty",
            "{\"clientWords\":1,\"lifeArea\":\"SOCIAL\",\"owners\":[\"PSYCHOTHERAPY\"]}|clientWords|field.notText",
            "{\"clientWords\":\"a\",\"lifeArea\":\"MOON\",\"owners\":[\"PSYCHOTHERAPY\"]}|lifeArea|field.notOneOf",
            "{\"clientWords\":\"a\",\"lifeArea\":\"SOCIAL\"}|owners|field.required",
            "{\"clientWords\":\"a\",\"lifeArea\":\"SOCIAL\",\"owners\":{}}|owners|field.notAList",
            "{\"clientWords\":\"a\",\"lifeArea\":\"SOCIAL\",\"owners\":[\"PSYCHOTHERAPY\"],\"admin\":true}|admin|field.unknown",
            "{\"clientWords\":\"a\",\"lifeArea\":\"SOCIAL\",\"owners\":[\"PSYCHOTHERAPY\"],\"target\":{\"x\":1}}|target.x|field.unknown",
            "{\"clientWords\":\"a\",\"lifeArea\":\"SOCIAL\",\"owners\":[\"PSYCHOTHERAPY\"],\"target\":{\"measure\":\"m\",\"value\":1e400,\"direction\":\"AT_LEAST\"}}|target.value|field.numberTooLarge",
            "{\"clientWords\":\"a\",\"lifeArea\":\"SOCIAL\",\"owners\":[\"PSYCHOTHERAPY\"],\"target\":{\"measure\":\"m\",\"value\":1,\"direction\":\"AT_LEAST\",\"byDate\":\"soon\"}}|target.byDate|field.notADate"})
    void aBodyNotAsTheOperationTakesItIsRefusedNamingTheField(String body, String field, String key) {
        BadBody refused = assertThrows(BadBody.class, () -> GoalBodies.proposal(body));

        assertEquals(key, refused.key());
        assertEquals(field, refused.field());
    }

    @Test
    void aNumberBeyondAnIntIsNotARating() {
        BadBody refused = assertThrows(BadBody.class, () -> GoalBodies.checkIn("{\"rating\":99999999999}"));

        assertEquals("rating", refused.field());
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsParsed() {
        BadBody refused = assertThrows(BadBody.class,
                () -> GoalBodies.proposal("{\"clientWords\":\"" + "x".repeat(ApiBody.MOST_CHARACTERS) + "\"}"));

        assertEquals("body.tooLarge", refused.key());
    }

    @Test
    void theDomainStillJudgesTheContent() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> GoalBodies.proposal(
                "{\"clientWords\":\"" + "x".repeat(GoalContent.CLIENT_WORDS_LENGTH + 1) + "\",\"lifeArea\":\"SOCIAL\","
                        + "\"owners\":[\"PSYCHOTHERAPY\"]}"));

        assertEquals("goalClientWords", refused.field().orElseThrow());
    }

    @Test
    void everyWordingOfTheApiIsInBothLanguages() {
        for (String key : java.util.ResourceBundle.getBundle("care.alliance.web.api.problems", Locale.ENGLISH).keySet()) {
            assertEquals(false, ApiProblems.say(Locale.forLanguageTag("es"), key, 1, 2, 3).isBlank(), key);
        }
        assertEquals("No está abierto para usted", ApiProblems.say(Locale.forLanguageTag("es"), "title.forbidden"));
    }

    @Test
    void theCallersLanguageIsOneAllianceSpeaksElseEnglish() {
        assertEquals(Locale.forLanguageTag("es"), ApiProblems.localeOf(java.util.List.of(Locale.forLanguageTag("es-MX"))));
        assertEquals(Locale.ENGLISH, ApiProblems.localeOf(java.util.List.of(Locale.FRENCH)));
        assertEquals(Locale.forLanguageTag("es"), ApiProblems.localeOf(java.util.List.of(Locale.FRENCH, Locale.forLanguageTag("es"))));
    }

    @Test
    void ifMatchNamesTheVersionOrNone() {
        assertEquals(7, Preconditions.seenVersion("\"7\""));
        assertEquals(-1, Preconditions.seenVersion("W/\"7\""));
        assertEquals(-1, Preconditions.seenVersion("*"));
        assertEquals(-1, Preconditions.seenVersion("\"99999999999999999999\""));
        assertThrows(Preconditions.Missing.class, () -> Preconditions.seenVersion(null));
    }

    @Test
    void aQuestionnaireKeepsAnItemLeftOutAsMissingForTheDomainToName() {
        MeasureJson.Sent sent = MeasureJson.sent("{\"instrument\":\"GAD_7\",\"answers\":[1,0,null,0,0,0,0],"
                + "\"difficulty\":\"SOMEWHAT_DIFFICULT\"}");

        assertEquals(Instrument.GAD_7, sent.instrument());
        assertEquals(java.util.Arrays.asList(1, 0, null, 0, 0, 0, 0), sent.answers());
        InvalidInput missing = assertThrows(InvalidInput.class,
                () -> Answers.of(sent.instrument(), sent.answers(), sent.difficulty()));
        assertEquals("answers[2]", InvalidInputAnswer.apiField(missing.field().orElseThrow()), "item 3");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "{\"instrument\":\"BDI_II\",\"answers\":[0]}|instrument|field.notOneOf",
            "{\"answers\":[0,0,0,0,0,0,0]}|instrument|field.required",
            "{\"instrument\":\"GAD_7\"}|answers|field.required",
            "{\"instrument\":\"GAD_7\",\"answers\":\"0000000\"}|answers|field.notAList",
            "{\"instrument\":\"GAD_7\",\"answers\":[0,\"one\",0,0,0,0,0]}|answers[1]|field.notInteger",
            "{\"instrument\":\"GAD_7\",\"answers\":[0,0,0,0,0,0,1.5]}|answers[6]|field.notInteger",
            "{\"instrument\":\"GAD_7\",\"answers\":[0,0,0,0,0,0,99999999999]}|answers[6]|field.notInteger",
            "{\"instrument\":\"GAD_7\",\"answers\":[0,0,0,0,0,0,0],\"completedOn\":\"yesterday\"}|completedOn|field.notADate",
            "{\"instrument\":\"GAD_7\",\"answers\":[0,0,0,0,0,0,0],\"score\":0}|score|field.unknown"})
    void aQuestionnaireNotAsTheApiTakesItIsRefusedNamingTheField(String body, String field, String key) {
        BadBody refused = assertThrows(BadBody.class, () -> MeasureJson.sent(body));

        assertEquals(key, refused.key());
        assertEquals(field, refused.field());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "{\"description\":\"Walk\",\"assignee\":\"NURSE\",\"frequency\":\"DAILY\"}|assignee|field.notOneOf",
            "{\"description\":\"Walk\",\"frequency\":\"DAILY\"}|assignee|field.required",
            "{\"description\":\"Walk\",\"assignee\":\"CLIENT\",\"frequency\":\"HOURLY\"}|frequency|field.notOneOf",
            "{\"description\":\"Walk\",\"assignee\":\"CLIENT\",\"dueOn\":20270101}|dueOn|field.notText",
            "{\"description\":[\"Walk\"],\"assignee\":\"CLIENT\"}|description|field.notText"})
    void aTaskNotAsTheApiTakesItIsRefusedNamingTheField(String body, String field, String key) {
        BadBody refused = assertThrows(BadBody.class, () -> GoalBodies.task(body));

        assertEquals(key, refused.key());
        assertEquals(field, refused.field());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "{\"body\":\"Seen today\",\"visibility\":\"EVERYONE\"}|visibility|field.notOneOf",
            "{\"body\":\"Seen today\"}|visibility|field.required",
            "{\"body\":\"Seen today\",\"visibility\":\"CARE_TEAM\",\"goalId\":-4}|goalId|field.notAnId",
            "{\"body\":\"Seen today\",\"visibility\":\"CARE_TEAM\",\"goalId\":\"4\"}|goalId|field.notAnId",
            "{\"body\":\"Seen today\",\"visibility\":\"CARE_TEAM\",\"author\":\"priya\"}|author|field.unknown"})
    void aNoteNotAsTheApiTakesItIsRefusedNamingTheField(String body, String field, String key) {
        BadBody refused = assertThrows(BadBody.class, () -> NoteBodies.note(body));

        assertEquals(key, refused.key());
        assertEquals(field, refused.field());
    }

    @Test
    void theDomainsFieldNamesBecomeTheApisOwn() {
        assertEquals("answers[8]", InvalidInputAnswer.apiField("item9"));
        assertEquals("reason", InvalidInputAnswer.apiField("pauseReason"));
        assertEquals("description", InvalidInputAnswer.apiField("taskDescription"));
        assertEquals("completedOn", InvalidInputAnswer.apiField("completedOn"));
    }

    @Test
    void registryParametersAreReadStrictly() {
        assertEquals("filter", assertThrows(BadBody.class,
                () -> Paging.choice("filter", "EVERYONE", care.alliance.measure.RegistryFilter.class, null)).field());
        assertEquals("reversed", assertThrows(BadBody.class, () -> Paging.yesOrNo("reversed", "yes")).field());
        assertEquals(true, Paging.yesOrNo("reversed", "true"));
    }
}
