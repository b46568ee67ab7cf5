package care.alliance.web.layout;

import care.alliance.access.NotFound;
import care.alliance.access.ServiceWords;
import jakarta.faces.context.FacesContext;

/** Record numbers come from addresses people can edit: anything but a number is "not found". */
public final class RecordNumber {

    private RecordNumber() {
    }

    /**
     * The record number the page's address names under the parameter, for a page bean made anew in
     * the middle of a request: Mojarra lets go of a view's beans when the same person opens many
     * other views at once, and the view parameter was given only to the bean it let go of.
     */
    public static long inAddress(String parameter) {
        return parse(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(parameter));
    }

    /** Whether the page's address sets the parameter to {@code true}, for the same bean made anew. */
    public static boolean flagInAddress(String parameter) {
        return Boolean.parseBoolean(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get(parameter));
    }

    public static long parse(String text) {
        try {
            return Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new NotFound(ServiceWords.say("notFound.record"));
        }
    }
}
