package care.alliance.web.forms;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A date field's text as a calendar date, the way a browser's date field sends it (2027-03-01).
 * Strict: 2026-02-30 is no date, rather than quietly the 28th. Which dates make sense for a plan
 * is the domain's to say.
 */
@FacesConverter("calendarDate")
public class CalendarDate implements Converter<LocalDate> {

    @Override
    public LocalDate getAsObject(FacesContext faces, UIComponent component, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            String words = FieldMessages.text(faces, "field.notADate");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, words, null), notADate);
        }
    }

    @Override
    public String getAsString(FacesContext faces, UIComponent component, LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
