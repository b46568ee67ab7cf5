package care.alliance.access;

import care.alliance.consent.ConsentInForce;
import care.alliance.consent.SensitiveLabel;
import care.alliance.emergency.EmergencyAccess;
import care.alliance.goal.Party;
import care.alliance.team.CareTeam;
import care.alliance.team.CareTeamMember;
import care.alliance.team.Discipline;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Alliance's rules of who may do what, for whom (DESIGN.md, "Who may do what"). Services ask it
 * before every access to clinical data and audit its answer; no page or resource decides alone.
 */
public final class AccessPolicy {

    /** The audit's reason for a part of the plan the client's consent keeps from the reader. */
    public static final String WITHHELD_BY_CONSENT = "withheld by the client's consent";

    private AccessPolicy() {
    }

    /** A clinician's caseload lists the clients whose team they are on; nobody else has one. */
    public static Decision mayKeepCaseload(Caller caller) {
        return caller.isClinician()
                ? Decision.allow("clinician's own caseload")
                : Decision.refuse("only clinicians have a caseload");
    }

    /**
     * A client's care team may be seen by its current clinicians and by the client themself;
     * clinic-admin sees teams only through the administration of teams, without clinical content.
     */
    public static Decision mayViewCareTeam(Caller caller, CareTeam team, LocalDate today) {
        return mayViewCareTeam(caller, team, today, null, Optional::empty);
    }

    /**
     * As {@link #mayViewCareTeam(Caller, CareTeam, LocalDate)}, and a clinician off the team with an
     * emergency access open at {@code now} sees the team too: whom to call about the emergency.
     */
    public static Decision mayViewCareTeam(Caller caller, CareTeam team, LocalDate today, Instant now,
            Supplier<Optional<EmergencyAccess>> emergency) {
        if (caller.isClinician() && team.isCurrentMember(caller.accountId(), today)) {
            return Decision.allow("member of the client's care team");
        }
        if (caller.has(Role.CLIENT) && team.client().isPortalAccount(caller.accountId())) {
            return Decision.allow("the client's own care team");
        }
        if (caller.isClinician()) {
            return openEmergencyAccess(caller, team, now, emergency)
                    .map(open -> Decision.allow(open.auditReason()))
                    .orElse(Decision.refuse("not on this client's care team"));
        }
        return Decision.refuse("role may not see this client's care team");
    }

    /**
     * A clinician who is not on the client's care team may open the client's plan in an emergency,
     * for a reason they state. A member of the team does not need to; clients and clinic IT may not,
     * whatever their reason.
     */
    public static PlanAccess mayBreakTheGlass(Caller caller, CareTeam team, LocalDate today) {
        PlanAccess role = mayBreakTheGlass(caller);
        if (!role.allowed()) {
            return role;
        }
        Optional<CareTeamMember> membership = membershipOf(caller, team, today);
        if (membership.isPresent()) {
            return PlanAccess.refused("on this client's care team: no emergency access needed",
                    ServiceWords.say("emergency.onTheTeam"));
        }
        // Opening the access is not yet acting on the plan: the reads under it act as the clinician's discipline.
        return PlanAccess.allowed("clinician not on the client's care team, in an emergency", null);
    }

    /** The part of {@link #mayBreakTheGlass(Caller, CareTeam, LocalDate)} asked before the client is known: only clinicians. */
    public static PlanAccess mayBreakTheGlass(Caller caller) {
        return caller.isClinician()
                ? PlanAccess.allowed("clinician", null)
                : PlanAccess.refused("role may not open emergency access", ServiceWords.say("emergency.notForRole"));
    }

    /**
     * Whether a clinician refused {@code operation} could be let in by an emergency access: they are
     * not on the client's team and the operation is one the access opens. Pages then offer it.
     */
    public static boolean offersEmergencyAccess(Caller caller, PlanOperation operation, CareTeam team, LocalDate today) {
        return caller.isClinician() && operation.opensInEmergency() && membershipOf(caller, team, today).isEmpty();
    }

