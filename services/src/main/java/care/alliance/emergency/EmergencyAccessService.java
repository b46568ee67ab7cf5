package care.alliance.emergency;

import care.alliance.access.AccessPolicy;
import care.alliance.access.AccessRefused;
import care.alliance.access.Caller;
import care.alliance.access.CarePlanAccess;
import care.alliance.access.Decision;
import care.alliance.access.NotFound;
import care.alliance.access.PlanAccess;
import care.alliance.access.PlanOperation;
import care.alliance.access.ServiceWords;
import care.alliance.access.SignedInCaller;
import care.alliance.audit.AuditTrail;
import care.alliance.client.Client;
import care.alliance.client.Clients;
import care.alliance.client.RecordNumber;
import care.alliance.rules.InvalidInput;
import care.alliance.team.CareTeam;
import care.alliance.team.CareTeams;
import care.alliance.team.StaffMember;
import care.alliance.team.StaffMembers;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Breaking the glass: a clinician off a client's care team opens the client's plan in an emergency
 * by stating why, for the clinic's period. Whether they may is {@link AccessPolicy}'s to say; every
 * attempt, allowed or refused, is audited as {@value EmergencyAccess#AUDIT_ACTION} with the reason. The reads
 * it opens pass {@link CarePlanAccess} as every read does. The team and the client read the recent
 * accesses on the plan.
 */
@Stateless
@DeclareRoles({"psychiatrist", "primary-care", "therapist", "care-manager", "client", "clinic-admin",
        "privacy-officer"})
public class EmergencyAccessService {

    /** The record type of the opening's audit event. */
    static final String RECORD = "EmergencyAccess";

    /** How far back the team and the client are shown the emergency accesses to the plan. */
    public static final int DAYS_SHOWN = 30;

    @Inject
    CareTeams careTeams;

    @Inject
    Clients clients;

    @Inject
    StaffMembers staff;

    @Inject
    EmergencyAccesses accesses;

    @Inject
    CarePlanAccess access;

    @Inject
    SignedInCaller signedIn;

    @Inject
    AuditTrail audit;

    @Inject
    EmergencyAccessPeriod period;

    Clock clock = Clock.systemDefaultZone();

    /** The signed-in clinician opens the client's plan in an emergency, for the reason they state. */
    public EmergencyAccessView open(long clientId, String reason) {
        Caller caller = signedIn.current();
        CareTeam team = careTeams.ofClient(clientId).orElse(null);
        if (team == null) {
            refuse(caller, clientId, Decision.refuse("no care team for this client number"));
            throw new NotFound(ServiceWords.say("plan.noCarePlan"));
        }
        PlanAccess allowed = AccessPolicy.mayBreakTheGlass(caller, team, LocalDate.now(clock));
        if (!allowed.allowed()) {
            refuse(caller, clientId, allowed.decision());
            throw new AccessRefused(allowed.refusal());
        }
        StaffMember clinician = staff.withAccount(caller.accountId()).filter(member -> !member.isLetGo()).orElse(null);
        if (clinician == null) {
            refuse(caller, clientId, Decision.refuse("no working staff member with this account"));
            throw new AccessRefused(ServiceWords.say("emergency.notForRole"));
        }
        EmergencyReason stated;
        try {
            stated = EmergencyReason.of(reason);
        } catch (InvalidInput invalid) {
            refuse(caller, clientId, Decision.refuse("no valid reason stated"));
            throw invalid;
        }
        // in whole microseconds, as the database keeps it, so that the view says what is stored
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        EmergencyAccess opened = EmergencyAccess.open(clientId, clinician, stated, now, period);
        accesses.add(opened);
        accesses.flush();
        audit.record(List.of(audit.event(caller, EmergencyAccess.AUDIT_ACTION, Decision.allow(stated.text()))
                .record(RECORD, opened.id()).client(clientId).build()));
        return EmergencyAccessView.of(opened, now, caller.accountId());
    }

    /** As {@link #open(long, String)}, for the client with the clinic's record number. */
    public EmergencyAccessView openForRecordNumber(String recordNumber, String reason) {
        Caller caller = signedIn.current();
        PlanAccess allowed = AccessPolicy.mayBreakTheGlass(caller);
        if (!allowed.allowed()) {
            refuse(caller, null, allowed.decision());
            throw new AccessRefused(allowed.refusal());
        }
        RecordNumber number;
        try {
            number = RecordNumber.of(recordNumber);
        } catch (InvalidInput invalid) {
            throw new InvalidInput(invalid.why(), "recordNumber");
        }
        Optional<Client> client = clients.withRecordNumber(number);
        if (client.isEmpty()) {
            refuse(caller, null, Decision.refuse("no client with this record number"));
            throw new InvalidInput(ServiceWords.say("emergency.noSuchRecordNumber", number.value()), "recordNumber");
        }
        return open(client.get().id(), reason);
    }

    /**
     * The emergency accesses to the client's plan of the last {@value #DAYS_SHOWN} days, the newest
     * first, for whoever may read the plan: its team, the client, and a clinician in an open access.
     */
    public List<EmergencyAccessView> recentOf(long clientId) {
        access.require(clientId, PlanOperation.VIEW_PLAN, RECORD, null);
        String reader = access.caller().accountId();
        Instant now = clock.instant();
        return accesses.ofClientSince(clientId, now.minus(Duration.ofDays(DAYS_SHOWN))).stream()
                .map(each -> EmergencyAccessView.of(each, now, reader))
                .toList();
    }

    private void refuse(Caller caller, Long clientId, Decision decision) {
        audit.record(List.of(audit.event(caller, EmergencyAccess.AUDIT_ACTION, decision).record(RECORD, null).client(clientId).build()));
    }
}
