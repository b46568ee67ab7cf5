package care.alliance.web.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.faces.application.FacesMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PendingMessagesTest {

    private static final String GOAL_5 = "/alliance/clinician/goal.xhtml?goal=5";
    private static final Instant SAVED = Instant.parse("2026-12-07T10:00:00Z");
    private static final PendingMessages.Message CHECK_IN_SAVED = PendingMessages.Message.of(null,
            new FacesMessage(FacesMessage.SEVERITY_INFO, "Your check-in is saved.", null));

    private final PendingMessages pending = new PendingMessages();

    @Test
    void thePageTheRedirectOpensShowsTheConfirmationOnce() {
        pending.keep(GOAL_5, List.of(CHECK_IN_SAVED), Set.of(), SAVED);

        assertEquals(List.of(CHECK_IN_SAVED), pending.take(GOAL_5, SAVED.plusSeconds(1)).orElseThrow().messages());
        assertEquals(Optional.empty(), pending.take(GOAL_5, SAVED.plusSeconds(2)), "a reload says nothing again");
    }

    @Test
    void anotherPageOpenedMeanwhileInAnotherTabShowsNothingAndLeavesItForItsPage() {
        pending.keep(GOAL_5, List.of(CHECK_IN_SAVED), Set.of(), SAVED);

        assertEquals(Optional.empty(), pending.take("/alliance/clinician/caseload.xhtml", SAVED.plusSeconds(1)));
        assertEquals(Optional.empty(), pending.take("/alliance/clinician/goal.xhtml?goal=7", SAVED.plusSeconds(1)),
                "the same page of another goal");
        assertTrue(pending.take(GOAL_5, SAVED.plusSeconds(2)).isPresent());
    }

    @Test
    void aRedirectNotFollowedIsForgottenAfterAWhile() {
        pending.keep(GOAL_5, List.of(CHECK_IN_SAVED), Set.of(), SAVED);

        assertEquals(Optional.empty(), pending.take(GOAL_5, SAVED.plus(PendingMessages.KEPT_FOR).plusSeconds(1)));
    }

    @Test
    void twoChangesBeforeThePageComesAreBothSaid() {
        PendingMessages.Message taskAdded = PendingMessages.Message.of(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, "The task is added.", null));
        pending.keep(GOAL_5, List.of(CHECK_IN_SAVED), Set.of(), SAVED);
        pending.keep(GOAL_5, List.of(taskAdded), Set.of("crisisResources"), SAVED.plusSeconds(1));

        PendingMessages.Pending shown = pending.take(GOAL_5, SAVED.plusSeconds(2)).orElseThrow();
        assertEquals(List.of(CHECK_IN_SAVED, taskAdded), shown.messages());
        assertEquals(Set.of("crisisResources"), shown.notices());
    }

    @Test
    void onlyTheLatestAddressesAreKept() {
        for (int goal = 1; goal <= PendingMessages.ADDRESSES + 1; goal++) {
            pending.keep("/alliance/clinician/goal.xhtml?goal=" + goal, List.of(CHECK_IN_SAVED), Set.of(), SAVED);
        }

        assertEquals(Optional.empty(), pending.take("/alliance/clinician/goal.xhtml?goal=1", SAVED), "the oldest went");
        assertTrue(pending.take("/alliance/clinician/goal.xhtml?goal=2", SAVED).isPresent());
    }

    @Test
    void aMessageKeepsItsFieldSeverityAndWords() {
        FacesMessage refused = new FacesMessage(FacesMessage.SEVERITY_ERROR, "Give a rating from 0 to 10.", "detail");
        FacesMessage back = PendingMessages.Message.of("check-in:rating", refused).toFacesMessage();

        assertEquals(FacesMessage.SEVERITY_ERROR, back.getSeverity());
        assertEquals("Give a rating from 0 to 10.", back.getSummary());
        assertEquals("detail", back.getDetail());
        assertEquals("check-in:rating", PendingMessages.Message.of("check-in:rating", refused).clientId());
    }

    @Test
    void theRedirectAndTheRequestThatFollowsItNameTheSameAddress() {
        String redirect = PendingMessages.addressOf("/alliance/clinician/goal.xhtml?goal=5");

        assertEquals(redirect, PendingMessages.addressOf("http://localhost:19080/alliance/clinician/goal.xhtml?goal=5"));
        assertEquals(redirect, PendingMessages.addressOf("/alliance/clinician/goal.xhtml;jsessionid=AB12?goal=5#check-in"));
        assertEquals("/alliance/portal/my-plan.xhtml", PendingMessages.addressOf("/alliance/portal/my-plan.xhtml"));
        assertEquals("/alliance/x.xhtml?q=a b", PendingMessages.addressOf("/alliance/x.xhtml?q=a b#top"), "not a URI");
    }

    /** The session goes to the other node of a cluster as bytes: what is pending goes with it. */
    @Test
    void whatIsPendingTravelsWithTheSession() throws IOException, ClassNotFoundException {
        pending.keep(GOAL_5, List.of(CHECK_IN_SAVED), Set.of("crisisResources"), SAVED);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(pending);
        }
        PendingMessages onTheOtherNode;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            onTheOtherNode = (PendingMessages) in.readObject();
        }

        PendingMessages.Pending shown = onTheOtherNode.take(GOAL_5, SAVED.plusSeconds(1)).orElseThrow();
        assertEquals(List.of(CHECK_IN_SAVED), shown.messages());
        assertEquals(Set.of("crisisResources"), shown.notices());
    }
}
