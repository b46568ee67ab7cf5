package care.alliance.team;

import care.alliance.access.AccessPolicy;
import care.alliance.access.AccessRefused;
import care.alliance.access.Caller;
import care.alliance.access.Decision;
import care.alliance.access.NotFound;
import care.alliance.access.ServiceWords;
import care.alliance.access.SignedInCaller;
import care.alliance.audit.AuditTrail;
import care.alliance.goal.Goal;
import care.alliance.goal.Goals;
import care.alliance.goal.Party;
import care.alliance.measure.Measures;
import care.alliance.relationship.AllianceCheckIns;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Care teams as their members, their clients and clinic IT see them. Every read of a client's team
 * passes {@link AccessPolicy} and leaves an audit event, allowed or refused.
 */
@Stateless
@DeclareRoles({"psychiatrist", "primary-care", "therapist", "care-manager", "client", "clinic-admin"})
public class CareTeamService {

    static final String VIEW_CASELOAD = "VIEW_CASELOAD";
    static final String VIEW_CARE_TEAM = "VIEW_CARE_TEAM";
    static final String VIEW_OWN_CARE_TEAM = "VIEW_OWN_CARE_TEAM";
    static final String ADMINISTER_CARE_TEAMS = "ADMINISTER_CARE_TEAMS";

    @Inject
    CareTeams careTeams;

    @Inject
    Goals goals;

    @Inject
    AllianceCheckIns alliance;

    @Inject
    Measures measures;

    @Inject
    SignedInCaller signedIn;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemDefaultZone();

    /** Clients with an open safety flag come first, the longest open first; the others keep their order. */
    private static final Comparator<CaseloadEntry> SAFETY_FLAGS_FIRST = Comparator.comparing(
            CaseloadEntry::safetyFlagRaisedAt, Comparator.nullsLast(Comparator.naturalOrder()));

    /**
     * The clients whose care team the signed-in clinician is on today, with their teams and how
     * many of their goals wait for whose agreement.
     */
    public List<CaseloadEntry> myCaseload() {
        Caller caller = signedIn.current();
        Decision decision = require(caller, VIEW_CASELOAD, AccessPolicy.mayKeepCaseload(caller));
        LocalDate today = LocalDate.now(clock);
        List<CareTeam> teams = careTeams.withCurrentMember(caller.accountId(), today);
        audit.record(teams.isEmpty()
                ? List.of(audit.event(caller, VIEW_CASELOAD, decision).build())
                : teams.stream()
                        .map(team -> audit.event(caller, VIEW_CASELOAD, decision)
                                .record("CareTeam", team.id()).client(team.client().id()).build())
                        .toList());
        List<Long> clientIds = teams.stream().map(team -> team.client().id()).toList();
        List<Long> withOpenRupture = alliance.withOpenRupture(clientIds);
        Map<Long, Instant> flagRaisedAt = new HashMap<>();
        measures.openFlagsOf(clientIds).forEach(flag -> flagRaisedAt.putIfAbsent(flag.clientId(), flag.raisedAt()));
        Map<Long, Map<Party, Integer>> waiting = new HashMap<>();
        for (Goal goal : goals.awaitingAgreement(clientIds)) {
            Map<Party, Integer> byParty = waiting.computeIfAbsent(goal.clientId(), client -> new EnumMap<>(Party.class));
            goal.consensus().notYetAgreed().forEach(party -> byParty.merge(party, 1, Integer::sum));
        }
        return teams.stream()
                .map(team -> new CaseloadEntry(CareTeamView.of(team, today),
                        waiting.getOrDefault(team.client().id(), Map.of()).entrySet().stream()
                                .map(entry -> new CaseloadEntry.Waiting(entry.getKey(), entry.getValue()))
                                .toList(),
                        withOpenRupture.contains(team.client().id()), flagRaisedAt.get(team.client().id())))
                .sorted(SAFETY_FLAGS_FIRST)
                .toList();
    }

    /** One client's care team, for its clinicians and for the client. */
    public CareTeamView careTeamOf(long clientId) {
        Caller caller = signedIn.current();
        LocalDate today = LocalDate.now(clock);
        CareTeam team = careTeams.ofClient(clientId).orElse(null);
        if (team == null) {
            audit.record(List.of(audit.event(caller, VIEW_CARE_TEAM, Decision.refuse("no care team for this client number"))
                    .client(clientId).build()));
            throw new NotFound(ServiceWords.say("team.noCareTeam"));
        }
        Decision decision = AccessPolicy.mayViewCareTeam(caller, team, today);
        audit.record(List.of(audit.event(caller, VIEW_CARE_TEAM, decision)
                .record("CareTeam", team.id()).client(clientId).build()));
        if (!decision.allowed()) {
            throw new AccessRefused(ServiceWords.say("team.notOnTeam"));
        }
        return CareTeamView.of(team, today);
    }

    /** The signed-in client's own care team. */
    public CareTeamView myCareTeam() {
        Caller caller = signedIn.current();
        Decision decision = require(caller, VIEW_OWN_CARE_TEAM, AccessPolicy.mayViewOwnCareTeam(caller));
        CareTeam team = careTeams.ofPortalAccount(caller.accountId()).orElse(null);
        if (team == null) {
            audit.record(List.of(audit.event(caller, VIEW_OWN_CARE_TEAM, Decision.refuse("no care team formed yet")).build()));
            throw new NotFound(ServiceWords.say("team.noneFormedYet"));
        }
        audit.record(List.of(audit.event(caller, VIEW_OWN_CARE_TEAM, decision)
                .record("CareTeam", team.id()).client(team.client().id()).build()));
        return CareTeamView.of(team, LocalDate.now(clock));
    }

    /** Every care team of the clinic with its members, for clinic IT: names and disciplines only. */
    public List<CareTeamView> allCareTeams() {
        Caller caller = signedIn.current();
        Decision decision = require(caller, ADMINISTER_CARE_TEAMS, AccessPolicy.mayAdministerTeams(caller));
        audit.record(List.of(audit.event(caller, ADMINISTER_CARE_TEAMS, decision).build()));
        LocalDate today = LocalDate.now(clock);
        return careTeams.all().stream().map(team -> CareTeamView.of(team, today)).toList();
    }

    private Decision require(Caller caller, String action, Decision decision) {
        if (!decision.allowed()) {
            audit.record(List.of(audit.event(caller, action, decision).build()));
            throw new AccessRefused(ServiceWords.say("team.roleDoesNotAllow"));
        }
        return decision;
    }
}
