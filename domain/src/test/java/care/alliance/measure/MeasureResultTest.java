package care.alliance.measure;

import static care.alliance.measure.MeasureFixtures.CLIENT;
import static care.alliance.measure.MeasureFixtures.NOW;
import static care.alliance.measure.MeasureFixtures.TODAY;
import static care.alliance.measure.MeasureFixtures.totalling;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import care.alliance.goal.Party;
import care.alliance.rules.InvalidInput;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MeasureResultTest {

    @Test
    void theClientsOwnMeasureIsOfTodayAndSaysSo() {
        MeasureResult result = MeasureResult.filledInByClient(CLIENT, totalling(Instrument.PHQ_9, 12), "alex.morgan",
                NOW, TODAY);

        assertEquals(TODAY, result.completedOn());
        assertEquals(MeasureSource.PORTAL, result.source());
        assertEquals(Party.CLIENT, result.recordedByParty());
        assertEquals(12, result.total());
        assertEquals(Severity.MODERATE, result.severity());
        assertEquals(NOW, result.recordedAt());
    }

    @Test
    void aMeasureFromPaperKeepsTheDayTheClientAnsweredAndWhoEnteredIt() {
        MeasureResult result = MeasureResult.enteredFromPaper(CLIENT, totalling(Instrument.GAD_7, 15),
                TODAY.minusDays(3), "sam.rivera", Party.PSYCHOTHERAPY, NOW, TODAY);

        assertEquals(TODAY.minusDays(3), result.completedOn());
        assertEquals(MeasureSource.PAPER, result.source());
        assertEquals("sam.rivera", result.recordedBy());
        assertEquals(Severity.SEVERE, result.severity());
    }

    @Test
    void aMeasureFromPaperMayBeOfTodayButNotOfTomorrow() {
        assertEquals(TODAY, MeasureResult.enteredFromPaper(CLIENT, totalling(Instrument.PHQ_9, 3), TODAY, "sam.rivera",
                Party.PSYCHOTHERAPY, NOW, TODAY).completedOn());

        InvalidInput refused = assertThrows(InvalidInput.class, () -> MeasureResult.enteredFromPaper(CLIENT,
                totalling(Instrument.PHQ_9, 3), TODAY.plusDays(1), "sam.rivera", Party.PSYCHOTHERAPY, NOW, TODAY));
        assertEquals(Optional.of("completedOn"), refused.field());
        assertEquals("The day the client filled it in cannot be later than today.", refused.message(Locale.ENGLISH));
        assertEquals("El día en que el cliente lo completó no puede ser posterior a hoy.",
                refused.message(Locale.forLanguageTag("es")));
    }

    @Test
    void aMeasureFromPaperNeedsItsDayWithinThePlanYears() {
        assertThrows(InvalidInput.class, () -> MeasureResult.enteredFromPaper(CLIENT, totalling(Instrument.PHQ_9, 3),
                null, "sam.rivera", Party.PSYCHOTHERAPY, NOW, TODAY));
        assertThrows(InvalidInput.class, () -> MeasureResult.enteredFromPaper(CLIENT, totalling(Instrument.PHQ_9, 3),
                LocalDate.of(1999, 12, 31), "sam.rivera", Party.PSYCHOTHERAPY, NOW, TODAY));
    }

    @Test
    void onlyAClinicianEntersFromPaper() {
        assertThrows(IllegalArgumentException.class, () -> MeasureResult.enteredFromPaper(CLIENT,
                totalling(Instrument.PHQ_9, 3), TODAY, "alex.morgan", Party.CLIENT, NOW, TODAY));
    }

    @Test
    void theAnswersReadBackAsGiven() {
        Answers given = Answers.of(Instrument.PHQ_9, List.of(0, 1, 2, 3, 0, 1, 2, 3, 1), Difficulty.VERY_DIFFICULT);
        Answers read = MeasureResult.filledInByClient(CLIENT, given, "alex.morgan", NOW, TODAY).answers();

        assertEquals(given.items(), read.items());
        assertEquals(given.difficulty(), read.difficulty());

        Answers gad = Answers.of(Instrument.GAD_7, List.of(3, 2, 1, 0, 1, 2, 3), Difficulty.SOMEWHAT_DIFFICULT);
        assertEquals(gad.items(), MeasureResult.filledInByClient(CLIENT, gad, "alex.morgan", NOW, TODAY).answers().items(),
                "seven items, none added");
    }

    @Test
    void aMeasureNeedsItsAnswers() {
        assertThrows(InvalidInput.class, () -> MeasureResult.filledInByClient(CLIENT, null, "alex.morgan", NOW, TODAY));
    }
}
