package care.alliance.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import care.alliance.goal.GoalContent;
import care.alliance.goal.LifeArea;
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
}
