package care.alliance.emergency;

import care.alliance.team.Discipline;
import care.alliance.team.StaffMember;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A clinician who is not on a client's care team "broke the glass": they opened the client's plan
 * in an emergency, saying why. The access is opened at a moment and ends a set time later, by
 * itself; while it is open its holder reads the plan, and every read carries the reason. It is a
 * fact on the client's record: it is never changed or closed early, so the team, the client and the
 * privacy officer always read what happened. The clinician is kept as they were at that moment:
 * account, user name, the name they sign with and their discipline.
 */
@Entity
@Table(name = "emergency_access")
public class EmergencyAccess {

    /** The audit's action for a clinician breaking the glass, allowed or refused. */
    public static final String AUDIT_ACTION = "BREAK_THE_GLASS";

    /** How the audit reason of every read under an emergency access begins. */
    public static final String AUDIT_REASON_PREFIX = "emergency access";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(name = "account_id", nullable = false, length = 36)
    private String accountId;

    @Column(name = "username", nullable = false, length = 100)
    private String username;

    @Column(name = "clinician_name", nullable = false, length = 250)
    private String clinicianName;

    @Enumerated(EnumType.STRING)
    @Column(name = "discipline", nullable = false, length = 30)
    private Discipline discipline;

    @Embedded
    private EmergencyReason reason;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    protected EmergencyAccess() {
    }

    private EmergencyAccess(long clientId, StaffMember clinician, EmergencyReason reason, Instant openedAt,
            Instant endsAt) {
        this.clientId = clientId;
        this.accountId = clinician.accountId();
        this.username = clinician.username();
        this.clinicianName = clinician.signature();
        this.discipline = clinician.discipline();
        this.reason = reason;
        this.openedAt = openedAt;
        this.endsAt = endsAt;
    }

    /** The clinician opens the client's plan at {@code at}, for the clinic's period, for the reason given. */
    public static EmergencyAccess open(long clientId, StaffMember clinician, EmergencyReason reason, Instant at,
            EmergencyAccessPeriod period) {
        if (clinician == null || clinician.accountId() == null || reason == null || at == null || period == null) {
            throw new IllegalArgumentException("An emergency access needs the clinician's account, a reason, a moment"
                    + " and a period.");
        }
        return new EmergencyAccess(clientId, clinician, reason, at, at.plus(period.length()));
    }

    /** Open from the moment it was opened until, but not at, the moment it ends. */
    public boolean isOpenAt(Instant at) {
        return !at.isBefore(openedAt) && at.isBefore(endsAt);
    }

    /** Whether the access is this clinician's, by their account's stable id. */
    public boolean isHeldBy(String accountId) {
        return this.accountId.equals(accountId);
    }

    /** What every read under this access records as its reason. */
    public String auditReason() {
        return AUDIT_REASON_PREFIX + ": " + reason.text();
    }

    /**
     * Whether an audit event of this action and reason belongs to an emergency access: its opening,
     * or a read made under one. The privacy officer's review marks and finds them by this.
     */
    public static boolean isInAudit(String action, String reason) {
        return AUDIT_ACTION.equals(action) || reason != null && reason.startsWith(AUDIT_REASON_PREFIX + ": ");
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long clientId() {
        return clientId;
    }

    public String accountId() {
        return accountId;
    }

    public String username() {
        return username;
    }

    public String clinicianName() {
        return clinicianName;
    }

    public Discipline discipline() {
        return discipline;
    }

    public EmergencyReason reason() {
        return reason;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant endsAt() {
        return endsAt;
    }
}
