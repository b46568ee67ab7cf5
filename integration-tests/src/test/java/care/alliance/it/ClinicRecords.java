package care.alliance.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads the test database directly, to find demo records and check what the audit wrote. */
final class ClinicRecords {

    private ClinicRecords() {
    }

    /** An audit row as the tests look at it. */
    record AuditRow(String actor, String actorRole, String action, Long clientId, String outcome, String reason) {
    }

    static long clientId(String familyName) {
        return query("select id from client where family_name = ?", rs -> rs.getLong(1), familyName)
                .stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no demo client named " + familyName));
    }

    /** The goal that first carried these words on the client's plan. */
    static long goalId(String familyName, String firstWords) {
        return query("select g.id from goal g join client c on c.id = g.client_id"
                        + " join goal_revision r on r.goal_id = g.id and r.number = 1"
                        + " where c.family_name = ? and r.client_words = ?",
                rs -> rs.getLong(1), familyName, firstWords)
                .stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no demo goal \"" + firstWords + "\" for " + familyName));
    }

    /** The clients whose care team the staff member is on today, by the name the page shows. */
    static List<String> currentClientsOf(String staffUsername) {
        return currentClientsOf(staffUsername, TestSettings.databaseUrl());
    }

    /** The same, in another Alliance's database (the one on Payara Server). */
    static List<String> currentClientsOf(String staffUsername, String databaseUrl) {
        return queryIn(databaseUrl, "select coalesce(c.preferred_name, c.given_name) || ' ' || c.family_name from client c"
                        + " join care_team t on t.client_id = c.id"
                        + " join care_team_member m on m.care_team_id = t.id"
                        + " join staff_member s on s.id = m.staff_member_id"
                        + " where s.username = ? and m.starts_on <= current_date"
                        + " and (m.ends_on is null or m.ends_on >= current_date)"
                        + " order by 1",
                rs -> rs.getString(1), staffUsername);
    }

    /** The client's latest total on a questionnaire (PHQ_9, GAD_7), by the day it was filled in. */
    static int latestTotal(long clientId, String instrument) {
        return query("select total from measure_result where client_id = ? and instrument = ?"
                        + " order by completed_on desc, recorded_at desc, id desc limit 1",
                rs -> rs.getInt(1), clientId, instrument)
                .stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + instrument + " for client " + clientId));
    }

    /** The staff on the client's care team today, as "Given Family". */
    static List<String> currentTeamOf(String clientUsername) {
        return query("select s.given_name || ' ' || s.family_name from staff_member s"
                        + " join care_team_member m on m.staff_member_id = s.id"
                        + " join care_team t on t.id = m.care_team_id"
                        + " join client c on c.id = t.client_id"
                        + " where c.username = ? and m.starts_on <= current_date"
                        + " and (m.ends_on is null or m.ends_on >= current_date)"
                        + " order by 1",
                rs -> rs.getString(1), clientUsername);
    }

    /** Puts a proposed goal on the client's plan directly, as a fixture for tests about access. */
    static long seedGoal(long clientId, String clientWords) {
        return seedGoal(clientId, clientWords, "PROPOSED");
    }

    /**
     * Puts a goal on the client's plan directly, agreed or proposed, owned by therapy, with the
     * target "times a week, at least 3".
     */
    static long seedGoal(long clientId, String clientWords, String status) {
        try (Connection connection = connect()) {
            long goal;
            try (PreparedStatement insert = connection.prepareStatement("insert into goal (client_id, status,"
                    + " last_changed_by, last_changed_at) values (?, ?, 'sam.rivera', current_timestamp)",
                    new String[] {"id"})) {
                insert.setLong(1, clientId);
                insert.setString(2, status);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    goal = keys.getLong(1);
                }
            }
            long revision;
            try (PreparedStatement insert = connection.prepareStatement("insert into goal_revision (goal_id, number,"
                    + " client_words, life_area, target_measure, target_value, target_direction, author, author_party,"
                    + " authored_at) values (?, 1, ?, 'DAILY_LIFE', 'times a week', 3, 'AT_LEAST', 'sam.rivera',"
                    + " 'PSYCHOTHERAPY', current_timestamp)",
                    new String[] {"id"})) {
                insert.setLong(1, goal);
                insert.setString(2, clientWords);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    revision = keys.getLong(1);
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into goal_revision_owner (goal_revision_id, discipline) values (?, 'PSYCHOTHERAPY')")) {
                insert.setLong(1, revision);
                insert.executeUpdate();
            }
            return goal;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Puts an open task for the client, due in a week, on the goal directly. */
    static long seedTask(long goalId, long clientId, String description) {
        try (Connection connection = connect();
                PreparedStatement insert = connection.prepareStatement("insert into goal_task (goal_id, client_id,"
                        + " description, assignee_party, due_on, status, client_agreed_at, created_by, created_at)"
                        + " values (?, ?, ?, 'CLIENT', current_date + 7, 'OPEN', current_timestamp, 'maria.gomez',"
                        + " current_timestamp)", new String[] {"id"})) {
            insert.setLong(1, goalId);
            insert.setLong(2, clientId);
            insert.setString(3, description);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The staff member's number in Alliance. */
    static long staffId(String username) {
        return query("select id from staff_member where username = ?", rs -> rs.getLong(1), username).get(0);
    }

    /** Every appointment to the client's care team, in one line: equal before and after means nothing changed. */
    static String teamRecordsOf(String familyName) {
        return String.join("; ", query("select m.id || ' ' || s.username || ' ' || m.team_role || ' ' || m.starts_on"
                        + " || ' ' || coalesce(cast(m.ends_on as varchar), '-') || ' ' || coalesce(m.release_reason, '-')"
                        + " from care_team_member m join staff_member s on s.id = m.staff_member_id"
                        + " join care_team t on t.id = m.care_team_id join client c on c.id = t.client_id"
                        + " where c.family_name = ? order by m.id", rs -> rs.getString(1), familyName));
    }

    static int openSafetyFlags() {
        return query("select count(*) from safety_flag where closed_at is null", rs -> rs.getInt(1)).get(0);
    }

    static int clientCount() {
        return query("select count(*) from client", rs -> rs.getInt(1)).get(0);
    }

    /** Where the audit says each of the person's requests came from, oldest first. */
    static List<String> sourceAddressesOf(String actor) {
        return query("select source_address from audit_event where actor = ? order by id", rs -> rs.getString(1), actor);
    }

    static List<AuditRow> auditOf(String actor) {
        return query("select actor, actor_role, action, client_id, outcome, reason from audit_event"
                        + " where actor = ? order by id",
                rs -> new AuditRow(rs.getString(1), rs.getString(2), rs.getString(3),
                        (Long) rs.getObject(4), rs.getString(5), rs.getString(6)),
                actor);
    }

    /** Who the audit names, by user name, on each event of one Keycloak account, oldest first. */
    static List<String> auditActorsOfAccount(String accountId) {
        return query("select actor from audit_event where actor_account_id = ? order by id", rs -> rs.getString(1),
                accountId);
    }

    /** The staff with exactly this user name (none or one). */
    static List<String> staffWithUsername(String username) {
        return query("select username from staff_member where username = ?", rs -> rs.getString(1), username);
    }

    static String accountIdOfStaff(String username) {
        return query("select account_id from staff_member where username = ?", rs -> rs.getString(1), username).get(0);
    }

    /** The teams (by client family name) on which the staff member's membership goes on after today. */
    static List<String> membershipsGoingOnAfterToday(String username) {
        return query("select c.family_name from care_team_member m join staff_member s on s.id = m.staff_member_id"
                        + " join care_team t on t.id = m.care_team_id join client c on c.id = t.client_id"
                        + " where s.username = ? and (m.ends_on is null or m.ends_on > current_date)",
                rs -> rs.getString(1), username);
    }

    static long staffIdOf(String username) {
        return query("select id from staff_member where username = ?", rs -> rs.getLong(1), username).get(0);
    }

    static int membershipCount() {
        return query("select count(*) from care_team_member", rs -> rs.getInt(1)).get(0);
    }

    static int portalAccountCount() {
        return query("select count(*) from client where account_id is not null", rs -> rs.getInt(1)).get(0);
    }

    static int staffCount() {
        return query("select count(*) from staff_member", rs -> rs.getInt(1)).get(0);
    }

    /** The user name on the staff member's record of this Keycloak account. */
    static String staffUsernameOfAccount(String accountId) {
        return query("select username from staff_member where account_id = ?", rs -> rs.getString(1), accountId).get(0);
    }

    static int allianceCheckInsOf(long clientId) {
        return query("select count(*) from alliance_check_in where client_id = ?", rs -> rs.getInt(1), clientId).get(0);
    }

    /** The progress check-ins whose note begins so, each as "note|rating|by_username|goal_id", oldest first. */
    static List<String> progressCheckInsNoted(String notePrefix) {
        return query("select note || '|' || rating || '|' || by_username || '|' || goal_id from progress_check_in"
                + " where note like ? order by id", rs -> rs.getString(1), notePrefix + "%");
    }

    /** Every audit event on one record, oldest first. */
    static List<AuditRow> auditOfRecord(String recordType, long recordId) {
        return query("select actor, actor_role, action, client_id, outcome, reason from audit_event"
                        + " where record_type = ? and record_id = ? order by id",
                rs -> new AuditRow(rs.getString(1), rs.getString(2), rs.getString(3),
                        (Long) rs.getObject(4), rs.getString(5), rs.getString(6)),
                recordType, recordId);
    }

    /** A psychotherapy note by the therapist about the client, written now; its number. */
    static long seedPsychotherapyNote(long clientId, String author, String body) {
        return query("insert into psychotherapy_note (version, client_id, author, author_account_id, body, written_at)"
                        + " values (0, ?, ?, (select account_id from staff_member where username = ?), ?, current_timestamp)"
                        + " returning id",
                rs -> rs.getLong(1), clientId, author, author, body).get(0);
    }

    /** Puts the staff member on the client's care team from yesterday on, unless they already are. */
    static void joinTeam(String familyName, String username) {
        query("insert into care_team_member (care_team_id, staff_member_id, discipline, team_role, starts_on, ends_on)"
                        + " select t.id, s.id, s.discipline, 'MEMBER', current_date - 1, null"
                        + " from care_team t join client c on c.id = t.client_id, staff_member s"
                        + " where c.family_name = ? and s.username = ? and not exists (select 1 from care_team_member m"
                        + " where m.care_team_id = t.id and m.staff_member_id = s.id and m.ends_on is null)"
                        + " returning care_team_id",
                rs -> rs.getLong(1), familyName, username);
    }

    /** Ends the staff member's current membership of the client's care team yesterday, so that it is history today. */
    static void leaveTeam(String familyName, String username) {
        query("update care_team_member set ends_on = starts_on where ends_on is null"
                        + " and care_team_id = (select t.id from care_team t join client c on c.id = t.client_id"
                        + " where c.family_name = ?) and staff_member_id = (select id from staff_member where username = ?)"
                        + " and starts_on = current_date - 1 returning care_team_id",
                rs -> rs.getLong(1), familyName, username);
    }

    /**
     * Everything stored for a client, in one line: how many of each record and the sum of their
     * versions. Equal before and after a request means the request saved nothing.
     */
    static String recordsOf(long clientId) {
        StringBuilder all = new StringBuilder();
        for (String table : List.of("client", "care_plan", "goal", "goal_task", "progress_check_in", "team_note",
                "alliance_check_in", "possible_rupture", "psychotherapy_note", "measure_result", "safety_flag",
                "case_review", "recommendation")) {
            String key = table.equals("client") ? "id" : "client_id";
            all.append(table).append(' ').append(query("select count(*) || '/' || coalesce(sum(version), 0) from "
                    + table + " where " + key + " = ?", rs -> rs.getString(1), clientId).get(0)).append("; ");
        }
        all.append("revisions ").append(query("select count(*) from goal_revision r join goal g on g.id = r.goal_id"
                + " where g.client_id = ?", rs -> rs.getLong(1), clientId).get(0));
        all.append("; answers ").append(query("select count(*) from goal_response r join goal g on g.id = r.goal_id"
                + " where g.client_id = ?", rs -> rs.getLong(1), clientId).get(0));
        return all.toString();
    }

    /** How many of the client's goals are closed: achieved or discontinued. */
    static int closedGoalsOf(long clientId) {
        return query("select count(*) from goal where client_id = ? and status in ('ACHIEVED', 'DISCONTINUED')",
                rs -> rs.getInt(1), clientId).get(0);
    }

    /** The client's psychiatric recommendations, oldest first, each as "status|kind|text|answered by". */
    static List<String> recommendationsOf(long clientId) {
        return query("select status || '|' || kind || '|' || text || '|' || coalesce(answered_by, '-')"
                + " from recommendation where client_id = ? order by id", rs -> rs.getString(1), clientId);
    }

    /** How many rows of the table belong to the client (strengths through the client's plan). */
    static int count(String table, long clientId) {
        String sql = table.equals("care_plan_strength")
                ? "select count(*) from care_plan_strength s join care_plan p on p.id = s.care_plan_id where p.client_id = ?"
                : "select count(*) from " + table + " where client_id = ?";
        return query(sql, rs -> rs.getInt(1), clientId).get(0);
    }

    /** The client's results of the instrument, oldest first: "day total source recorded_by". */
    static List<String> measuresOf(long clientId, String instrument) {
        return query("select completed_on, total, source, recorded_by from measure_result where client_id = ?"
                + " and instrument = ? order by completed_on, recorded_at, id", rs -> rs.getObject(1, LocalDate.class)
                + " " + rs.getInt(2) + " " + rs.getString(3) + " " + rs.getString(4), clientId, instrument);
    }

    /** The client's schedule of the instrument: "every_weeks paused changed_by", or none. */
    static List<String> scheduleOf(long clientId, String instrument) {
        return query("select every_weeks, paused, changed_by from measure_schedule where client_id = ?"
                + " and instrument = ?", rs -> rs.getInt(1) + " " + rs.getBoolean(2) + " " + rs.getString(3),
                clientId, instrument);
    }

    /**
     * Takes back a questionnaire a test sent, with the safety flag it raised, so that the demo
     * clinic's scores and open flags stay as the other tests read them.
     */
    static void takeBackMeasure(long measureResultId) {
        try {
            execute("delete from safety_flag where measure_result_id = " + measureResultId);
            execute("delete from measure_result where id = " + measureResultId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the questionnaire raised a safety flag that is still open. */
    static boolean openFlagOn(long measureResultId) {
        return !query("select id from safety_flag where measure_result_id = ? and closed_at is null", rs -> rs.getLong(1),
                measureResultId).isEmpty();
    }

    static int execute(String sql) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            return statement.executeUpdate();
        }
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static <T> List<T> query(String sql, Row<T> row, Object... parameters) {
        return queryIn(TestSettings.databaseUrl(), sql, row, parameters);
    }

    private static <T> List<T> queryIn(String databaseUrl, String sql, Row<T> row, Object... parameters) {
        try (Connection connection = connect(databaseUrl); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(row.read(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connect() throws SQLException {
        return connect(TestSettings.databaseUrl());
    }

    private static Connection connect(String databaseUrl) throws SQLException {
        return DriverManager.getConnection(databaseUrl,
                System.getenv().getOrDefault("ALLIANCE_DB_USER", "alliance"),
                System.getenv().getOrDefault("ALLIANCE_DB_PASSWORD", "alliance"));
    }
}
