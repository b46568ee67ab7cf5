package care.alliance.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.alliance.account.EmailAddress;
import care.alliance.account.Username;
import care.alliance.client.Client;
import care.alliance.person.PersonName;
import care.alliance.rules.ChangeRefused;
import care.alliance.rules.InvalidInput;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StaffMemberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private final StaffMember sam = StaffMember.takeOn("kc-sam", new Username("sam.rivera"),
            new PersonName("Sam", "Rivera"), Discipline.PSYCHOTHERAPY, "LCSW", new EmailAddress("sam@clinic.example"));

    @Test
    void aNewStaffMemberHasTheirAccountDisciplineAndEmailAndIsActive() {
        assertEquals("kc-sam", sam.accountId());
        assertEquals("sam.rivera", sam.username());
        assertEquals(Optional.of("sam@clinic.example"), sam.email());
        assertEquals("Sam Rivera, LCSW", sam.signature());
        assertFalse(sam.isLetGo());
    }

    @Test
    void aDisciplineIsRequiredAndAChangeMustChangeIt() {
        InvalidInput none = assertThrows(InvalidInput.class, () -> StaffMember.takeOn("kc-x", new Username("x.y.z"),
                new PersonName("X", "Y"), null, null, new EmailAddress("x@clinic.example")));
        assertEquals("discipline", none.field().orElseThrow());
        assertThrows(InvalidInput.class, () -> sam.changeDiscipline(Discipline.PSYCHOTHERAPY, TODAY));

        sam.changeDiscipline(Discipline.CARE_MANAGEMENT, TODAY);

        assertEquals(Discipline.CARE_MANAGEMENT, sam.discipline());
    }

    @Test
    void aStaffMemberLetGoKnowsWhenAndNothingMoreIsDoneForThem() {
        sam.letGo(TODAY);

        assertTrue(sam.isLetGo());
        assertEquals(Optional.of(TODAY), sam.letGoOn());
        assertThrows(ChangeRefused.class, () -> sam.letGo(TODAY));
        assertThrows(ChangeRefused.class, () -> sam.changeDiscipline(Discipline.PSYCHIATRY, TODAY));
    }

    @Test
    void lettingGoEndsTheirCurrentMembershipTodayAndWithdrawsOneNotBegun() {
        CareTeam alex = new CareTeam(new Client(new PersonName("Alex", "Morgan"), LocalDate.of(1990, 4, 2), TODAY));
        CareTeam blake = new CareTeam(new Client(new PersonName("Blake", "Chen"), LocalDate.of(1984, 1, 2), TODAY));
        alex.appoint(sam, TeamRole.MEMBER, TODAY.minusMonths(2));
        blake.appoint(sam, TeamRole.MEMBER, TODAY.plusDays(7));

        assertEquals(1, alex.endMembershipsOf(sam, TODAY));
        assertEquals(1, blake.endMembershipsOf(sam, TODAY));

        assertTrue(alex.isCurrentMember("kc-sam", TODAY), "today is their last day");
        assertFalse(alex.isCurrentMember("kc-sam", TODAY.plusDays(1)));
        assertEquals(1, alex.history().size(), "the time on the team stays on record");
        assertFalse(blake.isCurrentMember("kc-sam", TODAY.plusDays(7)));
        assertEquals(0, blake.history().size());
    }

    @Test
    void aNameWithMarkupIsRefused() {
        assertThrows(InvalidInput.class, () -> new PersonName("<b>Sam</b>", "Rivera"));
        assertThrows(InvalidInput.class, () -> new PersonName("Sam", "Rivera&amp;"));
    }
}
