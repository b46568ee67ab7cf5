package care.alliance.web.measure;

import care.alliance.measure.Instrument;
import care.alliance.measure.MeasureService;
import care.alliance.measure.ScoreView;
import care.alliance.team.CareTeamService;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The client's own scores in the portal, in plain words — "Your PHQ-9 went from 18 in March to 9
 * now: that is mild." — with a simple chart of each questionnaire over time.
 */
@Named
@ViewScoped
public class MyScores implements Serializable {

    /** How recent the latest score is to be read as "now". */
    static final int NOW_WITHIN_DAYS = 31;

    @Inject
    MeasureService measureService;

    @Inject
    CareTeamService careTeamService;

    /** One questionnaire's scores: the sentence that sums them up and the chart. */
    public record Summary(Instrument instrument, String words, MeasureChart chart) implements Serializable {
    }

    private List<Summary> summaries;

    public void load() {
        long clientId = careTeamService.myCareTeam().clientId();
        List<ScoreView> scores = measureService.myScores(clientId);
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot().getLocale();
        ResourceBundle words = faces.getApplication().getResourceBundle(faces, "msg");
        LocalDate today = LocalDate.now();
        summaries = Arrays.stream(Instrument.values())
                .map(instrument -> new MeasureChart(instrument, scores))
                .filter(chart -> !chart.isEmpty())
                .map(chart -> new Summary(chart.getInstrument(), inPlainWords(chart, words, locale, today), chart))
                .toList();
    }

    /** The first and latest score of the chart, their months, and the latest band, in the reader's language. */
    static String inPlainWords(MeasureChart chart, ResourceBundle words, Locale locale, LocalDate today) {
        List<MeasureChart.Point> points = chart.getPoints();
        MeasureChart.Point first = points.get(0);
        MeasureChart.Point latest = points.get(points.size() - 1);
        String band = words.getString("severity." + latest.severity());
        String title = words.getString("instrument.short." + chart.getInstrument().name());
        if (points.size() == 1) {
            return new MessageFormat(words.getString("myScores.one"), locale)
                    .format(new Object[] {title, latest.total(), month(latest.on(), locale, today), band});
        }
        String when = ChronoUnit.DAYS.between(latest.on(), today) <= NOW_WITHIN_DAYS ? words.getString("myScores.now")
                : new MessageFormat(words.getString("myScores.inMonth"), locale)
                        .format(new Object[] {month(latest.on(), locale, today)});
        return new MessageFormat(words.getString("myScores.wentFrom"), locale)
                .format(new Object[] {title, first.total(), month(first.on(), locale, today), latest.total(), when, band});
    }

    /** "March", or "March 2025" when not this year. */
    private static String month(LocalDate day, Locale locale, LocalDate today) {
        String pattern = day.getYear() == today.getYear() ? "LLLL" : "LLLL yyyy";
        return DateTimeFormatter.ofPattern(pattern, locale).format(day);
    }

    public List<Summary> getSummaries() {
        return summaries;
    }
}
