package care.alliance.review;

import static care.alliance.review.CaseReviewTest.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.alliance.goal.Party;
import care.alliance.rules.ChangeRefused;
import care.alliance.rules.InvalidInput;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RecommendationTest {

    private static final Instant LATER = NOW.plus(Duration.ofHours(5));
    private static final String SERTRALINE = "Consider raising sertraline from 50 mg to 100 mg daily; recheck PHQ-9 in 4 weeks.";

    private static Recommendation open() {
        return Recommendation.make(7, RecommendationKind.MEDICATION_CHANGE, SERTRALINE, "priya.patel",
                Party.PSYCHIATRY, NOW);
    }

    private static void answer(Recommendation recommendation, RecommendationStatus outcome, String words) {
        recommendation.answer(outcome, words, "tom.okafor", Party.PRIMARY_CARE, LATER);
    }

    @Test
    void aRecommendationIsOpenForTheTeamsPrimaryCareUntilAnswered() {
        Recommendation recommendation = open();

        assertTrue(recommendation.isOpen());
        assertEquals(RecommendationStatus.OPEN, recommendation.status());
        assertEquals(Party.PRIMARY_CARE, recommendation.addressedTo());
        assertEquals(RecommendationKind.MEDICATION_CHANGE, recommendation.kind());
        assertEquals(SERTRALINE, recommendation.text());
        assertEquals("priya.patel", recommendation.recommendedBy());
        assertEquals(NOW, recommendation.recommendedAt());
        assertEquals(Optional.empty(), recommendation.answeredBy());
        assertEquals(Optional.empty(), recommendation.answer());
    }

    @Test
    void acceptingNeedsNoWordsButKeepsThemWhenGiven() {
        Recommendation accepted = open();
        answer(accepted, RecommendationStatus.ACCEPTED, "  ");
        assertEquals(RecommendationStatus.ACCEPTED, accepted.status());
        assertEquals(Optional.empty(), accepted.answer());
        assertEquals(Optional.of("tom.okafor"), accepted.answeredBy());
        assertEquals(Optional.of(Party.PRIMARY_CARE), accepted.answeredByParty());
        assertEquals(Optional.of(LATER), accepted.answeredAt());
        assertFalse(accepted.isOpen());

        Recommendation withNote = open();
        answer(withNote, RecommendationStatus.ACCEPTED, "Prescribed today; Alex agreed.");
        assertEquals(Optional.of("Prescribed today; Alex agreed."), withNote.answer());
    }

    @Test
    void adaptingSaysWhatWasAdapted() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> answer(open(), RecommendationStatus.ADAPTED, " "));
        assertEquals("What you adapted is required.", refused.getMessage());
        assertEquals("whatWasAdapted", refused.field().orElseThrow());

        Recommendation adapted = open();
        answer(adapted, RecommendationStatus.ADAPTED, "75 mg first, for two weeks: GI side effects before.");
        assertEquals(RecommendationStatus.ADAPTED, adapted.status());
        assertEquals(Optional.of("75 mg first, for two weeks: GI side effects before."), adapted.answer());
    }

    @Test
    void decliningSaysWhy() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> answer(open(), RecommendationStatus.DECLINED, null));
        assertEquals("declineWhy", refused.field().orElseThrow());

        Recommendation declined = open();
        answer(declined, RecommendationStatus.DECLINED, "QTc prolonged on last ECG; discussed with Dr Patel.");
        assertEquals(RecommendationStatus.DECLINED, declined.status());
    }

    @Test
    void aRefusedAnswerLeavesItOpen() {
        Recommendation recommendation = open();
        assertThrows(InvalidInput.class, () -> answer(recommendation, RecommendationStatus.DECLINED, "<i>no</i>"));
        assertThrows(InvalidInput.class, () -> answer(recommendation, RecommendationStatus.ADAPTED, "x".repeat(2001)));
        assertTrue(recommendation.isOpen());
        assertEquals(Optional.empty(), recommendation.answeredBy());
    }

    @Test
    void theAnswerKeepsToItsLength() {
        Recommendation recommendation = open();
        answer(recommendation, RecommendationStatus.ADAPTED, "x".repeat(2000));
        assertEquals(2000, recommendation.answer().orElseThrow().length());
    }

    @ParameterizedTest
    @EnumSource(value = RecommendationStatus.class, names = "OPEN", mode = EnumSource.Mode.EXCLUDE)
    void onlyAnOpenRecommendationIsAnsweredAndOnlyOnce(RecommendationStatus second) {
        Recommendation recommendation = open();
        answer(recommendation, RecommendationStatus.DECLINED, "Client declined medication changes for now.");

        ChangeRefused refused = assertThrows(ChangeRefused.class, () -> answer(recommendation, second, "Changed my mind."));
        assertEquals("This recommendation was already answered by tom.okafor, and an answer is not changed. Read theirs.",
                refused.getMessage());
        assertEquals(RecommendationStatus.DECLINED, recommendation.status(), "the first answer stands");
        assertEquals(Optional.of("Client declined medication changes for now."), recommendation.answer());
    }

    @Test
    void anAnswerIsAcceptAdaptOrDeclineNeverOpenAgain() {
        Recommendation recommendation = open();
        InvalidInput refused = assertThrows(InvalidInput.class, () -> answer(recommendation, RecommendationStatus.OPEN, "x"));
        assertEquals("recommendationAnswer", refused.field().orElseThrow());
        assertThrows(InvalidInput.class, () -> answer(recommendation, null, "x"));
        assertTrue(recommendation.isOpen());
    }

    @ParameterizedTest
    @EnumSource(value = Party.class, names = "PRIMARY_CARE", mode = EnumSource.Mode.EXCLUDE)
    void onlyPrimaryCareAnswers(Party party) {
        Recommendation recommendation = open();
        assertThrows(ChangeRefused.class,
                () -> recommendation.answer(RecommendationStatus.ACCEPTED, null, "someone", party, LATER));
        assertTrue(recommendation.isOpen());
    }

    @ParameterizedTest
    @EnumSource(value = Party.class, names = "PSYCHIATRY", mode = EnumSource.Mode.EXCLUDE)
    void onlyPsychiatryRecommends(Party party) {
        ChangeRefused refused = assertThrows(ChangeRefused.class, () -> Recommendation.make(7,
                RecommendationKind.REFERRAL, "Refer to the eating disorders service.", "someone", party, NOW));
        assertEquals("Las recomendaciones psiquiátricas las hace el psiquiatra del equipo.",
                refused.message(Locale.forLanguageTag("es")));
    }

    @Test
    void aRecommendationSaysWhatItIsAndWhatItRecommends() {
        InvalidInput noKind = assertThrows(InvalidInput.class,
                () -> Recommendation.make(7, null, SERTRALINE, "priya.patel", Party.PSYCHIATRY, NOW));
        assertEquals("recommendationKind", noKind.field().orElseThrow());
        InvalidInput noText = assertThrows(InvalidInput.class, () -> Recommendation.make(7,
                RecommendationKind.TREATMENT_CHANGE, "  ", "priya.patel", Party.PSYCHIATRY, NOW));
        assertEquals("The recommendation is required.", noText.getMessage());
        assertEquals("recommendationText", noText.field().orElseThrow());
        assertEquals(2000, Recommendation.make(7, RecommendationKind.OTHER, "y".repeat(2000), "priya.patel",
                Party.PSYCHIATRY, NOW).text().length());
        assertEquals("recommendationText", assertThrows(InvalidInput.class, () -> Recommendation.make(7,
                RecommendationKind.OTHER, "y".repeat(2001), "priya.patel", Party.PSYCHIATRY, NOW)).field().orElseThrow());
        assertEquals("recommendationText", assertThrows(InvalidInput.class, () -> Recommendation.make(7,
                RecommendationKind.OTHER, "Try <script>x</script>", "priya.patel", Party.PSYCHIATRY, NOW))
                .field().orElseThrow());
    }

    @Test
    void onlyAMedicationChangeIsAMedicationMatter() {
        assertTrue(RecommendationKind.MEDICATION_CHANGE.isMedication());
        assertFalse(RecommendationKind.TREATMENT_CHANGE.isMedication());
        assertFalse(RecommendationKind.REFERRAL.isMedication());
        assertFalse(RecommendationKind.OTHER.isMedication());
    }
}
