package care.alliance.web.forms;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/** A time field's text as a time of day, the way a browser's time field sends it (14:05, or 14:05:30). */
@FacesConverter("clockTime")
public class ClockTime implements Converter<LocalTime> {

    @Override
    public LocalTime getAsObject(FacesContext faces, UIComponent component, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException notATime) {
            String words = FieldMessages.text(faces, "field.notATime");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, words, null), notATime);
        }
    }

    @Override
    public String getAsString(FacesContext faces, UIComponent component, LocalTime time) {
        return time == null ? "" : time.withNano(0).toString();
    }
}
