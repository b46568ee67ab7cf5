package care.alliance.goal;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import care.alliance.access.Caller;
import care.alliance.access.Role;
import care.alliance.team.Discipline;
import care.alliance.team.SmallClinic;
import care.alliance.team.SmallClinic.Person;
import care.alliance.testing.AuditRow;
import care.alliance.testing.ClinicDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the goal tests share: calling the {@link GoalService} of a {@link ClinicDatabase} as someone
 * of the {@link SmallClinic}, each call in its own transaction; reading back, through plain JDBC
 * and outside Hibernate, what is stored; and the audit events a call wrote.
 */
final class GoalDesk {

    private final ClinicDatabase database;
    private final SmallClinic clinic;

    GoalDesk(ClinicDatabase database, SmallClinic clinic) {
        this.database = database;
        this.clinic = clinic;
    }

    long clientId(Person person) {
        return clinic.clientId(person);
    }

    /** One service call as the caller, in a transaction of its own. */
    <T> T as(Caller caller, Function<GoalService, T> call) {
        GoalService service = database.goalService(caller);
        return database.call(() -> call.apply(service));
    }

    /** One service call as the caller, the service's clock saying it is {@code clock}'s time. */
    <T> T as(Caller caller, Clock clock, Function<GoalService, T> call) {
        GoalService service = database.goalService(caller, clock);
        return database.call(() -> call.apply(service));
    }

    /** A goal in the client's words about their mental health, owned by the given disciplines. */
    static GoalContent content(String clientWords, Discipline... owners) {
        return new GoalContent(clientWords, null, LifeArea.MENTAL_HEALTH, EnumSet.of(owners[0], owners), null);
    }

    static GoalContent content(String clientWords, LifeArea lifeArea, Set<Discipline> owners) {
        return new GoalContent(clientWords, null, lifeArea, owners, null);
    }

    /** The same goal saying other words. */
    static GoalContent saying(GoalContent content, String clientWords) {
        return new GoalContent(clientWords, content.clinicalFraming(), content.lifeArea(), content.owners(),
                content.target());
    }

    /** The role the audit names for a caller with at most one role: its realm name, or "none". */
    static String roleOf(Caller caller) {
        if (caller.roles().size() > 1) {
            throw new IllegalArgumentException("The goal tests use callers with at most one role.");
        }
        return caller.roles().stream().map(Role::realmName).findFirst().orElse("none");
    }

    // ------------------------------------------------------------------ what is stored, via JDBC

    /** A goal's row and its revisions and answers, as stored. */
    record StoredGoal(long version, String status, String lastChangedBy, List<String> revisionWords, int responses) {
    }

    StoredGoal stored(long goalId) {
        try (Connection connection = database.dataSource().getConnection()) {
            long version;
            String status;
            String lastChangedBy;
            try (PreparedStatement goal = connection.prepareStatement(
                    "select version, status, last_changed_by from goal where id = ?")) {
                goal.setLong(1, goalId);
                try (ResultSet row = goal.executeQuery()) {
                    if (!row.next()) {
                        throw new AssertionError("there is no goal " + goalId + " in the database");
                    }
                    version = row.getLong(1);
                    status = row.getString(2);
                    lastChangedBy = row.getString(3);
                }
            }
            List<String> words = new ArrayList<>();
            try (PreparedStatement revisions = connection.prepareStatement(
                    "select client_words from goal_revision where goal_id = ? order by number")) {
                revisions.setLong(1, goalId);
                try (ResultSet row = revisions.executeQuery()) {
                    while (row.next()) {
                        words.add(row.getString(1));
                    }
                }
            }
            int responses;
            try (PreparedStatement answers = connection.prepareStatement(
                    "select count(*) from goal_response where goal_id = ?")) {
                answers.setLong(1, goalId);
                try (ResultSet row = answers.executeQuery()) {
                    row.next();
                    responses = row.getInt(1);
                }
            }
            return new StoredGoal(version, status, lastChangedBy, List.copyOf(words), responses);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The comments of the answers stored for a goal, in the order given. */
    List<String> comments(long goalId) {
        return database.query("select comment from goal_response where goal_id = " + goalId
                + " and comment is not null order by id", row -> {
                    List<String> comments = new ArrayList<>();
                    while (row.next()) {
                        comments.add(row.getString(1));
                    }
                    return comments;
                });
    }

    /** The revision numbers stored for a goal, in order, as the database has them. */
    List<Integer> revisionNumbers(long goalId) {
        return ints("select number from goal_revision where goal_id = " + goalId + " order by number");
    }

    /** How many goals, revisions, answers and revision owners the whole database holds. */
    record Totals(long goals, long revisions, long responses, long owners) {
    }

    Totals totals() {
        return database.query("select (select count(*) from goal), (select count(*) from goal_revision),"
                + " (select count(*) from goal_response), (select count(*) from goal_revision_owner)", row -> {
                    row.next();
                    return new Totals(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4));
                });
    }

    long goalsOf(Person person) {
        return database.query("select count(*) from goal where client_id = " + clientId(person), row -> {
            row.next();
            return row.getLong(1);
        });
    }

    private List<Integer> ints(String sql) {
        return database.query(sql, row -> {
            List<Integer> values = new ArrayList<>();
            while (row.next()) {
                values.add(row.getInt(1));
            }
            return values;
        });
    }

    // --------------------------------------------------------------------------------- audit

    /** What a call returned or threw, and the audit events it wrote, as stored. */
    record Audited<T>(T result, List<Event> events) {
    }

    /** An audit row as stored, without its id, time and reason (the reason is checked to be there). */
    record Event(String actor, String actorRole, String action, String recordType, Long recordId, Long clientId,
            String outcome) {

        static Event of(Caller caller, String action, String recordType, Long recordId, Long clientId,
                String outcome) {
            return new Event(caller.username(), roleOf(caller), action, recordType, recordId, clientId, outcome);
        }
    }

    /** Runs the call and reads back the audit rows it wrote; each must say why and from where. */
    <T> Audited<T> audited(Supplier<T> call) {
        long mark = database.lastAuditEventId();
        T result = call.get();
        List<AuditRow> rows = database.auditEventsAfter(mark);
        assertAll(rows.stream().map(row -> () -> {
            assertNotNull(row.occurredAt(), "occurred_at");
            assertNotNull(row.reason(), "the reason of the decision");
            assertFalse(row.reason().isBlank(), "the reason of the decision");
            assertNotNull(row.sourceAddress(), "where the request came from");
        }));
        return new Audited<>(result, rows.stream().map(row -> new Event(row.actor(), row.actorRole(), row.action(),
                row.recordType(), row.recordId(), row.clientId(), row.outcome())).toList());
    }

    /** The reasons of the audit events written after the mark, oldest first. */
    List<String> auditReasonsAfter(long mark) {
        return database.auditEventsAfter(mark).stream().map(AuditRow::reason).toList();
    }
}
