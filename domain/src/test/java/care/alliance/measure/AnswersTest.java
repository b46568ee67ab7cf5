package care.alliance.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.alliance.rules.InvalidInput;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnswersTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    private static List<Integer> phq9(Integer... values) {
        return new ArrayList<>(Arrays.asList(values));
    }

    @Test
    void theTotalIsTheSumOfTheItems() {
        Answers answers = Answers.of(Instrument.PHQ_9, phq9(0, 1, 2, 3, 0, 1, 2, 3, 0), Difficulty.VERY_DIFFICULT);

        assertEquals(12, answers.total());
        assertEquals(Severity.MODERATE, answers.severity());
        assertEquals(Optional.of(Difficulty.VERY_DIFFICULT), answers.difficulty());
        assertEquals(3, answers.item(4).value());
    }

    @Test
    void anAnswerOfFourIsRefusedBesideItsItem() {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> Answers.of(Instrument.PHQ_9, phq9(0, 1, 4, 0, 0, 0, 0, 0, 0), Difficulty.SOMEWHAT_DIFFICULT));

        assertEquals(Optional.of("item3"), refused.field());
        assertEquals("Question 3 has the answer 4; an answer is from 0 (not at all) to 3 (nearly every day).",
                refused.message(Locale.ENGLISH));
        assertEquals("La pregunta 3 tiene la respuesta 4; una respuesta va de 0 (nunca) a 3 (casi todos los días).",
                refused.message(SPANISH));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 4, 9})
    void anAnswerOutsideZeroToThreeIsRefused(int value) {
        assertThrows(InvalidInput.class, () -> new Answer(value));
        assertThrows(InvalidInput.class, () -> Answers.of(Instrument.GAD_7, phq9(value, 0, 0, 0, 0, 0, 0), null));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void everyAnswerFromZeroToThreeIsTaken(int value) {
        assertEquals(value, new Answer(value).value());
    }

    @Test
    void aMissingItemIsRefusedBesideIt() {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> Answers.of(Instrument.PHQ_9, phq9(1, 1, 1, 1, null, 1, 1, 1, 0), Difficulty.SOMEWHAT_DIFFICULT));

        assertEquals(Optional.of("item5"), refused.field());
        assertEquals("Question 5 has no answer yet; every question needs one.", refused.message(Locale.ENGLISH));
    }

    @Test
    void aFormCutShortIsRefusedAtTheFirstUnansweredItem() {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> Answers.of(Instrument.GAD_7, phq9(1, 1, 1, 1, 1), Difficulty.SOMEWHAT_DIFFICULT));

        assertEquals(Optional.of("item6"), refused.field());
    }

    @Test
    void moreAnswersThanItemsAreRefused() {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> Answers.of(Instrument.GAD_7, phq9(0, 0, 0, 0, 0, 0, 0, 0), null));

        assertEquals("The Generalized Anxiety Disorder scale (GAD-7) has 7 questions; more answers were sent than that.",
                refused.message(Locale.ENGLISH));
    }

    @Test
    void theDifficultyIsAskedOnceAProblemIsCheckedOff() {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> Answers.of(Instrument.PHQ_9, phq9(0, 0, 0, 0, 0, 0, 0, 1, 0), null));
        assertEquals(Optional.of("difficulty"), refused.field());

        assertEquals(Optional.empty(), Answers.of(Instrument.PHQ_9, phq9(0, 0, 0, 0, 0, 0, 0, 0, 0), null).difficulty(),
                "not asked when nothing was checked off");
    }

    @Test
    void phq9Item9AboveZeroRaisesTheSafetyFlagAndZeroDoesNot() {
        assertFalse(Answers.of(Instrument.PHQ_9, phq9(3, 3, 3, 3, 3, 3, 3, 3, 0), Difficulty.EXTREMELY_DIFFICULT)
                .raisesSafetyFlag(), "a severe total alone raises no safety flag");
        for (int value = 1; value <= 3; value++) {
            assertTrue(Answers.of(Instrument.PHQ_9, phq9(0, 0, 0, 0, 0, 0, 0, 0, value), Difficulty.SOMEWHAT_DIFFICULT)
                    .raisesSafetyFlag(), "item 9 at " + value);
        }
    }

    @Test
    void noGad7ItemRaisesTheSafetyFlag() {
        assertFalse(Answers.of(Instrument.GAD_7, phq9(3, 3, 3, 3, 3, 3, 3), Difficulty.EXTREMELY_DIFFICULT)
                .raisesSafetyFlag());
    }

    @Test
    void noQuestionnaireIsRefused() {
        assertThrows(InvalidInput.class, () -> Answers.of(null, phq9(0), null));
    }
}
