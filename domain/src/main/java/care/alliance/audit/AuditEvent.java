package care.alliance.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * One access to clinical data, allowed or refused: who, in which role, did what to which record
 * of which client, when and from where. Events are only ever added, never changed: the entity has
 * no way to change one, and the database refuses updates and deletes of the table.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    private static final int REASON_LENGTH = 500;

    /** Numbered in blocks of fifty, so that the events of one page view are written in one batch. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_ids")
    @SequenceGenerator(name = "audit_event_ids", sequenceName = "audit_event_ids", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, updatable = false, length = 100)
    private String actor;

    /** The actor's stable Keycloak id; null on events written before people were linked by it. */
    @Column(name = "actor_account_id", updatable = false, length = 36)
    private String actorAccountId;

    @Column(name = "actor_role", updatable = false, length = 30)
    private String actorRole;

    @Column(name = "action", nullable = false, updatable = false, length = 60)
    private String action;

    @Column(name = "record_type", updatable = false, length = 40)
    private String recordType;

    @Column(name = "record_id", updatable = false)
    private Long recordId;

    @Column(name = "client_id", updatable = false)
    private Long clientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, updatable = false, length = 10)
    private Outcome outcome;

    @Column(name = "reason", updatable = false, length = REASON_LENGTH)
    private String reason;

    @Column(name = "source_address", updatable = false, length = 64)
    private String sourceAddress;

    protected AuditEvent() {
    }

    private AuditEvent(Builder builder) {
        this.occurredAt = builder.occurredAt;
        this.actor = builder.actor;
        this.actorAccountId = builder.actorAccountId;
        this.actorRole = builder.actorRole;
        this.action = builder.action;
        this.recordType = builder.recordType;
        this.recordId = builder.recordId;
        this.clientId = builder.clientId;
        this.outcome = builder.outcome;
        this.reason = builder.reason == null || builder.reason.length() <= REASON_LENGTH
                ? builder.reason
                : builder.reason.substring(0, REASON_LENGTH);
        this.sourceAddress = builder.sourceAddress;
    }

    /**
     * The same event, not yet written: when the transaction that wrote it rolls back, its row goes
     * but the object keeps the row's id, and the event is put on record again from this copy.
     */
    public AuditEvent unwritten() {
        AuditEvent copy = new AuditEvent();
        copy.occurredAt = occurredAt;
        copy.actor = actor;
        copy.actorAccountId = actorAccountId;
        copy.actorRole = actorRole;
        copy.action = action;
        copy.recordType = recordType;
        copy.recordId = recordId;
        copy.clientId = clientId;
        copy.outcome = outcome;
        copy.reason = reason;
        copy.sourceAddress = sourceAddress;
        return copy;
    }

    public static Builder of(String actor, String actorRole, String action, Outcome outcome, Instant at) {
        return new Builder(actor, actorRole, action, outcome, at);
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public Optional<String> actorAccountId() {
        return Optional.ofNullable(actorAccountId);
    }

    public String actorRole() {
        return actorRole;
    }

    public String action() {
        return action;
    }

    public Optional<Long> clientId() {
        return Optional.ofNullable(clientId);
    }

    public Outcome outcome() {
        return outcome;
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    /** Collects an event's details; every event has an actor, an action, an outcome and a time. */
    public static final class Builder {
        private final String actor;
        private final String actorRole;
        private final String action;
        private final Outcome outcome;
        private final Instant occurredAt;
        private String recordType;
        private Long recordId;
        private Long clientId;
        private String reason;
        private String sourceAddress;
        private String actorAccountId;

        private Builder(String actor, String actorRole, String action, Outcome outcome, Instant at) {
            if (actor == null || action == null || outcome == null || at == null) {
                throw new IllegalArgumentException("An audit event needs an actor, an action, an outcome and a time.");
            }
            this.actor = actor;
            this.actorRole = actorRole;
            this.action = action;
            this.outcome = outcome;
            this.occurredAt = at;
        }

        public Builder record(String type, Long id) {
            this.recordType = type;
            this.recordId = id;
            return this;
        }

        /** The actor's stable Keycloak id, which stays when their user name changes. */
        public Builder actorAccount(String accountId) {
            this.actorAccountId = accountId;
            return this;
        }

        public Builder client(Long clientId) {
            this.clientId = clientId;
            return this;
        }

        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        public Builder from(String sourceAddress) {
            this.sourceAddress = sourceAddress;
            return this;
        }

        public AuditEvent build() {
            return new AuditEvent(this);
        }
    }
}
