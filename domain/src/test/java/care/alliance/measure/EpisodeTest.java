package care.alliance.measure;

import static care.alliance.measure.MeasureFixtures.gad7On;
import static care.alliance.measure.MeasureFixtures.phq9On;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EpisodeTest {

    private static final LocalDate START = LocalDate.of(2026, 9, 7);

    private static Episode phq9(int baseline, int latest, LocalDate today) {
        return Episode.of(Instrument.PHQ_9, List.of(phq9On(START, baseline), phq9On(START.plusWeeks(4), latest)),
                START, today).orElseThrow();
    }

    private static Episode phq9(int baseline, int latest) {
        return phq9(baseline, latest, START.plusWeeks(4));
    }

    @Test
    void baselineIsTheFirstScoreLatestTheLastAndChangeTheDifference() {
        Episode episode = Episode.of(Instrument.PHQ_9, List.of(phq9On(START.plusWeeks(4), 12),
                phq9On(START, 18), phq9On(START.plusWeeks(2), 15), gad7On(START.plusWeeks(5), 3)), START,
                START.plusWeeks(5)).orElseThrow();

        assertEquals(18, episode.baseline().total());
        assertEquals(12, episode.latest().total());
        assertEquals(-6, episode.change());
        assertEquals(3, episode.scores(), "the GAD-7 is another episode's");
        assertEquals(5, episode.weeksInCare());
    }

    @Test
    void noScoreNoEpisode() {
        assertEquals(Optional.empty(), Episode.of(Instrument.GAD_7, List.of(phq9On(START, 12)), START, START));
    }

    @ParameterizedTest(name = "{0} to {1}: response {2}")
    @CsvSource({"20, 10, true", "20, 11, false", "15, 7, true", "15, 8, false", "10, 5, true", "10, 6, false",
            "27, 13, true", "27, 14, false"})
    void aResponseIsADropOfAtLeastHalfTheBaseline(int baseline, int latest, boolean response) {
        assertEquals(response, phq9(baseline, latest).isResponse());
        if (latest >= Instrument.REMISSION_BELOW) {
            assertEquals(response ? EpisodeStatus.RESPONSE : EpisodeStatus.IMPROVING,
                    phq9(baseline, latest).status(TreatToTarget.STANDARD));
        }
    }

    @ParameterizedTest(name = "latest {0}: remission {1}")
    @CsvSource({"4, true", "5, false", "0, true"})
    void remissionIsALatestScoreBelowFive(int latest, boolean remission) {
        Episode episode = phq9(16, latest);

        assertEquals(remission, episode.isRemission());
        assertEquals(remission ? EpisodeStatus.REMISSION : EpisodeStatus.RESPONSE, episode.status(TreatToTarget.STANDARD));
    }

    @Test
    void remissionOnTheGad7IsBelowFiveToo() {
        Episode episode = Episode.of(Instrument.GAD_7, List.of(gad7On(START, 12), gad7On(START.plusWeeks(6), 4)),
                START, START.plusWeeks(6)).orElseThrow();
        assertEquals(EpisodeStatus.REMISSION, episode.status(TreatToTarget.STANDARD));
    }

    @Test
    void theBaselineAloneIsNeitherResponseNorRemission() {
        Episode episode = Episode.of(Instrument.PHQ_9, List.of(phq9On(START, 3)), START, START).orElseThrow();

        assertFalse(episode.isRemission());
        assertFalse(episode.isResponse());
        assertEquals(EpisodeStatus.NEW, episode.status(TreatToTarget.STANDARD));
    }

    @Test
    void aBaselineOfZeroHasNoResponseToShow() {
        assertFalse(phq9(0, 0).isResponse());
    }

    @Test
    void noResponseAfterTenWeeksInCareIsNotImprovingAndADayLessIsNot() {
        assertEquals(EpisodeStatus.IMPROVING, phq9(18, 12, START.plusWeeks(10).minusDays(1)).status(TreatToTarget.STANDARD));
        assertEquals(EpisodeStatus.NOT_IMPROVING, phq9(18, 12, START.plusWeeks(10)).status(TreatToTarget.STANDARD));
        assertEquals(EpisodeStatus.NEW, phq9(18, 18, START.plusWeeks(10).minusDays(1)).status(TreatToTarget.STANDARD));
        assertEquals(EpisodeStatus.NOT_IMPROVING, phq9(18, 20, START.plusWeeks(10)).status(TreatToTarget.STANDARD));
    }

    @Test
    void aResponseOrRemissionAfterTenWeeksIsNotNotImproving() {
        assertEquals(EpisodeStatus.RESPONSE, phq9(18, 9, START.plusWeeks(30)).status(TreatToTarget.STANDARD));
        assertEquals(EpisodeStatus.REMISSION, phq9(18, 4, START.plusWeeks(30)).status(TreatToTarget.STANDARD));
    }

    @Test
    void theClinicSetsTheWeeksBeforeNotImproving() {
        TreatToTarget twelve = new TreatToTarget(12);

        assertEquals(EpisodeStatus.IMPROVING, phq9(18, 12, START.plusWeeks(11)).status(twelve));
        assertEquals(EpisodeStatus.NOT_IMPROVING, phq9(18, 12, START.plusWeeks(12)).status(twelve));
    }

    @Test
    void weeksInCareCountFromTheStartOfCareOrTheBaselineIfEarlier() {
        Episode fromCare = Episode.of(Instrument.PHQ_9, List.of(phq9On(START.plusWeeks(3), 12)), START,
                START.plusWeeks(10)).orElseThrow();
        assertEquals(10, fromCare.weeksInCare());
        Episode fromBaseline = Episode.of(Instrument.PHQ_9, List.of(phq9On(START.plusWeeks(3), 12)), null,
                START.plusWeeks(10)).orElseThrow();
        assertEquals(7, fromBaseline.weeksInCare());
        assertTrue(fromCare.status(TreatToTarget.STANDARD) == EpisodeStatus.NOT_IMPROVING);
    }

    @Test
    void anEpisodeReadFromItsFirstAndLatestResultsIsTheOneReadFromEveryResult() {
        List<MeasureResult> results = List.of(phq9On(START, 18), phq9On(START.plusWeeks(2), 15),
                phq9On(START.plusWeeks(11), 12));
        LocalDate today = START.plusWeeks(11);

        assertEquals(Episode.of(Instrument.PHQ_9, results, null, today).orElseThrow(),
                Episode.between(results.get(0).score(), results.get(2).score(), 3, null, today));
        assertEquals(EpisodeStatus.NOT_IMPROVING,
                Episode.between(results.get(0).score(), results.get(2).score(), 3, null, today).status(TreatToTarget.STANDARD));
    }

    @Test
    void anEpisodeIsNotReadAcrossInstruments() {
        assertThrows(IllegalArgumentException.class,
                () -> Episode.between(phq9On(START, 18).score(), gad7On(START, 9).score(), 2, null, START));
    }

    @ParameterizedTest(name = "{0} to {1}: {2} %")
    @CsvSource({"18, 9, -50", "18, 12, -33", "3, 1, -67", "8, 9, 13", "10, 10, 0", "16, 7, -56"})
    void theChangeIsAShareOfTheBaselineInWholePercent(int baseline, int latest, int percent) {
        assertEquals(Optional.of(percent), phq9(baseline, latest).percentChange());
    }

    @Test
    void noShareIsTakenOfABaselineOfZero() {
        assertEquals(Optional.empty(), phq9(0, 3).percentChange());
    }
}
