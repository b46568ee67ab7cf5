package care.alliance.web.layout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.MessageFormat;

/**
 * Fills in the argument of a page text the way h:outputFormat does, in the reader's language, where
 * a component cannot go, such as a title attribute: {@code #{texts.fill(msg['key'], name)}}.
 */
@Named
@ApplicationScoped
public class Texts {

    public String fill(String pattern, Object argument) {
        return new MessageFormat(pattern, FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .format(new Object[] {argument});
    }

    public String fill(String pattern, Object first, Object second) {
        return new MessageFormat(pattern, FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .format(new Object[] {first, second});
    }

    public String fill(String pattern, Object first, Object second, Object third) {
        return new MessageFormat(pattern, FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .format(new Object[] {first, second, third});
    }
}
