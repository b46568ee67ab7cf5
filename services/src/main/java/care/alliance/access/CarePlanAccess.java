package care.alliance.access;

import care.alliance.audit.AuditTrail;
import care.alliance.consent.ClientConsent;
import care.alliance.consent.ClientConsents;
import care.alliance.consent.ConsentDefaults;
import care.alliance.consent.ConsentInForce;
import care.alliance.consent.SensitiveLabel;
import care.alliance.emergency.EmergencyAccesses;
import care.alliance.goal.Goal;
import care.alliance.team.CareTeam;
import care.alliance.team.CareTeams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The door to a client's plan: asks {@link AccessPolicy} whether the signed-in person may do the
 * operation on this client's plan, writes the audit event either way, and refuses with
 * {@link AccessRefused} when the answer is no. Services pass through it before touching clinical
 * data. A clinician off the client's team is let into the team's reads by their open emergency
 * access, looked up here only for them; refused such a read without one, they are offered it
 * ({@link EmergencyAccessOffered}).
 */
@ApplicationScoped
public class CarePlanAccess {

    @Inject
    CareTeams careTeams;

    @Inject
    SignedInCaller signedIn;

    @Inject
    AuditTrail audit;

    @Inject
    ClientConsents consents;

    @Inject
    ConsentDefaults consentDefaults;

    @Inject
    EmergencyAccesses emergencyAccesses;

    Clock clock = Clock.systemDefaultZone();

    /** The caller's access for the operation on the record of the client, audited; refused if not allowed. */
    public PlanAccess require(long clientId, PlanOperation operation, String recordType, Long recordId) {
        return decide(clientId, operation, recordType, recordId,
                (caller, team, today) -> onPlan(caller, operation, team, today, clientId));
    }

    /** The plan's rule, with the caller's open emergency access looked up only if the rule comes to it. */
    private PlanAccess onPlan(Caller caller, PlanOperation operation, CareTeam team, LocalDate today, long clientId) {
        Instant now = clock.instant();
        return AccessPolicy.mayOnPlan(caller, operation, team, today, now,
                () -> emergencyAccesses.openFor(caller.accountId(), clientId, now));
    }

    /**
     * As {@link #require}, for the goal or a record linked to it: the plan's rule, then the client's
     * consent for the goal's labels, read anew, so that a consent withdrawn counts from this request.
     * Audited once, with "withheld by the client's consent" as the reason when that refuses.
     */
    public PlanAccess requireOnGoal(Goal goal, PlanOperation operation, String recordType, Long recordId) {
        return decide(goal.clientId(), operation, recordType, recordId,
                (caller, team, today) -> AccessPolicy.mayOnLabelledPart(
                        onPlan(caller, operation, team, today, goal.clientId()), goal.labels(), consentOf(goal.clientId())));
    }

    /** The client's consent as it stands in this transaction: read anew by each request, so a withdrawal counts at the next. */
    public ConsentInForce consentOf(long clientId) {
        ClientConsent consent = consents.ofClient(clientId).orElseGet(() -> ClientConsent.undecided(clientId));
        return new ConsentInForce(consent, consentDefaults);
    }

    /** Whether the client's consent keeps a part with these labels from the reader the plan's access was given to. */
    public static boolean withholds(PlanAccess onPlan, Set<SensitiveLabel> labels, ConsentInForce consent) {
        return !AccessPolicy.mayOnLabelledPart(onPlan, labels, consent).allowed();
    }

    /**
     * The goals a list left out of what it returned, because the client's consent keeps them from
     * the reader: each audited as refused, so the audit shows what was withheld from whom.
     */
    public void auditWithheld(PlanOperation operation, long clientId, Collection<Long> goalIds) {
        if (goalIds.isEmpty()) {
            return;
        }
        Caller caller = signedIn.current();
        audit.record(goalIds.stream().distinct().map(goalId -> audit.event(caller, operation.name(),
                Decision.refuse(AccessPolicy.WITHHELD_BY_CONSENT)).record("Goal", goalId).client(clientId).build()).toList());
    }

    /** As {@link #require}, for a record its author alone may touch. */
    public PlanAccess requireAuthor(long clientId, PlanOperation operation, String recordType, long recordId,
            String authorAccountId) {
        return decide(clientId, operation, recordType, recordId,
                (caller, team, today) -> AccessPolicy.mayOnOwnRecord(caller, operation, team, today, authorAccountId));
    }

    private interface Rule {
        PlanAccess decide(Caller caller, CareTeam team, LocalDate today);
    }

    private PlanAccess decide(long clientId, PlanOperation operation, String recordType, Long recordId, Rule rule) {
        Caller caller = signedIn.current();
        CareTeam team = careTeams.ofClient(clientId).orElse(null);
        PlanAccess access = team == null
                ? PlanAccess.refused("no care team for this client number", ServiceWords.say("plan.noCarePlan"))
                : rule.decide(caller, team, LocalDate.now(clock));
        audit.record(List.of(audit.event(caller, operation.name(), access.decision())
                .record(recordType, recordId).client(clientId).build()));
        if (team == null) {
            throw new NotFound(access.refusal());
        }
        if (!access.allowed()) {
            if (AccessPolicy.offersEmergencyAccess(caller, operation, team, LocalDate.now(clock))) {
                throw new EmergencyAccessOffered(ServiceWords.say("plan.notYours", access.refusal()), clientId);
            }
            throw new AccessRefused(ServiceWords.say("plan.notYours", access.refusal()));
        }
        return access;
    }

    /** The record looked up for the operation; when there is none, the attempt is audited and refused as not found. */
    public <T> T found(Optional<T> record, PlanOperation operation, String recordType, long recordId) {
        return record.orElseThrow(() -> {
            audit.record(List.of(audit.event(signedIn.current(), operation.name(), Decision.refuse("no such record"))
                    .record(recordType, recordId).build()));
            return new NotFound(ServiceWords.say("notFound." + recordType));
        });
    }

    /** Who is asking, for what the services record as author. */
    public Caller caller() {
        return signedIn.current();
    }
}
