package care.alliance.team;

import care.alliance.access.AccessPolicy;
import care.alliance.access.AccessRefused;
import care.alliance.access.Caller;
import care.alliance.access.Decision;
import care.alliance.access.EmergencyAccessOffered;
import care.alliance.access.NotFound;
import care.alliance.access.PlanOperation;
import care.alliance.access.ServiceWords;
import care.alliance.access.SignedInCaller;
import care.alliance.audit.AuditTrail;
import care.alliance.emergency.EmergencyAccesses;
import care.alliance.goal.Goal;
import care.alliance.goal.Goals;
import care.alliance.goal.Party;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
    CaseloadRows caseloadRows;

    @Inject
    SignedInCaller signedIn;

    @Inject
    AuditTrail audit;

    @Inject
    EmergencyAccesses emergencyAccesses;

    Clock clock = Clock.systemDefaultZone();

    /**
     * The page of the signed-in clinician's caseload the query asks for: the clients whose care
     * team they are on today, with their teams, how many of their goals wait for whose agreement,
     * an open safety flag and a possible rupture. Each client shown is audited; the others are not
     * read.
     */
    public CaseloadPage myCaseload(CaseloadQuery query) {
        Caller caller = signedIn.current();
        Decision decision = require(caller, VIEW_CASELOAD, AccessPolicy.mayKeepCaseload(caller));
        LocalDate today = LocalDate.now(clock);
        List<CaseloadRows.Row> rows = caseloadRows.page(caller.accountId(), today, query);
        if (rows.isEmpty()) {
            audit.record(List.of(audit.event(caller, VIEW_CASELOAD, decision).build()));
            // past the last page the caseload is still counted, so that the caller can offer its last page
            int clients = query.firstRow() == 0 ? 0 : caseloadRows.page(caller.accountId(), today, query.firstRowOnly())
                    .stream().findFirst().map(CaseloadRows.Row::clients).orElse(0);
            return new CaseloadPage(query, List.of(), clients);
        }
        List<Long> clientIds = rows.stream().map(CaseloadRows.Row::clientId).toList();
        Map<Long, CareTeam> teams = new HashMap<>();
        careTeams.ofClients(clientIds).forEach(team -> teams.put(team.client().id(), team));
        audit.record(rows.stream()
                .map(row -> audit.event(caller, VIEW_CASELOAD, decision)
                        .record("CareTeam", row.teamId()).client(row.clientId()).build())
                .toList());
        Map<Long, Map<Party, Integer>> waiting = new HashMap<>();
        for (Goal goal : goals.awaitingAgreement(clientIds)) {
            Map<Party, Integer> byParty = waiting.computeIfAbsent(goal.clientId(), client -> new EnumMap<>(Party.class));
            goal.consensus().notYetAgreed().forEach(party -> byParty.merge(party, 1, Integer::sum));
        }
        List<CaseloadEntry> entries = rows.stream()
                .map(row -> new CaseloadEntry(CareTeamView.of(teams.get(row.clientId()), today),
                        waiting.getOrDefault(row.clientId(), Map.of()).entrySet().stream()
                                .map(entry -> new CaseloadEntry.Waiting(entry.getKey(), entry.getValue()))
                                .toList(),
                        row.possibleRupture(), row.openFlagAt()))
                .toList();
        return new CaseloadPage(query, entries, rows.get(0).clients());
    }

    /** One client's care team, for its clinicians, for the client, and for a clinician in an emergency access. */
    public CareTeamView careTeamOf(long clientId) {
        Caller caller = signedIn.current();
        LocalDate today = LocalDate.now(clock);
        CareTeam team = careTeams.ofClient(clientId).orElse(null);
        if (team == null) {
            audit.record(List.of(audit.event(caller, VIEW_CARE_TEAM, Decision.refuse("no care team for this client number"))
                    .client(clientId).build()));
            throw new NotFound(ServiceWords.say("team.noCareTeam"));
        }
        Instant now = clock.instant();
        Decision decision = AccessPolicy.mayViewCareTeam(caller, team, today, now,
                () -> emergencyAccesses.openFor(caller.accountId(), clientId, now));
        audit.record(List.of(audit.event(caller, VIEW_CARE_TEAM, decision)
                .record("CareTeam", team.id()).client(clientId).build()));
        if (!decision.allowed()) {
            // the team is read with the plan: a clinician off the team is offered what opens both
            if (AccessPolicy.offersEmergencyAccess(caller, PlanOperation.VIEW_PLAN, team, today)) {
                throw new EmergencyAccessOffered(ServiceWords.say("team.notOnTeam"), clientId);
            }
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
