package care.alliance.team;

import care.alliance.access.AccessPolicy;
import care.alliance.access.AccessRefused;
import care.alliance.access.Caller;
import care.alliance.access.Decision;
import care.alliance.access.NotFound;
import care.alliance.access.ServiceWords;
import care.alliance.access.SignedInCaller;
import care.alliance.audit.AuditTrail;
import care.alliance.client.RecordNumber;
import care.alliance.rules.InvalidInput;
import care.alliance.rules.RuleWords;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Forming a client's care team: appointing staff members and releasing them, by the care manager
 * who leads the team today and by clinic IT for every team ({@link AccessPolicy#mayFormTeam}).
 * The care team's own rules decide what may change; caseloads follow at once, since they are read
 * from the team. Every look and every change is audited: who appointed or released whom, on which
 * client's team, and why — or why it was refused.
 */
@Stateless
@DeclareRoles({"psychiatrist", "primary-care", "therapist", "care-manager", "client", "clinic-admin"})
public class CareTeamFormation {

    static final String VIEW_TEAM_FORMATION = "VIEW_TEAM_FORMATION";
    static final String APPOINT_TO_CARE_TEAM = "APPOINT_TO_CARE_TEAM";
    static final String RELEASE_FROM_CARE_TEAM = "RELEASE_FROM_CARE_TEAM";

    @Inject
    CareTeams careTeams;

    @Inject
    StaffMembers staff;

    @Inject
    SignedInCaller signedIn;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemDefaultZone();

    /** The client's team with its history and the staff one may appoint. */
    public TeamFormationView formationOf(long clientId) {
        Caller caller = signedIn.current();
        LocalDate today = LocalDate.now(clock);
        CareTeam team = permitted(caller, VIEW_TEAM_FORMATION, clientId, false, today);
        audit.record(List.of(audit.event(caller, VIEW_TEAM_FORMATION, AccessPolicy.mayFormTeam(caller, team, today))
                .record("CareTeam", team.id()).client(clientId).build()));
        return view(team, today);
    }

    /** Appoints the staff member to the client's team, as lead or member, from the given day. */
    public TeamFormationView appoint(long clientId, Long staffMemberId, TeamRole role, LocalDate from) {
        Caller caller = signedIn.current();
        LocalDate today = LocalDate.now(clock);
        CareTeam team = permitted(caller, APPOINT_TO_CARE_TEAM, clientId, true, today);
        StaffMember member = chosen(caller, APPOINT_TO_CARE_TEAM, team, staffMemberId);
        CareTeamMember appointed = changed(caller, APPOINT_TO_CARE_TEAM, team, t -> t.appoint(member, role, from));
        careTeams.flush();
        audit.record(List.of(audit.event(caller, APPOINT_TO_CARE_TEAM, Decision.allow(
                        AccessPolicy.mayFormTeam(caller, team, today).reason() + "; appointed " + member.username()
                                + " (" + member.discipline() + ") as " + role + " from " + from))
                .record("CareTeamMember", appointed.id()).client(clientId).build()));
        return view(team, today);
    }

    /** Releases the staff member from the client's team after the given last day, for the reason given. */
    public TeamFormationView release(long clientId, Long staffMemberId, LocalDate lastDay, String reason) {
        Caller caller = signedIn.current();
        LocalDate today = LocalDate.now(clock);
        CareTeam team = permitted(caller, RELEASE_FROM_CARE_TEAM, clientId, true, today);
        StaffMember member = chosen(caller, RELEASE_FROM_CARE_TEAM, team, staffMemberId);
        CareTeamMember released = changed(caller, RELEASE_FROM_CARE_TEAM, team,
                t -> t.release(member, lastDay, reason));
        careTeams.flush();
        audit.record(List.of(audit.event(caller, RELEASE_FROM_CARE_TEAM, Decision.allow(
                        AccessPolicy.mayFormTeam(caller, team, today).reason() + "; released " + member.username()
                                + " after " + lastDay + ": " + released.releaseReason().orElseThrow()))
                .record("CareTeamMember", released.id()).client(clientId).build()));
        return view(team, today);
    }

    private CareTeam permitted(Caller caller, String action, long clientId, boolean forChange, LocalDate today) {
        CareTeam team = (forChange ? careTeams.ofClientForChange(clientId) : careTeams.ofClient(clientId)).orElse(null);
        if (team == null) {
            audit.record(List.of(audit.event(caller, action, Decision.refuse("no care team for this client number"))
                    .client(clientId).build()));
            throw new NotFound(ServiceWords.say("team.noCareTeam"));
        }
        Decision decision = AccessPolicy.mayFormTeam(caller, team, today);
        if (!decision.allowed()) {
            audit.record(List.of(audit.event(caller, action, decision)
                    .record("CareTeam", team.id()).client(clientId).build()));
            throw new AccessRefused(ServiceWords.say("team.mayNotForm"));
        }
        return team;
    }

    private StaffMember chosen(Caller caller, String action, CareTeam team, Long staffMemberId) {
        InvalidInput unknown = staffMemberId == null
                ? new InvalidInput(RuleWords.say("team.staffMemberRequired"), "staffMember")
                : new InvalidInput(ServiceWords.say("team.unknownStaffMember"), "staffMember");
        StaffMember member = staffMemberId == null ? null : staff.find(staffMemberId).orElse(null);
        if (member == null) {
            refuse(caller, action, team, unknown);
        }
        return member;
    }

    private <T> T changed(Caller caller, String action, CareTeam team, Function<CareTeam, T> change) {
        try {
            return change.apply(team);
        } catch (InvalidInput refused) {
            refuse(caller, action, team, refused);
            return null;
        }
    }

    private void refuse(Caller caller, String action, CareTeam team, InvalidInput refused) {
        String reason = "input not taken: " + refused.getMessage();
        audit.record(List.of(audit.event(caller, action, Decision.refuse(reason.length() > 500 ? reason.substring(0, 500) : reason))
                .record("CareTeam", team.id()).client(team.client().id()).build()));
        throw refused;
    }

    private TeamFormationView view(CareTeam team, LocalDate today) {
        List<MembershipView> history = team.history().stream()
                .sorted(Comparator.comparing((CareTeamMember m) -> m.period().startsOn()).reversed())
                .map(MembershipView::of)
                .toList();
        return new TeamFormationView(team.id(), team.client().id(), team.client().displayName(),
                team.client().recordNumber().map(RecordNumber::value).orElse(""),
                team.membersOn(today).stream().map(MembershipView::of).toList(), history,
                staff.all().stream().map(StaffChoice::of).toList());
    }
}
