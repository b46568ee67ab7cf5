package care.alliance.web.layout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Writes moments the way the reader's language does, in the clinic's time zone: {@code #{dates.when(at)}}. */
@Named
@ApplicationScoped
public class Dates {

    private final ZoneId clinicZone = ZoneId.systemDefault();

    public String when(Instant moment) {
        if (moment == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .format(moment.atZone(clinicZone));
    }
}
