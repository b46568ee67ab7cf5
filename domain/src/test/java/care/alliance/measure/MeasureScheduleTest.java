package care.alliance.measure;

import static care.alliance.measure.MeasureFixtures.CLIENT;
import static care.alliance.measure.MeasureFixtures.NOW;
import static care.alliance.measure.MeasureFixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import care.alliance.rules.InvalidInput;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MeasureScheduleTest {

    private static final LocalDate LAST = LocalDate.of(2026, 11, 2);

    private static MeasureSchedule standard() {
        return MeasureSchedule.standard(CLIENT, Instrument.PHQ_9, LocalDate.of(2026, 9, 1));
    }

    @Test
    void theStandardScheduleIsEveryTwoWeeks() {
        assertEquals(2, standard().everyWeeks());
        assertEquals(LAST.plusWeeks(2), standard().nextDueOn(Optional.of(LAST)));
    }

    @Test
    void theFirstIsDueTheDayTheScheduleStarts() {
        MeasureSchedule schedule = standard();

        assertEquals(DueStatus.NOT_DUE, schedule.statusOn(LocalDate.of(2026, 8, 31), Optional.empty()));
        assertEquals(DueStatus.DUE, schedule.statusOn(LocalDate.of(2026, 9, 1), Optional.empty()));
        assertEquals(DueStatus.OVERDUE, schedule.statusOn(LocalDate.of(2026, 9, 8), Optional.empty()));
    }

    @Test
    void dueTwoWeeksAfterTheLastAndOverdueAWeekLater() {
        MeasureSchedule schedule = standard();
        Optional<LocalDate> last = Optional.of(LAST);

        assertEquals(DueStatus.NOT_DUE, schedule.statusOn(LAST, last));
        assertEquals(DueStatus.NOT_DUE, schedule.statusOn(LAST.plusDays(13), last), "the day before it falls due");
        assertEquals(DueStatus.DUE, schedule.statusOn(LAST.plusDays(14), last), "the day it falls due");
        assertEquals(DueStatus.DUE, schedule.statusOn(LAST.plusDays(20), last), "six days after");
        assertEquals(DueStatus.OVERDUE, schedule.statusOn(LAST.plusDays(21), last), "a week after");
        assertEquals(DueStatus.OVERDUE, schedule.statusOn(LAST.plusDays(90), last));
    }

    @Test
    void theTeamChangesHowOften() {
        MeasureSchedule schedule = standard();

        schedule.change(4, "maria.gomez", NOW);

        assertEquals(4, schedule.everyWeeks());
        assertEquals(Optional.of("maria.gomez"), schedule.changedBy());
        assertEquals(Optional.of(NOW), schedule.changedAt());
        assertEquals(DueStatus.NOT_DUE, schedule.statusOn(LAST.plusDays(27), Optional.of(LAST)));
        assertEquals(DueStatus.DUE, schedule.statusOn(LAST.plusDays(28), Optional.of(LAST)));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 26})
    void fromEveryWeekToEveryHalfYear(int weeks) {
        MeasureSchedule schedule = standard();
        schedule.change(weeks, "maria.gomez", NOW);
        assertEquals(weeks, schedule.everyWeeks());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 27})
    void anIntervalOutsideOneToTwentySixWeeksIsRefusedAndNothingChanges(int weeks) {
        MeasureSchedule schedule = standard();

        InvalidInput refused = assertThrows(InvalidInput.class, () -> schedule.change(weeks, "maria.gomez", NOW));

        assertEquals(Optional.of("everyWeeks"), refused.field());
        assertEquals(2, schedule.everyWeeks());
        assertEquals(Optional.empty(), schedule.changedBy());
    }

    @Test
    void dueIsReadOnAnyDay() {
        assertEquals(DueStatus.DUE, standard().statusOn(TODAY, Optional.of(TODAY.minusWeeks(2))));
    }

    @Test
    void aPausedScheduleIsNeverDueNorOverdueUntilTheTeamSetsHowOftenAgain() {
        MeasureSchedule schedule = standard();
        schedule.pause("maria.gomez", NOW);

        assertEquals(true, schedule.isPaused());
        assertEquals(DueStatus.NOT_DUE, schedule.statusOn(LAST.plusWeeks(2), Optional.of(LAST)));
        assertEquals(DueStatus.NOT_DUE, schedule.statusOn(LAST.plusWeeks(20), Optional.of(LAST)));

        schedule.change(4, "maria.gomez", NOW);
        assertEquals(false, schedule.isPaused());
        assertEquals(DueStatus.NOT_DUE, schedule.statusOn(LAST.plusWeeks(4).minusDays(1), Optional.of(LAST)));
        assertEquals(DueStatus.DUE, schedule.statusOn(LAST.plusWeeks(4), Optional.of(LAST)));
        assertEquals(DueStatus.OVERDUE, schedule.statusOn(LAST.plusWeeks(5), Optional.of(LAST)));
    }
}
