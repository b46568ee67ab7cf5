package care.alliance.web.relationship;

import care.alliance.relationship.AllianceCheckInView;
import care.alliance.relationship.AllianceDimension;
import care.alliance.relationship.AllianceScore;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of the alliance trend: one line per dimension across the client's check-ins, on a
 * 1–5 scale, drawn as SVG by the page so it needs no script and prints as it shows.
 */
public class TrendChart implements Serializable {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 220;
    private static final int LEFT = 40;
    private static final int RIGHT = 16;
    private static final int TOP = 12;
    private static final int BOTTOM = 28;

    /** One dimension's line and its points. */
    public record Line(AllianceDimension dimension, String points, List<Point> dots) implements Serializable {
    }

    /** One answer on the chart. */
    public record Point(int x, int y, int score) implements Serializable {
    }

    /** A horizontal rule for one value of the scale. */
    public record Rule(int y, int score) implements Serializable {
    }

    private final List<Line> lines = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();

    public TrendChart(List<AllianceCheckInView> checkIns) {
        for (AllianceDimension dimension : AllianceDimension.values()) {
            List<Point> dots = new ArrayList<>();
            for (int index = 0; index < checkIns.size(); index++) {
                int score = checkIns.get(index).score(dimension);
                dots.add(new Point(x(index, checkIns.size()), y(score), score));
            }
            StringBuilder points = new StringBuilder();
            dots.forEach(dot -> points.append(String.format(Locale.ROOT, "%d,%d ", dot.x(), dot.y())));
            lines.add(new Line(dimension, points.toString().strip(), dots));
        }
        for (int score = AllianceScore.LOWEST; score <= AllianceScore.HIGHEST; score++) {
            rules.add(new Rule(y(score), score));
        }
    }

    private static int x(int index, int count) {
        int span = WIDTH - LEFT - RIGHT;
        return count == 1 ? LEFT + span / 2 : LEFT + index * span / (count - 1);
    }

    private static int y(int score) {
        int span = HEIGHT - TOP - BOTTOM;
        return TOP + (AllianceScore.HIGHEST - score) * span / (AllianceScore.HIGHEST - AllianceScore.LOWEST);
    }

    public List<Line> getLines() {
        return lines;
    }

    public List<Rule> getRules() {
        return rules;
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

    public int getBaseline() {
        return HEIGHT - BOTTOM;
    }
}
