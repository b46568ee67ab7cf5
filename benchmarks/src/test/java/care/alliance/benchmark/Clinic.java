package care.alliance.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's clinic, added beside the demo clinic once Alliance has migrated the schema:
 * staff of every discipline with Keycloak accounts, clients of three sizes (new, a year in care,
 * five years in care) on their teams, and a registry clinic of thousands of clients with their
 * PHQ-9 and GAD-7 results. Rows are written as Alliance writes them (see the V1–V13 migrations
 * and the demo clinic), straight into PostgreSQL as the schema's owner: never a product migration.
 */
final class Clinic {

    static final String PASSWORD = "Bench-Alliance-2026";
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final String[] DISCIPLINES = {"PSYCHOTHERAPY", "PSYCHIATRY", "PRIMARY_CARE", "CARE_MANAGEMENT"};

    record Staff(String username, String discipline) {
        String role() {
            return switch (discipline) {
                case "PSYCHOTHERAPY" -> "therapist";
                case "PSYCHIATRY" -> "psychiatrist";
                case "PRIMARY_CARE" -> "primary-care";
                default -> "care-manager";
            };
        }
    }

    /** A generated client, with the goal its goal page opens and another current goal to check in on. */
    record SizedClient(String label, String username, long clientId, long goalId, long checkInGoalId) {
    }

    private final Settings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Staff> staff = new ArrayList<>();
    private final Instant now = Instant.now();
    private int registryClients;

    Clinic(Settings settings) {
        this.settings = settings;
    }

    List<Staff> staff() {
        return staff;
    }

    private Connection database() throws SQLException {
        return DriverManager.getConnection(settings.databaseUrl(), "alliance_owner", "alliance_owner");
    }

    /** Staff of the four disciplines in turn, each with a Keycloak account and a staff record linked to it. */
    void hireStaff(int count) throws Exception {
        try (Connection db = database();
             PreparedStatement insert = db.prepareStatement("insert into staff_member (account_id, username, given_name,"
                     + " family_name, discipline, credentials, email) values (?, ?, ?, ?, ?, ?, ?)")) {
            for (int n = 1; n <= count; n++) {
                Staff member = new Staff(String.format("bench.staff.%02d", n), DISCIPLINES[(n - 1) % DISCIPLINES.length]);
                String accountId = account(member.username(), "Bench", String.format("Staff %02d", n), member.role());
                insert.setString(1, accountId);
                insert.setString(2, member.username());
                insert.setString(3, "Bench");
                insert.setString(4, String.format("Staff %02d", n));
                insert.setString(5, member.discipline());
                insert.setString(6, member.discipline().equals("PSYCHIATRY") ? "MD" : "LCSW");
                insert.setString(7, member.username() + "@clinic.example");
                insert.addBatch();
                staff.add(member);
            }
            insert.executeBatch();
        }
    }

    private String lead() {
        return staff.stream().filter(member -> member.discipline().equals("CARE_MANAGEMENT")).findFirst()
                .orElseThrow().username();
    }

    private String therapist() {
        return staff.get(0).username();
    }

    /**
     * A client with {@code years} in care: 12 goals, 40 tasks, 60 progress check-ins, 20 alliance
     * check-ins and 24 measures a year, most of it closed or in the past, with four goals current;
     * a new client (0 years) has one goal just proposed. Every benchmark staff member is on the team.
     */
    SizedClient client(String label, int years, String username) throws Exception {
        String accountId = account(username, "Bench", "Client " + label, "client");
        Instant start = years == 0 ? now.minus(2, ChronoUnit.DAYS) : now.minus(365L * years, ChronoUnit.DAYS);
        try (Connection db = database()) {
            db.setAutoCommit(false);
            long client = insertClient(db, accountId, username, label, start);
            int goals = years == 0 ? 1 : 12 * years;
            int current = years == 0 ? 1 : 4;
            long spanMinutes = Duration.between(start, now).toMinutes();
            long[] goalIds = new long[goals];
            Instant[] created = new Instant[goals];
            for (int g = 0; g < goals; g++) {
                created[g] = start.plus(spanMinutes * g / goals, ChronoUnit.MINUTES);
                boolean isCurrent = g >= goals - current;
                String status = years == 0 ? "PROPOSED" : isCurrent ? "AGREED" : g % 3 == 0 ? "DISCONTINUED" : "ACHIEVED";
                goalIds[g] = insertGoal(db, client, g, status, created[g], username);
            }
            insertTasks(db, client, goalIds, created, 40 * years, goals - current, username);
            insertProgress(db, client, goalIds, created, 60 * years, username);
            insertAllianceCheckIns(db, client, start, 20 * years, username);
            db.commit();
            if (years > 0) {
                measures(db, "c.id = " + client, 12 * years, (int) (365 / 12), "PORTAL", username, "CLIENT");
                db.commit();
            }
            return new SizedClient(label, username, client, goalIds[goals - 1], goalIds[Math.max(0, goals - 2)]);
        }
    }

