package care.alliance.web.api;

import care.alliance.note.TeamNote;
import care.alliance.note.Visibility;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a new team note: its schema for OpenAPI, and how it is read. */
final class NoteBodies {

    private static final Set<String> NOTE = Set.of("body", "visibility", "goalId");

    private NoteBodies() {
    }

    @Schema(name = "NewTeamNoteBody")
    public record NewNote(@Schema(required = true, maxLength = TeamNote.BODY_LENGTH) String body,
            @Schema(required = true, description = "CARE_TEAM: the team only; CLIENT_VISIBLE: the client reads it too")
            Visibility visibility,
            @Schema(description = "The goal of this plan the note is about, if any") Long goalId) {
    }

    static NewNote note(String text) {
        ApiBody body = ApiBody.of(text, NOTE);
        return new NewNote(body.text("body"), body.required("visibility", body.choice("visibility", Visibility.class)),
                body.id("goalId"));
    }
}
