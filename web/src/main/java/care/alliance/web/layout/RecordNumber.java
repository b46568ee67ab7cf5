package care.alliance.web.layout;

import care.alliance.access.NotFound;
import care.alliance.access.ServiceWords;

/** Record numbers come from addresses people can edit: anything but a number is "not found". */
public final class RecordNumber {

    private RecordNumber() {
    }

    public static long parse(String text) {
        try {
            return Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new NotFound(ServiceWords.say("notFound.record"));
        }
    }
}
