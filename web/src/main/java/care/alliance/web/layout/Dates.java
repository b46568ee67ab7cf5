package care.alliance.web.layout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Collectors;

/** Writes moments and days the way the reader's language does, in the clinic's time zone: {@code #{dates.when(at)}}. */
@Named
@ApplicationScoped
public class Dates {

    private final ZoneId clinicZone = ZoneId.systemDefault();

    /** A calendar day, such as a first day on a team, the way the reader's language writes it. */
    public String day(LocalDate day) {
        if (day == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .format(day);
    }

    public String when(Instant moment) {
        if (moment == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .format(moment.atZone(clinicZone));
    }

    /** A time of day, such as the end of an emergency access: "2:03 PM". */
    public String time(Instant moment) {
        if (moment == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .format(moment.atZone(clinicZone));
    }

    /** Times of day, such as when a plan was opened that day: "9:12 AM, 2:03 PM", the earliest first. */
    public String times(List<Instant> moments) {
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        return moments.stream().sorted().map(moment -> time.format(moment.atZone(clinicZone)))
                .collect(Collectors.joining(", "));
    }
}