    private long insertClient(Connection db, String accountId, String username, String label, Instant since)
            throws SQLException {
        long client;
        try (PreparedStatement insert = db.prepareStatement("insert into client (account_id, username, given_name,"
                + " family_name, preferred_language, date_of_birth, record_number) values (?, ?, 'Bench', ?, 'en', ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, accountId);
            insert.setString(2, username);
            insert.setString(3, "Client " + label);
            insert.setObject(4, LocalDate.of(1980, 1, 1).plusDays(label.hashCode() & 0xfff));
            insert.setString(5, "BENCH-" + label.toUpperCase());
            insert.executeUpdate();
            client = generatedKey(insert);
        }
        long team;
        try (PreparedStatement insert = db.prepareStatement("insert into care_team (client_id) values (?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, client);
            insert.executeUpdate();
            team = generatedKey(insert);
        }
        try (PreparedStatement insert = db.prepareStatement("insert into care_team_member (care_team_id, staff_member_id,"
                + " discipline, team_role, starts_on) select ?, s.id, s.discipline,"
                + " case when s.username = ? then 'LEAD' else 'MEMBER' end, ? from staff_member s where s.username like 'bench.staff.%'")) {
            insert.setLong(1, team);
            insert.setString(2, lead());
            insert.setObject(3, LocalDate.ofInstant(since, ZoneOffset.UTC));
            insert.executeUpdate();
        }
        long plan;
        try (PreparedStatement insert = db.prepareStatement("insert into care_plan (client_id, next_review_on) values (?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, client);
            insert.setObject(2, LocalDate.now().plusDays(14));
            insert.executeUpdate();
            plan = generatedKey(insert);
        }
        try (Statement statement = db.createStatement()) {
            statement.executeUpdate("insert into care_plan_concern (care_plan_id, position, client_words, clinical_summary)"
                    + " values (" + plan + ", 0, 'I can''t get going in the mornings', 'Low mood, PHQ-9 15 at intake'),"
                    + " (" + plan + ", 1, 'I worry about money all the time', 'Generalised anxiety')");
            statement.executeUpdate("insert into care_plan_strength (care_plan_id, position, description) values ("
                    + plan + ", 0, 'A brother who calls every week'), (" + plan + ", 1, 'Enjoys cooking for friends')");
        }
        return client;
    }

    private long insertGoal(Connection db, long client, int number, String status, Instant at, String clientUsername)
            throws SQLException {
        long goal;
        try (PreparedStatement insert = db.prepareStatement("insert into goal (client_id, status, status_reason,"
                + " change_count, last_changed_by, last_changed_at) values (?, ?, ?, 3, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, client);
            insert.setString(2, status);
            insert.setString(3, status.equals("DISCONTINUED") ? "No longer what matters most" : null);
            insert.setString(4, therapist());
            insert.setTimestamp(5, Timestamp.from(at));
            insert.executeUpdate();
            goal = generatedKey(insert);
        }
        long revision;
        try (PreparedStatement insert = db.prepareStatement("insert into goal_revision (goal_id, number, client_words,"
                + " clinical_framing, life_area, author, author_party, authored_at) values (?, 1, ?, ?, ?, ?, 'PSYCHOTHERAPY', ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, goal);
            insert.setString(2, "Step " + (number + 1) + ": get out of the house and see a friend each week");
            insert.setString(3, "Behavioural activation, stage " + (number + 1));
            insert.setString(4, number % 2 == 0 ? "MENTAL_HEALTH" : "SOCIAL");
            insert.setString(5, therapist());
            insert.setTimestamp(6, Timestamp.from(at));
            insert.executeUpdate();
            revision = generatedKey(insert);
        }
        try (Statement statement = db.createStatement()) {
            statement.executeUpdate("insert into goal_revision_owner (goal_revision_id, discipline) values ("
                    + revision + ", 'PSYCHOTHERAPY')");
        }
        try (PreparedStatement insert = db.prepareStatement("insert into goal_response (goal_id, revision_number, party,"
                + " respondent, response, responded_at) values (?, 1, ?, ?, 'AGREE', ?)")) {
            insert.setLong(1, goal);
            insert.setString(2, "PSYCHOTHERAPY");
            insert.setString(3, therapist());
            insert.setTimestamp(4, Timestamp.from(at));
            insert.addBatch();
            if (!status.equals("PROPOSED")) {
                insert.setString(2, "CLIENT");
                insert.setString(3, clientUsername);
                insert.setTimestamp(4, Timestamp.from(at.plus(1, ChronoUnit.HOURS)));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return goal;
    }

    private void insertTasks(Connection db, long client, long[] goals, Instant[] created, int count, int firstCurrent,
                             String clientUsername) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into goal_task (goal_id, client_id, description,"
                + " assignee_party, due_on, frequency, status, client_agreed_at, created_by, created_at, done_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int t = 0; t < count; t++) {
                int g = t % goals.length;
                int nth = t / goals.length;
                Instant at = created[g].plus(1 + nth, ChronoUnit.DAYS);
                boolean open = g >= firstCurrent && nth % 2 == 1;
                boolean forClient = t % 2 == 0;
                insert.setLong(1, goals[g]);
                insert.setLong(2, client);
                insert.setString(3, "Step " + (t + 1) + ": " + (forClient ? "walk to the shop and back" : "find a walking group nearby"));
                insert.setString(4, forClient ? "CLIENT" : "CARE_MANAGEMENT");
                insert.setObject(5, forClient ? null : LocalDate.ofInstant(at, ZoneOffset.UTC).plusDays(14));
                insert.setString(6, forClient ? "WEEKLY" : null);
                insert.setString(7, open ? "OPEN" : "DONE");
                insert.setTimestamp(8, forClient ? Timestamp.from(at) : null);
                insert.setString(9, forClient ? clientUsername : lead());
                insert.setTimestamp(10, Timestamp.from(at));
                insert.setTimestamp(11, open ? null : Timestamp.from(earlierOf(at.plus(7, ChronoUnit.DAYS))));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void insertProgress(Connection db, long client, long[] goals, Instant[] created, int count,
                                String clientUsername) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into progress_check_in (goal_id, client_id, rating,"
                + " note, reached_target, by_username, by_party, checked_in_at) values (?, ?, ?, ?, false, ?, ?, ?)")) {
            for (int p = 0; p < count; p++) {
                int g = p % goals.length;
                int nth = p / goals.length;
                boolean byClient = p % 3 != 0;
                insert.setLong(1, goals[g]);
                insert.setLong(2, client);
                insert.setInt(3, (nth * 2 + 3) % 11);
                insert.setString(4, p % 4 == 0 ? "Two walks this week, one with my brother" : null);
                insert.setString(5, byClient ? clientUsername : therapist());
                insert.setString(6, byClient ? "CLIENT" : "PSYCHOTHERAPY");
                insert.setTimestamp(7, Timestamp.from(earlierOf(created[g].plus(5L * (nth + 1), ChronoUnit.DAYS))));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void insertAllianceCheckIns(Connection db, long client, Instant start, int count, String clientUsername)
            throws SQLException {
        long stepMinutes = count == 0 ? 0 : Duration.between(start, now).toMinutes() / count;
        try (PreparedStatement insert = db.prepareStatement("insert into alliance_check_in (client_id, goals_score,"
                + " tasks_score, bond_score, comment, submitted_by, submitted_at) values (?, ?, ?, ?, ?, ?, ?)")) {
            for (int a = 0; a < count; a++) {
                insert.setLong(1, client);
                insert.setInt(2, 4 + a % 2);
                insert.setInt(3, 4);
                insert.setInt(4, 4 + (a + 1) % 2);
                insert.setString(5, a % 5 == 0 ? "Good to talk it through" : null);
                insert.setString(6, clientUsername);
                insert.setTimestamp(7, Timestamp.from(start.plus(stepMinutes * (a + 1), ChronoUnit.MINUTES)
                        .minus(1, ChronoUnit.HOURS)));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private Instant earlierOf(Instant at) {
        return at.isAfter(now) ? now.minus(1, ChronoUnit.HOURS) : at;
    }

    /**
     * Grows the registry clinic to {@code clients} clients, each on a team of all the benchmark's
     * staff (the first care manager leads, and is on every team), with a care plan and 12 PHQ-9s
     * and 12 GAD-7s two weeks apart: 24 results a client. One client in fifty answered PHQ-9 item 9
     * with a 1 last time, which raised a safety flag that is still open.
     */
    void growRegistry(int clients) throws SQLException {
        if (clients <= registryClients) {
            return;
        }
        try (Connection db = database(); Statement sql = db.createStatement()) {
            db.setAutoCommit(false);
            long before = single(sql, "select coalesce(max(id), 0) from client");
            sql.executeUpdate("insert into client (given_name, family_name, preferred_language, date_of_birth, record_number)"
                    + " select 'Registry', 'Client ' || lpad(cast(n as varchar), 5, '0'), 'en',"
                    + " date '1950-01-01' + cast(n % 18000 as integer), 'BENCH-R-' || lpad(cast(n as varchar), 6, '0')"
                    + " from generate_series(" + (registryClients + 1) + ", " + clients + ") n");
            String added = "c.id > " + before;
            sql.executeUpdate("insert into care_team (client_id) select c.id from client c where " + added);
            sql.executeUpdate("insert into care_plan (client_id, next_review_on) select c.id, current_date + cast(c.id % 28 as integer)"
                    + " from client c where " + added);
            sql.executeUpdate("insert into care_team_member (care_team_id, staff_member_id, discipline, team_role, starts_on)"
                    + " select t.id, s.id, s.discipline, case when s.username = '" + lead() + "' then 'LEAD' else 'MEMBER' end,"
                    + " current_date - 200 from care_team t join client c on c.id = t.client_id"
                    + " cross join staff_member s where s.username like 'bench.staff.%' and " + added);
            db.commit();
            measures(db, added, 12, 14, "PAPER", lead(), "CARE_MANAGEMENT");
            db.commit();
            sql.execute("analyze");
        }
        registryClients = clients;
    }

    /**
     * {@code each} PHQ-9s and as many GAD-7s per client, {@code everyDays} apart up to today, most
     * improving, one client in four not; item 9 of a PHQ-9 is 0 except for one client in fifty,
     * whose latest is a 1 with its safety flag raised.
     */
    private static void measures(Connection db, String clients, int each, int everyDays, String source,
                                 String recordedBy, String party) throws SQLException {
        String items = "";
        for (int item = 1; item <= 7; item++) {
            items += ", least(3, greatest(0, lvl + ((client_id + k + " + item + ") % 3) - 1)) as i" + item;
        }
        String insert = "insert into measure_result (client_id, instrument, item_1, item_2, item_3, item_4, item_5, item_6,"
                + " item_7, item_8, item_9, difficulty, total, severity, completed_on, source, recorded_by,"
                + " recorded_by_party, recorded_at)"
                + " select client_id, instrument, i1, i2, i3, i4, i5, i6, i7, i8, i9,"
                + " 'SOMEWHAT_DIFFICULT', total,"
                + " case when total < 5 then 'MINIMAL' when total < 10 then 'MILD' when total < 15 then 'MODERATE'"
                + "      when instrument = 'PHQ_9' and total < 20 then 'MODERATELY_SEVERE' else 'SEVERE' end,"
                + " completed_on, '" + source + "', '" + recordedBy + "', '" + party + "',"
                + " cast(completed_on as timestamp) + interval '10' hour"
                + " from (select y.*, i1 + i2 + i3 + i4 + i5 + i6 + i7 + coalesce(i8, 0) + coalesce(i9, 0) as total"
                + "   from (select x.client_id, x.instrument, x.k, x.completed_on" + items + ","
                + "       case when x.instrument = 'PHQ_9' then least(3, greatest(0, lvl + ((client_id + k) % 3) - 1)) end as i8,"
                + "       case when x.instrument = 'PHQ_9' then"
                + "         case when client_id % 50 = 0 and k = " + (each - 1) + " then 1 else 0 end end as i9"
                + "     from (select c.id as client_id, ins.instrument, k,"
                + "         case when c.id % 4 = 0 then 2 else greatest(0, 3 - (k * 4) / " + each + ") end as lvl,"
                + "         current_date - (" + (each - 1) + " - k) * " + everyDays + " as completed_on"
                + "       from client c cross join generate_series(0, " + (each - 1) + ") k"
                + "       cross join (values ('PHQ_9'), ('GAD_7')) ins (instrument) where " + clients + ") x) y) z";
        // the first and latest score of each, as Alliance keeps them when it records a result (V13)
        String episodes = "insert into measure_episode (client_id, instrument, baseline_total, baseline_on,"
                + " latest_total, latest_on, scores)"
                + " select client_id, instrument, max(case when oldest = 1 then total end),"
                + " max(case when oldest = 1 then completed_on end),"
                + " max(case when newest = 1 then total end), max(case when newest = 1 then completed_on end), max(scores)"
                + " from (select r.client_id, r.instrument, r.total, r.completed_on,"
                + "   row_number() over (partition by r.client_id, r.instrument order by r.completed_on, r.recorded_at, r.id) as oldest,"
                + "   row_number() over (partition by r.client_id, r.instrument"
                + "     order by r.completed_on desc, r.recorded_at desc, r.id desc) as newest,"
                + "   count(*) over (partition by r.client_id, r.instrument) as scores"
                + "   from measure_result r join client c on c.id = r.client_id where " + clients + ") ranked"
                + " where oldest = 1 or newest = 1 group by client_id, instrument";
        try (Statement sql = db.createStatement()) {
            sql.executeUpdate(insert);
            sql.executeUpdate("delete from measure_episode where client_id in (select c.id from client c where " + clients + ")");
            sql.executeUpdate(episodes);
            sql.executeUpdate("insert into safety_flag (client_id, measure_result_id, item_answer, raised_at)"
                    + " select m.client_id, m.id, m.item_9, m.recorded_at from measure_result m join client c on c.id = m.client_id"
                    + " where m.item_9 > 0 and " + clients
                    + " and not exists (select 1 from safety_flag f where f.measure_result_id = m.id)");
        }
    }

    private static long single(Statement sql, String query) throws SQLException {
        try (ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static long generatedKey(PreparedStatement insert) throws SQLException {
        try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    /** A Keycloak account in the alliance realm with the realm role, through the admin REST API; its id. */
    private String account(String username, String first, String last, String role) throws Exception {
        String token = adminToken();
        String user = "{\"username\":\"" + username + "\",\"enabled\":true,\"emailVerified\":true,"
                + "\"email\":\"" + username + "@clinic.example\",\"firstName\":\"" + first + "\",\"lastName\":\"" + last + "\","
                + "\"credentials\":[{\"type\":\"password\",\"value\":\"" + PASSWORD + "\",\"temporary\":false}]}";
        HttpResponse<String> created = http.send(admin("/users", token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(user)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Keycloak refused " + username + ": " + created.statusCode() + " " + created.body());
        }
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        String representation = http.send(admin("/roles/" + role, token).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        HttpResponse<String> granted = http.send(admin("/users/" + id + "/role-mappings/realm", token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[" + representation + "]")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (granted.statusCode() != 204) {
            throw new IllegalStateException("Keycloak did not give " + username + " the role " + role + ": " + granted.body());
        }
        return id;
    }

    private HttpRequest.Builder admin(String path, String token) {
        return HttpRequest.newBuilder(URI.create(settings.keycloakUrl() + "/admin/realms/alliance" + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token);
    }

    private String adminToken() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(settings.keycloakUrl()
                        + "/realms/master/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username="
                        + Servers.KEYCLOAK_ADMIN + "&password=" + Servers.KEYCLOAK_ADMIN_PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = ACCESS_TOKEN.matcher(answer.body());
        if (answer.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("No admin token from Keycloak: " + answer.statusCode());
        }
        return token.group(1);
    }
}
