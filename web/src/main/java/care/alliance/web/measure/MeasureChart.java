package care.alliance.web.measure;

import care.alliance.measure.Instrument;
import care.alliance.measure.ScoreView;
import care.alliance.measure.Severity;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The geometry of one measure's scores over time, drawn by the page as inline SVG (no script, so
 * it obeys the Content-Security-Policy and prints as shown): the instrument's severity bands
 * shaded behind, each score a dot placed by its day, joined by a line. Each whole score sits in
 * the middle of its own step of the scale, so a score on a band's edge (a PHQ-9 of 5) lies inside
 * its band, never on the line between two. The same figures go in a table beside it.
 */
public class MeasureChart implements Serializable {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 240;
    static final int LEFT = 44;
    static final int RIGHT = 16;
    static final int TOP = 10;
    static final int BOTTOM = 30;

    /** One severity band's strip across the chart, from its lowest to its highest score. */
    public record Band(Severity severity, int from, int to, double y, double height, double labelY)
            implements Serializable {
    }

    /** One score on the chart. */
    public record Point(double x, double y, int total, Severity severity, LocalDate on) implements Serializable {
    }

    private final Instrument instrument;
    private final List<Band> bands = new ArrayList<>();
    private final List<Point> points = new ArrayList<>();

    public MeasureChart(Instrument instrument, List<ScoreView> scores) {
        this.instrument = instrument;
        List<ScoreView> ordered = scores.stream().filter(score -> score.instrument() == instrument)
                .sorted(Comparator.comparing(ScoreView::completedOn)).toList();
        for (Instrument.Band band : instrument.bands()) {
            double top = y(band.to() + 0.5);
            double bottom = y(band.from() - 0.5);
            bands.add(new Band(band.severity(), band.from(), band.to(), top, bottom - top, (top + bottom) / 2 + 4));
        }
        if (!ordered.isEmpty()) {
            LocalDate first = ordered.get(0).completedOn();
            long days = ChronoUnit.DAYS.between(first, ordered.get(ordered.size() - 1).completedOn());
            for (ScoreView score : ordered) {
                double x = days == 0 ? LEFT + span() / 2
                        : LEFT + span() * ChronoUnit.DAYS.between(first, score.completedOn()) / days;
                points.add(new Point(round(x), round(y(score.total())), score.total(), score.severity(),
                        score.completedOn()));
            }
        }
    }

    private static double span() {
        return WIDTH - LEFT - RIGHT;
    }

    /** The height of a score: 0 at the foot, the instrument's highest total at the top, each in the middle of its step. */
    double y(double score) {
        double steps = instrument.highestTotal() + 1;
        return TOP + (instrument.highestTotal() + 0.5 - score) * (HEIGHT - TOP - BOTTOM) / steps;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    public Instrument getInstrument() {
        return instrument;
    }

    public List<Band> getBands() {
        return bands;
    }

    public List<Point> getPoints() {
        return points;
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }

    /** The line through the scores, oldest first, as SVG polyline points. */
    public String getLine() {
        return points.stream().map(point -> String.format(Locale.ROOT, "%.1f,%.1f", point.x(), point.y()))
                .collect(Collectors.joining(" "));
    }

    /** The scores newest first, for the table beside the chart. */
    public List<Point> getNewestFirst() {
        List<Point> newest = new ArrayList<>(points);
        java.util.Collections.reverse(newest);
        return newest;
    }

    public int getWidth() {
        return WIDTH;
    }

    public int getHeight() {
        return HEIGHT;
    }

    public int getLeft() {
        return LEFT;
    }

    public int getRight() {
        return WIDTH - RIGHT;
    }

    public int getFoot() {
        return HEIGHT - BOTTOM;
    }

    public double getBandWidth() {
        return span();
    }
}
