package care.alliance.careplan;

import care.alliance.access.CarePlanAccess;
import care.alliance.access.PlanOperation;
import care.alliance.audit.Outcome;
import care.alliance.emergency.EmergencyAccesses;
import care.alliance.team.StaffMember;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * "Who looked at my plan": the clinicians who opened a client's care plan in the last 90 days, as
 * the audit recorded each opening, and the emergency accesses to it with their reasons, for the
 * client on their own plan. It reads the audit, never
 * writes to it but for the client's own look, which the policy records as every look is.
 */
@Stateless
@DeclareRoles({"psychiatrist", "primary-care", "therapist", "care-manager", "client", "clinic-admin"})
public class PlanReaders {

    /** How far back the client sees. */
    public static final int DAYS_SHOWN = 90;

    /** Enough for several openings a day by every member of a team over the days shown. */
    static final int MOST_OPENINGS = 2_000;

    @Inject
    CarePlanAccess access;

    @PersistenceContext(unitName = "alliance")
    EntityManager entityManager;

    @Inject
    EmergencyAccesses emergencyAccesses;

    Clock clock = Clock.systemDefaultZone();

    /** Who of the clinic opened the client's plan, and who opened it in an emergency and why, by day, the most recent first. */
    public List<PlanReading> whoReadMyPlan(long clientId) {
        access.require(clientId, PlanOperation.VIEW_WHO_READ_PLAN, "AuditEvent", null);
        Instant since = clock.instant().minus(Duration.ofDays(DAYS_SHOWN));
        List<PlanReading.Opening> openings = entityManager.createQuery("select a.occurredAt, s from AuditEvent a,"
                        + " StaffMember s where s.accountId = a.actorAccountId and a.clientId = :client"
                        + " and a.action = :viewPlan and a.recordType = 'CarePlan' and a.outcome = :allowed"
                        + " and a.occurredAt >= :since"
                        + " order by a.occurredAt desc", Object[].class)
                .setParameter("client", clientId)
                .setParameter("viewPlan", PlanOperation.VIEW_PLAN.name())
                .setParameter("allowed", Outcome.ALLOWED)
                .setParameter("since", since)
                .setMaxResults(MOST_OPENINGS)
                .getResultList().stream()
                .map(row -> {
                    StaffMember reader = (StaffMember) row[1];
                    return new PlanReading.Opening((Instant) row[0], reader.accountId(), reader.signature(),
                            reader.discipline());
                })
                .toList();
        List<PlanReading.EmergencyOpening> emergencies = emergencyAccesses.ofClientSince(clientId, since).stream()
                .map(access -> new PlanReading.EmergencyOpening(access.clinicianName(), access.discipline(),
                        access.openedAt(), access.reason().text()))
                .toList();
        return PlanReading.byDay(openings, emergencies, clock.getZone());
    }
}
