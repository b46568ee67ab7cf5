package care.alliance.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import care.alliance.access.Caller;
import care.alliance.access.Decision;
import care.alliance.access.Role;
import care.alliance.testing.Accounts;
import care.alliance.testing.AuditRow;
import care.alliance.testing.ClinicDatabase;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Audit events are evidence: written once, then neither changed nor removed, by SQL or by the application. */
class AuditEventsAreAppendOnlyTest {

    private static ClinicDatabase database;

    private AuditRow written;

    @BeforeAll
    static void openTheDatabase() {
        database = ClinicDatabase.migrated();
    }

    @AfterAll
    static void closeTheDatabase() {
        database.close();
    }

    @BeforeEach
    void aRefusalIsOnRecord() {
        long mark = database.lastAuditEventId();
        AuditTrail trail = database.auditTrail();
        trail.record(List.of(trail.event(Accounts.signedIn("sam.rivera", Role.THERAPIST), "VIEW_CARE_TEAM",
                Decision.refuse("not on this client's care team")).record("CareTeam", 7L).client(42L).build()));
        List<AuditRow> rows = database.auditEventsAfter(mark);
        assertEquals(1, rows.size(), "one event appended");
        written = rows.get(0);
    }

    @Test
    void anEventSaysWhoByAccountInWhichRoleDidWhatToWhichRecordOfWhichClientWithWhatOutcomeAndWhy() {
        assertNotNull(written.occurredAt());
        assertEquals(new AuditRow(written.id(), written.occurredAt(), "sam.rivera", "therapist", "VIEW_CARE_TEAM",
                "CareTeam", 7L, 42L, "REFUSED", "not on this client's care team", "internal", Accounts.idOf("sam.rivera")), written);
    }

    static Stream<Arguments> changesThroughJdbc() {
        return Stream.of(
                arguments("turn a refusal into an allowed access", "update audit_event set outcome = 'ALLOWED' where id = ?"),
                arguments("rewrite the reason", "update audit_event set reason = 'member of the team' where id = ?"),
                arguments("blame someone else", "update audit_event set actor = 'noor.ali', actor_role = 'psychiatrist' where id = ?"),
                arguments("detach it from the client", "update audit_event set client_id = null where id = ?"),
                arguments("change every event", "update audit_event set source_address = 'elsewhere' where id >= ?"),
                arguments("overwrite it by merging", "merge into audit_event (id, occurred_at, actor, action, outcome)"
                        + " key (id) values (?, current_timestamp, 'someone', 'NOTHING', 'ALLOWED')"),
                arguments("remove it", "delete from audit_event where id = ?"),
                arguments("remove every event", "delete from audit_event where id >= ?"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changesThroughJdbc")
    void anEventCannotBeChangedOrRemovedThroughJdbc(String attempt, String sql) {
        long count = countOfEvents();

        SQLException refusal = assertThrows(SQLException.class, () -> {
            try (Connection connection = database.dataSource().getConnection()) {
                connection.setAutoCommit(false);
                try (PreparedStatement change = connection.prepareStatement(sql)) {
                    change.setLong(1, written.id());
                    change.executeUpdate();
                }
                connection.commit();
            }
        });

        assertTrue(refusal.getMessage().contains("audit events are append-only"), refusal.getMessage());
        assertEquals(written, database.auditEvent(written.id()), "the event is unchanged");
        assertEquals(count, countOfEvents(), "no event is gone");
    }

    @Test
    void theTableCannotBeEmptiedAtOnce() {
        long count = countOfEvents();

        assertThrows(SQLException.class, () -> {
            try (Connection connection = database.dataSource().getConnection();
                    PreparedStatement truncate = connection.prepareStatement("truncate table audit_event")) {
                truncate.executeUpdate();
            }
        });

        assertEquals(count, countOfEvents(), "no event is gone");
    }

    static Stream<Arguments> changesThroughTheApplication() {
        return Stream.of(
                arguments("remove the entity", (BiConsumer<EntityManager, Long>) (em, id) ->
                        em.remove(em.find(AuditEvent.class, id))),
                arguments("bulk update", (BiConsumer<EntityManager, Long>) (em, id) ->
                        em.createQuery("update AuditEvent e set e.reason = 'tidied' where e.id = :id")
                                .setParameter("id", id).executeUpdate()),
                arguments("bulk delete", (BiConsumer<EntityManager, Long>) (em, id) ->
                        em.createQuery("delete from AuditEvent e where e.id = :id")
                                .setParameter("id", id).executeUpdate()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changesThroughTheApplication")
    void anEventCannotBeChangedOrRemovedThroughJpaEither(String attempt, BiConsumer<EntityManager, Long> change) {
        long count = countOfEvents();

        assertThrows(RuntimeException.class, () -> database.inNewTransaction(
                () -> change.accept(database.entityManager(), written.id())));

        assertEquals(written, database.auditEvent(written.id()), "the event is unchanged");
        assertEquals(count, countOfEvents(), "no event is gone");
    }

    private static long countOfEvents() {
        return database.query("select count(*) from audit_event", result -> {
            result.next();
            return result.getLong(1);
        });
    }
}
