package care.alliance.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.alliance.client.Client;
import care.alliance.person.PersonName;
import care.alliance.rules.InvalidInput;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CareTeamTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final String SAMS_ACCOUNT = "account-of-sam";

    private final StaffMember psychiatrist = staff("priya.patel", Discipline.PSYCHIATRY);
    private final StaffMember therapist = staff("sam.rivera", Discipline.PSYCHOTHERAPY);
    private final StaffMember careManager = staff("maria.gomez", Discipline.CARE_MANAGEMENT);
    private final CareTeam team = new CareTeam(new Client(new PersonName("Alex", "Morgan"), LocalDate.of(1990, 4, 2), JAN_1));

    @Test
    void aClinicianIsOnTheTeamFromTheDayOfAppointment() {
        team.appoint(therapist, TeamRole.MEMBER, JAN_1);

        assertFalse(team.isCurrentMember(SAMS_ACCOUNT, JAN_1.minusDays(1)));
        assertTrue(team.isCurrentMember(SAMS_ACCOUNT, JAN_1));
        assertTrue(team.isCurrentMember(SAMS_ACCOUNT, JAN_1.plusYears(1)));
    }

    @Test
    void aReleasedClinicianIsOnTheTeamUpToTheLastDayAndStaysInItsHistory() {
        team.appoint(therapist, TeamRole.MEMBER, JAN_1);
        team.release(therapist, JAN_1.plusDays(30), "Moved to group therapy");

        assertTrue(team.isCurrentMember(SAMS_ACCOUNT, JAN_1.plusDays(30)));
        assertFalse(team.isCurrentMember(SAMS_ACCOUNT, JAN_1.plusDays(31)));
        assertEquals(List.of(), team.membersOn(JAN_1.plusDays(31)));
        assertEquals(1, team.history().size());
    }

    @Test
    void aClinicianCanRejoinAfterBeingReleased() {
        team.appoint(therapist, TeamRole.MEMBER, JAN_1);
        team.release(therapist, JAN_1.plusDays(30), "Moved to group therapy");
        team.appoint(therapist, TeamRole.MEMBER, JAN_1.plusDays(60));

        assertFalse(team.isCurrentMember(SAMS_ACCOUNT, JAN_1.plusDays(45)));
        assertTrue(team.isCurrentMember(SAMS_ACCOUNT, JAN_1.plusDays(60)));
        assertEquals(2, team.history().size());
    }

    @Test
    void nobodyIsOnTheSameTeamTwiceAtOnce() {
        team.appoint(therapist, TeamRole.MEMBER, JAN_1);

        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> team.appoint(therapist, TeamRole.MEMBER, JAN_1.plusDays(3)));
        assertEquals("Sam Rivera is already on this team from 2026-01-01 with no last day; release them first."
                + " One person's appointments may not overlap.", refused.getMessage());
        assertEquals("firstDayOnTeam", refused.field().orElseThrow());
        assertEquals(1, team.history().size());
    }

    @Test
    void anAppointmentBeforeAnOpenOneOfTheSamePersonOverlapsItAndIsRefused() {
        team.appoint(therapist, TeamRole.MEMBER, JAN_1.plusDays(10));

        assertThrows(InvalidInput.class, () -> team.appoint(therapist, TeamRole.MEMBER, JAN_1));
        assertEquals(1, team.history().size());
    }

    @Test
    void anAppointmentThatStartsOnOrBeforeTheLastDayOfAnEarlierOneIsRefused() {
        team.appoint(therapist, TeamRole.MEMBER, JAN_1);
        team.release(therapist, JAN_1.plusDays(30), "Paused care");

        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> team.appoint(therapist, TeamRole.MEMBER, JAN_1.plusDays(30)));
        assertEquals("Sam Rivera was on this team from 2026-01-01 to 2026-01-31; a new appointment must start"
                + " after 2026-01-31. One person's appointments may not overlap.", refused.getMessage());
        assertThrows(InvalidInput.class, () -> team.appoint(therapist, TeamRole.MEMBER, JAN_1.minusDays(5)));
        team.appoint(therapist, TeamRole.MEMBER, JAN_1.plusDays(31));
        assertEquals(2, team.history().size());
    }

    @Test
    void differentPeopleMayBeAppointedFromTheSameDay() {
        team.appoint(therapist, TeamRole.MEMBER, JAN_1);
        team.appoint(psychiatrist, TeamRole.MEMBER, JAN_1);

        assertEquals(2, team.membersOn(JAN_1).size());
    }

    @Test
    void aTeamHasAtMostOneCurrentLead() {
        team.appoint(careManager, TeamRole.LEAD, JAN_1);

        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> team.appoint(psychiatrist, TeamRole.LEAD, JAN_1.plusDays(5)));
        assertEquals("Maria Gomez leads this team from 2026-01-01; a team has one lead at a time."
                + " Release the lead first, or appoint as a member.", refused.getMessage());
        assertEquals("teamRole", refused.field().orElseThrow());
        assertTrue(team.isLedBy("account-of-maria", JAN_1.plusDays(5)));
        assertFalse(team.isLedBy("account-of-priya", JAN_1.plusDays(5)));
    }

    @Test
    void aNewLeadIsNamedAfterTheLeadBeforeIsReleasedAndTheHistorySaysWhoLedWhen() {
        team.appoint(careManager, TeamRole.LEAD, JAN_1);
        team.release(careManager, JAN_1.plusDays(9), "Went on leave");
        StaffMember second = staff("jon.berg", Discipline.CARE_MANAGEMENT);
        team.appoint(second, TeamRole.LEAD, JAN_1.plusDays(10));

        assertTrue(team.isLedBy("account-of-maria", JAN_1.plusDays(9)));
        assertTrue(team.isLedBy("account-of-jon", JAN_1.plusDays(10)));
        assertFalse(team.isLedBy("account-of-maria", JAN_1.plusDays(10)));
        assertEquals(List.of("Went on leave"), team.history().stream()
                .flatMap(member -> member.releaseReason().stream()).toList());
    }

    @Test
    void aTeamWithoutALeadIsLedByNobody() {
        team.appoint(therapist, TeamRole.MEMBER, JAN_1);

        assertFalse(team.isLedBy("account-of-sam", JAN_1));
        assertTrue(team.currentLead(JAN_1).isEmpty());
    }

    @Test
    void anAppointmentNamesWhomAndInWhichRole() {
        assertEquals("staffMember", assertThrows(InvalidInput.class,
                () -> team.appoint(null, TeamRole.MEMBER, JAN_1)).field().orElseThrow());
        assertEquals("teamRole", assertThrows(InvalidInput.class,
                () -> team.appoint(therapist, null, JAN_1)).field().orElseThrow());
        assertEquals("firstDayOnTeam", assertThrows(InvalidInput.class,
                () -> team.appoint(therapist, TeamRole.MEMBER, null)).field().orElseThrow());
        assertEquals(List.of(), team.history());
    }

    @Test
    void aReleaseSaysWhyInOneLineOfPlainTextAndARefusedOneChangesNothing() {
        team.appoint(therapist, TeamRole.MEMBER, JAN_1);

        for (String reason : new String[] {null, " ", "<b>moved</b>", "moved\u0007", "moved\nto group", "x".repeat(201)}) {
            InvalidInput refused = assertThrows(InvalidInput.class, () -> team.release(therapist, JAN_1.plusDays(3), reason));
            assertEquals("releaseReason", refused.field().orElseThrow(), reason);
        }
        assertEquals("lastDayOnTeam", assertThrows(InvalidInput.class,
                () -> team.release(therapist, null, "Moved")).field().orElseThrow());
        assertTrue(team.history().get(0).period().endsOn().isEmpty());
        assertTrue(team.history().get(0).releaseReason().isEmpty());

        team.release(therapist, JAN_1.plusDays(3), "  Moved to group therapy  ");
        assertEquals("Moved to group therapy", team.history().get(0).releaseReason().orElseThrow());
    }

    @Test
    void someoneAlreadyReleasedCannotBeReleasedAgain() {
        team.appoint(therapist, TeamRole.MEMBER, JAN_1);
        team.release(therapist, JAN_1.plusDays(3), "Moved");

        InvalidInput refused = assertThrows(InvalidInput.class, () -> team.release(therapist, JAN_1.plusDays(9), "Again"));
        assertEquals("Sam Rivera is not on this team now, so cannot be released.", refused.getMessage());
        assertEquals(JAN_1.plusDays(3), team.history().get(0).period().endsOn().orElseThrow());
    }

    @Test
    void membersAreListedLeadFirstThenByDiscipline() {
        team.appoint(therapist, TeamRole.MEMBER, JAN_1);
        team.appoint(psychiatrist, TeamRole.MEMBER, JAN_1);
        team.appoint(careManager, TeamRole.LEAD, JAN_1);

        List<Discipline> order = team.membersOn(JAN_1).stream().map(CareTeamMember::discipline).toList();

        assertEquals(List.of(Discipline.CARE_MANAGEMENT, Discipline.PSYCHIATRY, Discipline.PSYCHOTHERAPY), order);
    }

    @Test
    void releasingSomeoneNotOnTheTeamIsRefused() {
        assertThrows(InvalidInput.class, () -> team.release(therapist, JAN_1, "Moved"));
    }

    @Test
    void aMembershipCannotEndBeforeItStarts() {
        team.appoint(therapist, TeamRole.MEMBER, JAN_1);

        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> team.release(therapist, JAN_1.minusDays(1), "Moved"));
        assertEquals("The last day on the team cannot be before the first day, 2026-01-01.", refused.getMessage());
        assertEquals("lastDayOnTeam", refused.field().orElseThrow());
        assertTrue(team.isCurrentMember("account-of-sam", JAN_1.plusDays(1)));
    }

    @Test
    void aMembershipFallsInThePlanYears() {
        team.appoint(therapist, TeamRole.MEMBER, LocalDate.of(2000, 1, 1));
        team.release(therapist, LocalDate.of(2100, 12, 31), "Retired");

        assertTrue(team.isCurrentMember(SAMS_ACCOUNT, LocalDate.of(2100, 12, 31)));
        assertFalse(team.isCurrentMember(SAMS_ACCOUNT, LocalDate.of(2101, 1, 1)));
    }

    @Test
    void aFirstDayOutsideThePlanYearsIsRefusedAndNobodyIsAppointed() {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> team.appoint(therapist, TeamRole.MEMBER, LocalDate.of(1, 1, 1)));
        assertEquals("The first day on the team must be between 1 January 2000 and 31 December 2100; check the year.",
                refused.getMessage());
        assertThrows(InvalidInput.class, () -> team.appoint(therapist, TeamRole.MEMBER, LocalDate.of(1999, 12, 31)));
        assertThrows(InvalidInput.class, () -> team.appoint(therapist, TeamRole.MEMBER, LocalDate.MAX));
        assertEquals(List.of(), team.history());
    }

    @Test
    void aLastDayOutsideThePlanYearsIsRefusedAndTheMembershipGoesOn() {
        team.appoint(therapist, TeamRole.MEMBER, JAN_1);

        InvalidInput refused = assertThrows(InvalidInput.class, () -> team.release(therapist, LocalDate.of(2101, 1, 1), "Moved"));
        assertEquals("The last day on the team must be between 1 January 2000 and 31 December 2100; check the year.",
                refused.getMessage());
        assertThrows(InvalidInput.class, () -> team.release(therapist, LocalDate.MAX, "Moved"));
        assertTrue(team.history().get(0).period().endsOn().isEmpty());
    }

    @Test
    void membershipFollowsTheAccountNotItsUserName() {
        StaffMember sam = staff("sam.rivera", Discipline.PSYCHOTHERAPY);
        team.appoint(sam, TeamRole.MEMBER, JAN_1);

        sam.accountNamed("sam.rivera-lopez");

        assertTrue(team.isCurrentMember(SAMS_ACCOUNT, JAN_1));
        assertFalse(team.isCurrentMember("sam.rivera", JAN_1));
        assertFalse(team.isCurrentMember("sam.rivera-lopez", JAN_1));
    }

    @Test
    void credentialsAreOneLineOfText() {
        assertEquals("Sam Rivera, LCSW", new StaffMember("account-of-sam", "sam.rivera", new PersonName("Sam", "Rivera"),
                Discipline.PSYCHOTHERAPY, " LCSW ").signature());
        assertThrows(InvalidInput.class, () -> new StaffMember("account-of-sam", "sam.rivera", new PersonName("Sam", "Rivera"),
                Discipline.PSYCHOTHERAPY, "LC\u0000SW"));
        assertThrows(InvalidInput.class, () -> new StaffMember("account-of-sam", "sam.rivera", new PersonName("Sam", "Rivera"),
                Discipline.PSYCHOTHERAPY, "LCSW\nMD"));
    }

    @Test
    void aMemberKeepsTheDisciplineTheyWereAppointedIn() {
        CareTeamMember member = team.appoint(psychiatrist, TeamRole.MEMBER, JAN_1);

        assertEquals(Discipline.PSYCHIATRY, member.discipline());
        assertEquals("Priya Patel, MD", member.staffMember().signature());
    }

    private static StaffMember staff(String username, Discipline discipline) {
        String[] parts = username.split("\\.");
        String given = Character.toUpperCase(parts[0].charAt(0)) + parts[0].substring(1);
        String family = Character.toUpperCase(parts[1].charAt(0)) + parts[1].substring(1);
        return new StaffMember("account-of-" + parts[0], username, new PersonName(given, family), discipline,
                discipline == Discipline.PSYCHIATRY ? "MD" : null);
    }
}