    /**
     * An operation on a client's plan: clinicians act for the discipline they hold on the client's
     * team today, the client acts for themself on their own plan; each only where the operation
     * is theirs to do. Clinic IT does no clinical work.
     */
    public static PlanAccess mayOnPlan(Caller caller, PlanOperation operation, CareTeam team, LocalDate today) {
        return mayOnPlan(caller, operation, team, today, null, Optional::empty);
    }

    /**
     * As {@link #mayOnPlan(Caller, PlanOperation, CareTeam, LocalDate)}, and a clinician off the
     * team whose emergency access to this client's plan is open at {@code now} may do what the
     * access opens ({@link PlanOperation#opensInEmergency()}: the team's reads), as their own
     * discipline, with the stated reason on record. The access is looked up only for such a
     * clinician and such an operation. It never opens a change, a psychotherapy note or anything
     * the client has not consented to.
     */
    public static PlanAccess mayOnPlan(Caller caller, PlanOperation operation, CareTeam team, LocalDate today,
            Instant now, Supplier<Optional<EmergencyAccess>> emergency) {
        if (caller.isClinician()) {
            Optional<CareTeamMember> membership = membershipOf(caller, team, today);
            if (membership.isEmpty()) {
                if (operation.opensInEmergency()) {
                    Optional<EmergencyAccess> open = openEmergencyAccess(caller, team, now, emergency);
                    if (open.isPresent()) {
                        return PlanAccess.allowedInEmergency(open.get().auditReason(), Party.of(open.get().discipline()));
                    }
                }
                return PlanAccess.refused("not on this client's care team", ServiceWords.say("plan.why.notOnTeam"));
            }
            if (!operation.isForTeam()) {
                return PlanAccess.refused("only the client does this", ServiceWords.say("plan.why.clientOnly"));
            }
            Discipline discipline = membership.get().discipline();
            if (!operation.isFor(discipline)) {
                return PlanAccess.refused("not for " + discipline.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + " to do", ServiceWords.say("plan.why.notForDiscipline",
                                ServiceWords.say("discipline." + discipline.name())));
            }
            return PlanAccess.allowed("member of the client's care team", Party.of(discipline));
        }
        if (caller.has(Role.CLIENT)) {
            if (!team.client().isPortalAccount(caller.accountId())) {
                return PlanAccess.refused("another client's plan", ServiceWords.say("plan.why.anotherClientsPlan"));
            }
            if (!operation.isForClient()) {
                return PlanAccess.refused("the care team does this", ServiceWords.say("plan.why.teamOnly"));
            }
            return PlanAccess.allowed("the client's own plan", Party.CLIENT);
        }
        return PlanAccess.refused("role may not see clinical content", ServiceWords.say("plan.why.noClinicalRole"));
    }

    private static Optional<CareTeamMember> membershipOf(Caller caller, CareTeam team, LocalDate today) {
        return team.membersOn(today).stream()
                .filter(member -> member.staffMember().hasAccount(caller.accountId()))
                .findFirst();
    }

    /** The caller's emergency access to this team's client, if it is open now; asked for only here. */
    private static Optional<EmergencyAccess> openEmergencyAccess(Caller caller, CareTeam team, Instant now,
            Supplier<Optional<EmergencyAccess>> emergency) {
        if (now == null) {
            return Optional.empty();
        }
        return emergency.get().filter(access -> access.isHeldBy(caller.accountId())
                && access.clientId() == team.client().id() && access.isOpenAt(now));
    }

    /**
     * An operation on a part of the plan that carries sensitive labels — a goal, and the tasks,
     * check-ins and notes linked to it: the plan's rule first ({@link #mayOnPlan}), then the
     * client's consent. A clinician sees the part only when the client's consent lets their
     * discipline see every one of its labels; the client always sees all of their own plan.
     */
    public static PlanAccess mayOnLabelledPart(PlanAccess onPlan, Set<SensitiveLabel> labels, ConsentInForce consent) {
        if (!onPlan.allowed() || labels.isEmpty() || !Party.isTeam(onPlan.party())) {
            return onPlan;
        }
        return consent.allows(onPlan.party().discipline(), labels)
                ? onPlan
                : PlanAccess.refused(WITHHELD_BY_CONSENT, ServiceWords.say("plan.why.withheldByConsent"));
    }

