package care.alliance.web.measure;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.alliance.measure.Instrument;
import care.alliance.measure.ScoreView;
import care.alliance.measure.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MeasureChartTest {

    private static final LocalDate MARCH = LocalDate.of(2026, 3, 2);

    private static ScoreView phq9(LocalDate on, int total) {
        return new ScoreView(Instrument.PHQ_9, on, total, Instrument.PHQ_9.severityOf(total));
    }

    @ParameterizedTest
    @EnumSource(Instrument.class)
    void theBandsStackFromTheFootToTheTopWithoutGapOrOverlap(Instrument instrument) {
        MeasureChart chart = new MeasureChart(instrument, List.of());
        List<MeasureChart.Band> bands = chart.getBands();

        assertEquals(instrument.bands().size(), bands.size());
        assertEquals(chart.getFoot(), bands.get(0).y() + bands.get(0).height(), 1e-9, "the lowest band stands on the foot");
        assertEquals(MeasureChart.TOP, bands.get(bands.size() - 1).y(), 1e-9, "the highest band reaches the top");
        for (int i = 1; i < bands.size(); i++) {
            assertEquals(bands.get(i - 1).y(), bands.get(i).y() + bands.get(i).height(), 1e-9,
                    "band " + bands.get(i).severity() + " sits on " + bands.get(i - 1).severity());
        }
    }

    @ParameterizedTest
    @EnumSource(Instrument.class)
    void everyWholeScoreLiesInsideItsOwnBandAndHigherScoresSitHigher(Instrument instrument) {
        MeasureChart chart = new MeasureChart(instrument, List.of());
        assertAll(IntStream.rangeClosed(0, instrument.highestTotal()).mapToObj(total -> () -> {
            MeasureChart.Band band = chart.getBands().stream()
                    .filter(candidate -> candidate.severity() == instrument.severityOf(total)).findFirst().orElseThrow();
            double y = chart.y(total);
            assertTrue(y > band.y() && y < band.y() + band.height(), total + " inside " + band.severity());
            assertTrue(chart.y(total + 1) < y, total + 1 + " higher than " + total);
        }));
    }

    @Test
    void scoresArePlacedByTheirDayFromTheFirstToTheLast() {
        MeasureChart chart = new MeasureChart(Instrument.PHQ_9, List.of(phq9(MARCH.plusDays(30), 12),
                phq9(MARCH, 18), phq9(MARCH.plusDays(120), 9)));

        List<MeasureChart.Point> points = chart.getPoints();
        assertEquals(List.of(18, 12, 9), points.stream().map(MeasureChart.Point::total).toList(), "oldest first");
        assertEquals(MeasureChart.LEFT, points.get(0).x(), 1e-9);
        assertEquals(chart.getRight(), points.get(2).x(), 1e-9);
        assertEquals(MeasureChart.LEFT + (chart.getRight() - MeasureChart.LEFT) / 4.0, points.get(1).x(), 0.1,
                "a quarter of the way: day 30 of 120");
        assertEquals(Severity.MILD, points.get(2).severity());
        assertEquals(List.of(9, 12, 18), chart.getNewestFirst().stream().map(MeasureChart.Point::total).toList());
    }

    @Test
    void aSingleScoreStandsInTheMiddleAndAnotherInstrumentsScoresAreNotDrawn() {
        MeasureChart chart = new MeasureChart(Instrument.PHQ_9, List.of(phq9(MARCH, 7),
                new ScoreView(Instrument.GAD_7, MARCH, 3, Severity.MINIMAL)));

        assertEquals(1, chart.getPoints().size());
        assertEquals((MeasureChart.LEFT + chart.getRight()) / 2.0, chart.getPoints().get(0).x(), 1e-9);
        assertTrue(new MeasureChart(Instrument.GAD_7, List.of(phq9(MARCH, 7))).isEmpty());
    }
}