    /**
     * An operation on a record its author alone may touch, such as a psychotherapy note: the plan's
     * rule first, then authorship. Nobody else reads it, whatever their role or team.
     */
    public static PlanAccess mayOnOwnRecord(Caller caller, PlanOperation operation, CareTeam team, LocalDate today,
            String authorAccountId) {
        PlanAccess access = mayOnPlan(caller, operation, team, today);
        if (access.allowed() && !caller.accountId().equals(authorAccountId)) {
            return PlanAccess.refused("read by its author only", ServiceWords.say("plan.why.authorOnly"));
        }
        return access;
    }

    /** A client sees their own team; nobody else has an "own" team. */
    public static Decision mayViewOwnCareTeam(Caller caller) {
        return caller.has(Role.CLIENT)
                ? Decision.allow("the client's own care team")
                : Decision.refuse("only clients have an own care team");
    }

    /** Clinic IT takes staff on, changes their discipline and account, and lets them go; nobody else does. */
    public static Decision mayAdministerStaff(Caller caller) {
        return caller.has(Role.CLINIC_ADMIN)
                ? Decision.allow("clinic administration")
                : Decision.refuse("only clinic-admin administers staff");
    }

    /**
     * Clinic IT moves a clinic in from CSV files: staff, clients and care teams at once, which only
     * clinic-admin may do one by one. A care manager enrols clients one at a time instead.
     */
    public static Decision mayImportClinic(Caller caller) {
        return caller.has(Role.CLINIC_ADMIN)
                ? Decision.allow("clinic administration")
                : Decision.refuse("only clinic-admin imports a clinic");
    }

    /** Clinic IT administers teams and accounts, and sees no clinical content doing so. */
    public static Decision mayAdministerTeams(Caller caller) {
        return caller.has(Role.CLINIC_ADMIN)
                ? Decision.allow("clinic administration")
                : Decision.refuse("only clinic-admin administers care teams");
    }

    /**
     * Care managers register clients as part of enrolling them, clinic IT as part of putting the
     * clinic into service; nobody else does. Registration shows no clinical content.
     */
    public static Decision mayRegisterClient(Caller caller) {
        if (caller.has(Role.CLINIC_ADMIN)) {
            return Decision.allow("clinic administration");
        }
        if (caller.has(Role.CARE_MANAGER)) {
            return Decision.allow("care manager enrolling a client");
        }
        return Decision.refuse("only care managers and clinic-admin register clients");
    }

    /**
     * A client's portal account is opened and closed by care managers as part of enrolment and by
     * clinic IT, as clients are registered; nobody else does. It shows no clinical content.
     */
    public static Decision mayManagePortalAccount(Caller caller) {
        if (caller.has(Role.CLINIC_ADMIN)) {
            return Decision.allow("clinic administration");
        }
        if (caller.has(Role.CARE_MANAGER)) {
            return Decision.allow("care manager enrolling a client");
        }
        return Decision.refuse("only care managers and clinic-admin manage portal accounts");
    }

    /**
     * A client's care team is formed — members appointed and released, its history read — by the
     * care manager who leads it today, and by clinic IT for every team, who see no clinical content
     * doing so. Being on the team is not enough: its other members, and a care manager who is on it
     * but does not lead it, work with the team the lead has formed.
     */
    public static Decision mayFormTeam(Caller caller, CareTeam team, LocalDate today) {
        if (caller.has(Role.CLINIC_ADMIN)) {
            return Decision.allow("clinic administration");
        }
        if (caller.has(Role.CARE_MANAGER) && team.isLedBy(caller.accountId(), today)) {
            return Decision.allow("lead of the client's care team");
        }
        if (caller.has(Role.CARE_MANAGER)) {
            return Decision.refuse("not the lead of this client's care team");
        }
        return Decision.refuse("role may not form care teams");
    }

    /**
     * The privacy officer reviews the audit: who did what to whose record, and every emergency
     * access. Nobody else reads it whole, not clinic IT and not the clinicians it records; a client
     * sees only who opened their own plan, through their own operation.
     */
    public static Decision mayReadAudit(Caller caller) {
        return caller.has(Role.PRIVACY_OFFICER)
                ? Decision.allow("privacy review")
                : Decision.refuse("only privacy-officer reads the audit");
    }
}
