package care.alliance.measure;

import static care.alliance.team.SmallClinic.ALEX_PORTAL;
import static care.alliance.team.SmallClinic.JON;
import static care.alliance.team.SmallClinic.KWAME;
import static care.alliance.team.SmallClinic.LENA;
import static care.alliance.team.SmallClinic.MARIA;
import static care.alliance.team.SmallClinic.NOBODY;
import static care.alliance.team.SmallClinic.NOOR;
import static care.alliance.team.SmallClinic.OMAR;
import static care.alliance.team.SmallClinic.PRIYA;
import static care.alliance.team.SmallClinic.ROBIN_IT;
import static care.alliance.team.SmallClinic.SAM;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.alliance.access.AccessRefused;
import care.alliance.access.Caller;
import care.alliance.access.Role;
import care.alliance.team.SmallClinic;
import care.alliance.team.SmallClinic.Person;
import care.alliance.testing.AuditRow;
import care.alliance.testing.ClinicDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The registry: who has one and whose clients are on it (the small clinic), and what it shows of
 * the demo clinic, whose clients span every status — the page statement's filters and order agree
 * with the domain's reading of each row, the open flag comes first, pages do not overlap, and a
 * page costs six statements whatever the caseload (four for its rows, two for their case reviews).
 */
class RegistryTest {

    /** Maria Gomez of the demo clinic, care manager on every demo team. */
    static final Caller DEMO_MARIA = Caller.of("a11ce000-0000-4000-8000-000000000006", "maria.gomez",
            Role.CARE_MANAGER);
    static final Caller DEMO_SAM = Caller.of("a11ce000-0000-4000-8000-000000000004", "sam.rivera", Role.THERAPIST);

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WhoseClients {

        private ClinicDatabase database;
        private SmallClinic clinic;

        @BeforeAll
        void open() {
            database = ClinicDatabase.migrated();
            clinic = SmallClinic.openIn(database);
        }

        @AfterAll
        void close() {
            database.close();
        }

        static Stream<Arguments> clinicians() {
            return Stream.of(
                    Arguments.of("psychiatrist on Alex's and Casey's teams", PRIYA, Set.of(Person.ALEX, Person.CASEY)),
                    Arguments.of("psychiatrist on Blake's team", OMAR, Set.of(Person.BLAKE)),
                    Arguments.of("primary care on Alex's team, on Dana's from tomorrow", LENA, Set.of(Person.ALEX)),
                    Arguments.of("primary care on Blake's and Dana's teams", KWAME, Set.of(Person.BLAKE, Person.DANA)),
                    Arguments.of("therapist on Alex's team, on Casey's from today", SAM,
                            Set.of(Person.ALEX, Person.CASEY)),
                    Arguments.of("therapist who left Alex's team yesterday", NOOR, Set.of(Person.BLAKE)),
                    Arguments.of("care manager leading Alex's and Blake's teams", MARIA,
                            Set.of(Person.ALEX, Person.BLAKE)),
                    Arguments.of("care manager leading Casey's and Dana's teams", JON,
                            Set.of(Person.CASEY, Person.DANA)));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("clinicians")
        void aCliniciansRegistryHasTheClientsOfTheirTeamsTodayAndEachRowIsAudited(String who, Caller caller,
                Set<Person> clients) {
            long mark = database.lastAuditEventId();

            RegistryPage page = database.call(() -> RegistryWiring.wire(database, caller).page(RegistryQuery.FIRST_PAGE));

            Set<Long> expected = clients.stream().map(clinic::clientId).collect(Collectors.toSet());
            assertEquals(expected, page.rows().stream().map(RegistryRow::clientId).collect(Collectors.toSet()));
            assertEquals(clients.size(), page.matching());
            List<AuditRow> written = database.auditEventsAfter(mark);
            List<AuditRow> events = written.stream().filter(event -> event.action().equals(Registry.VIEW_REGISTRY)).toList();
            assertEquals(expected, events.stream().map(AuditRow::clientId).collect(Collectors.toSet()),
                    "one event per client row");
            assertEquals(clients.size(), events.size());
            List<AuditRow> reviews = written.stream().filter(event -> !event.action().equals(Registry.VIEW_REGISTRY)).toList();
            assertEquals(expected, reviews.stream().map(AuditRow::clientId).collect(Collectors.toSet()),
                    "and one for the case review shown in each row");
            assertTrue(reviews.stream().allMatch(event -> event.action().equals("VIEW_CASE_REVIEW")
                    && event.outcome().equals("ALLOWED")), reviews.toString());
            assertEquals(clients.size(), reviews.size());
            assertAll(events.stream().map(event -> () -> {
                assertEquals(Registry.VIEW_REGISTRY, event.action());
                assertEquals("ALLOWED", event.outcome());
                assertEquals(caller.username(), event.actor());
                assertEquals("CareTeam", event.recordType());
            }));
        }

        static Stream<Arguments> noRegistry() {
            return Stream.of(Arguments.of("clinic IT", ROBIN_IT), Arguments.of("a client", ALEX_PORTAL),
                    Arguments.of("someone with no role", NOBODY));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("noRegistry")
        void nobodyButCliniciansHasARegistryAndTheRefusalIsAudited(String who, Caller caller) {
            long mark = database.lastAuditEventId();

            assertThrows(AccessRefused.class,
                    () -> database.call(() -> RegistryWiring.wire(database, caller).page(RegistryQuery.FIRST_PAGE)));

            List<AuditRow> events = database.auditEventsAfter(mark);
            assertEquals(1, events.size());
            assertEquals(List.of(Registry.VIEW_REGISTRY, "REFUSED", "only clinicians have a caseload"),
                    List.of(events.get(0).action(), events.get(0).outcome(), events.get(0).reason()));
            assertNull(events.get(0).clientId(), "no client read");
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class DemoClinic {

        private ClinicDatabase database;
        private List<RegistryRow> all;

        @BeforeAll
        void open() {
            database = ClinicDatabase.withDemoClinic();
            all = page(DEMO_MARIA, RegistryQuery.FIRST_PAGE).rows();
        }

        @AfterAll
        void close() {
            database.close();
        }

        private RegistryPage page(Caller caller, RegistryQuery query) {
            // the demo is dated from the real today
            return database.call(() -> RegistryWiring.wire(database, caller, TreatToTarget.STANDARD,
                    Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000))).page(query));
        }

        @Test
        void theOpenSafetyFlagComesFirstWithHowLongItHasBeenOpen() {
            RegistryRow first = all.get(0);
            assertEquals("Jordan Lee", first.clientName());
            assertTrue(first.isFlagged());
            assertTrue(first.openFlag().open().compareTo(Duration.ofHours(20)) > 0, "raised a day ago");
            assertEquals(1, all.stream().filter(RegistryRow::isFlagged).count());
            RegistryRow drew = all.stream().filter(row -> row.clientName().equals("Drew Hassan")).findFirst().orElseThrow();
            assertEquals(Duration.ofHours(3), drew.lastClosedFlag().open(), "followed up three hours after");
        }

        @Test
        void everyDemoClientIsOnTheCareManagersRegistryWithTheirMeasures() {
            assertEquals(12, all.size());
            RegistryRow alex = all.stream().filter(row -> row.clientName().startsWith("Alex ")).findFirst().orElseThrow();
            assertEquals(EpisodeStatus.RESPONSE, alex.getPhq9().episode().status());
            assertEquals(16, alex.getPhq9().episode().baselineTotal());
            assertEquals(7, alex.getPhq9().episode().latestTotal());
            assertEquals(-56, alex.getPhq9().percentChange());
            assertEquals(Boolean.FALSE, alex.possibleRupture(), "Alex's rupture was repaired");
        }

        @ParameterizedTest
        @EnumSource(RegistryFilter.class)
        void eachFilterKeepsTheRowsTheDomainReadsSo(RegistryFilter filter) {
            Predicate<RegistryRow> kept = switch (filter) {
                case ALL -> row -> true;
                case FLAGGED -> RegistryRow::isFlagged;
                case NOT_IMPROVING -> row -> row.status() == EpisodeStatus.NOT_IMPROVING;
                case OVERDUE -> RegistryRow::isOverdue;
                case POSSIBLE_RUPTURE -> row -> Boolean.TRUE.equals(row.possibleRupture());
            };
            List<RegistryRow> filtered = page(DEMO_MARIA, new RegistryQuery(filter, RegistrySort.NAME, false, 0)).rows();

            assertEquals(all.stream().filter(kept).map(RegistryRow::clientName).sorted().toList(),
                    filtered.stream().map(RegistryRow::clientName).sorted().toList());
            if (filter == RegistryFilter.NOT_IMPROVING) {
                // Jamie Ortiz's PHQ-9 responded, his GAD-7 did not: the registry shows what most needs attention
                assertEquals(List.of("Jamie Ortiz", "Jordan Lee", "Riley Santos", "Skyler Dunn"),
                        filtered.stream().map(RegistryRow::clientName).sorted().toList());
            }
        }

        @ParameterizedTest
        @EnumSource(RegistrySort.class)
        void theChosenOrderFollowsTheOpenFlagsBothWays(RegistrySort sort) {
            for (boolean reversed : List.of(false, true)) {
                List<RegistryRow> rows = page(DEMO_MARIA, new RegistryQuery(RegistryFilter.ALL, sort, reversed, 0)).rows();
                assertEquals("Jordan Lee", rows.get(0).clientName(), "the flag first, " + sort);
                List<RegistryRow> rest = rows.subList(1, rows.size());
                List<RegistryRow> expected = new ArrayList<>(rest);
                expected.sort(order(sort, reversed));
                assertEquals(expected.stream().map(row -> key(sort, row)).toList(),
                        rest.stream().map(row -> key(sort, row)).toList(), sort + (reversed ? " reversed" : ""));
            }
        }

        /** The order a review reads the column in, or the other way round; a client without a score last either way. */
        private Comparator<RegistryRow> order(RegistrySort sort, boolean reversed) {
            Comparator<RegistryRow> forward = switch (sort) {
                case NAME -> Comparator.comparing(this::familyName);
                case STATUS -> Comparator.comparingInt(row -> row.status() == null ? 9 : row.status().attentionRank());
                case PHQ_9, GAD_7 -> Comparator.comparing(
                        (RegistryRow row) -> (Integer) key(sort, row), Comparator.nullsLast(Comparator.reverseOrder()));
                case WEEKS_IN_CARE -> Comparator.comparing(RegistryRow::careStartedOn);
                case DUE -> Comparator.comparing(row -> (java.time.LocalDate) key(sort, row));
            };
            if (!reversed) {
                return forward;
            }
            if (sort == RegistrySort.PHQ_9 || sort == RegistrySort.GAD_7) {
                return Comparator.comparing((RegistryRow row) -> (Integer) key(sort, row),
                        Comparator.nullsLast(Comparator.naturalOrder()));
            }
            return forward.reversed();
        }

        private String familyName(RegistryRow row) {
            return database.text("select family_name from client where id = " + row.clientId());
        }

        /** What the order is by, so that ties in any order compare equal. */
        private Object key(RegistrySort sort, RegistryRow row) {
            return switch (sort) {
                case NAME -> familyName(row);
                case STATUS -> row.status();
                case PHQ_9 -> row.getPhq9().hasScores() ? row.getPhq9().episode().latestTotal() : null;
                case GAD_7 -> row.getGad7().hasScores() ? row.getGad7().episode().latestTotal() : null;
                case WEEKS_IN_CARE -> row.careStartedOn();
                case DUE -> row.measures().stream().filter(line -> !line.due().paused())
                        .map(line -> line.due().nextDueOn()).min(Comparator.naturalOrder()).orElseThrow();
            };
        }

        @Test
        void aTherapistsRegistryHasOnlyTheClientsOfTheirTeams() {
            List<RegistryRow> sams = page(DEMO_SAM, RegistryQuery.FIRST_PAGE).rows();
            List<Long> samsClients = database.ids("select distinct t.client_id from care_team t"
                    + " join care_team_member m on m.care_team_id = t.id join staff_member s on s.id = m.staff_member_id"
                    + " where s.username = 'sam.rivera' and m.starts_on <= current_date"
                    + " and (m.ends_on is null or m.ends_on >= current_date) order by t.client_id");
            assertEquals(samsClients, sams.stream().map(RegistryRow::clientId).sorted().toList());
            assertTrue(samsClients.size() < 12, "Sam is not on every team");
        }

        @Test
        void aLargeCaseloadIsPagedInTheDatabaseInFourStatementsAPage() throws SQLException {
            addClientsWithScores(60);
            Statistics statistics = database.entityManagerFactory().unwrap(SessionFactory.class).getStatistics();
            statistics.setStatisticsEnabled(true);
            statistics.clear();

            RegistryPage first = page(DEMO_MARIA, new RegistryQuery(RegistryFilter.ALL, RegistrySort.PHQ_9, false, 0));
            long statements = statistics.getQueryExecutionCount();
            long prepared = statistics.getPrepareStatementCount();

            assertEquals(RegistryQuery.PAGE_SIZE, first.rows().size());
            assertEquals(72, first.matching());
            assertEquals(3, first.pageCount());
            assertEquals(2 * RegistryQuery.PAGE_SIZE, statistics.getEntityInsertCount(),
                    "one audit event per row for the registry and one for its case review");
            // two for the rows and their teams; two for the case reviews
            assertTrue(statements <= 4, statements + " statements read the page");
            // and the audit events go in one batch each time, with the sequence asked for their numbers
            assertTrue(prepared <= statements + 4, prepared + " statements prepared in all");

            List<Long> seen = new ArrayList<>();
            for (int number = 0; number < first.pageCount(); number++) {
                page(DEMO_MARIA, first.query().onPage(number)).rows().forEach(row -> seen.add(row.clientId()));
            }
            assertEquals(72, seen.size());
            assertEquals(72, Set.copyOf(seen).size(), "no client on two pages");
            statistics.setStatisticsEnabled(false);
        }

        @Test
        void aPaperFormOlderThanTheBaselineBecomesTheBaselineAndANewOneTheLatest() {
            try (ClinicDatabase clinic = ClinicDatabase.withDemoClinic()) {
                long alex = clinic.ids("select id from client where family_name = 'Morgan'").get(0);
                LocalDate today = LocalDate.now(ZoneOffset.UTC);
                enterFromPaper(clinic, alex, 20, today.minusDays(120));
                EpisodeView before = phq9Of(clinic, alex);
                enterFromPaper(clinic, alex, 3, today);
                EpisodeView after = phq9Of(clinic, alex);

                assertEquals(20, before.baselineTotal(), "the older paper form is the baseline now");
                assertEquals(7, before.latestTotal(), "the latest is still the portal's");
                assertEquals(20, after.baselineTotal());
                assertEquals(3, after.latestTotal(), "today's form is the latest");
                assertEquals(EpisodeStatus.REMISSION, after.status());
            }
        }

        @Test
        void theTeamsScheduleDecidesWhatTheRegistryCallsDue() {
            try (ClinicDatabase clinic = ClinicDatabase.withDemoClinic()) {
                long alex = clinic.ids("select id from client where family_name = 'Morgan'").get(0);
                DueView before = phq9DueOf(clinic, alex);
                clinic.call(() -> clinic.measureService(DEMO_MARIA, Clock.systemUTC())
                        .changeSchedule(alex, Instrument.PHQ_9, 8));
                DueView everyEightWeeks = phq9DueOf(clinic, alex);
                clinic.call(() -> clinic.measureService(DEMO_MARIA, Clock.systemUTC())
                        .pauseSchedule(alex, Instrument.PHQ_9));
                DueView paused = phq9DueOf(clinic, alex);

                assertTrue(before.isDue(), "two weeks since the last, due every two");
                assertEquals(8, everyEightWeeks.everyWeeks());
                assertFalse(everyEightWeeks.isDue(), "two weeks since the last, due every eight");
                assertTrue(paused.paused());
                assertFalse(paused.isDue());
            }
        }

        private static DueView phq9DueOf(ClinicDatabase clinic, long client) {
            return clinic.call(() -> RegistryWiring.wire(clinic, DEMO_MARIA, TreatToTarget.STANDARD,
                            Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000))).page(RegistryQuery.FIRST_PAGE))
                    .rows().stream().filter(row -> row.clientId() == client).findFirst().orElseThrow()
                    .getPhq9().due();
        }

        private static void enterFromPaper(ClinicDatabase clinic, long client, int total, LocalDate completedOn) {
            List<Integer> answers = Arrays.stream(items(total).split(", ")).map(Integer::valueOf).toList();
            clinic.call(() -> clinic.measureService(DEMO_MARIA, Clock.systemUTC()).enterFromPaper(client, Instrument.PHQ_9, answers,
                    Difficulty.VERY_DIFFICULT, completedOn));
        }

        private static EpisodeView phq9Of(ClinicDatabase clinic, long client) {
            return clinic.call(() -> RegistryWiring.wire(clinic, DEMO_MARIA, TreatToTarget.STANDARD,
                            Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000))).page(RegistryQuery.FIRST_PAGE))
                    .rows().stream().filter(row -> row.clientId() == client).findFirst().orElseThrow()
                    .getPhq9().episode();
        }

        /** Clients on Maria's teams, each with a PHQ-9 baseline two months ago and a score now. */
        private void addClientsWithScores(int count) throws SQLException {
            try (Connection connection = database.dataSource().getConnection();
                    Statement sql = connection.createStatement()) {
                for (int i = 0; i < count; i++) {
                    String family = "Paged" + i;
                    sql.executeUpdate("insert into client (given_name, family_name, date_of_birth) values ('Pat', '"
                            + family + "', date '1980-01-01')");
                    sql.executeUpdate("insert into care_team (client_id) select id from client where family_name = '"
                            + family + "'");
                    sql.executeUpdate("insert into care_team_member (care_team_id, staff_member_id, discipline, team_role,"
                            + " starts_on) select t.id, s.id, 'CARE_MANAGEMENT', 'LEAD', current_date - 90"
                            + " from care_team t join client c on c.id = t.client_id, staff_member s"
                            + " where c.family_name = '" + family + "' and s.username = 'maria.gomez'");
                    for (int[] score : new int[][] {{60, 15}, {3, i % 20}}) {
                        sql.executeUpdate("insert into measure_result (client_id, instrument, item_1, item_2, item_3,"
                                + " item_4, item_5, item_6, item_7, item_8, item_9, total, severity, completed_on, source,"
                                + " recorded_by, recorded_by_party, recorded_at)"
                                + " select c.id, 'PHQ_9', " + items(score[1]) + ", " + score[1] + ", '"
                                + Instrument.PHQ_9.severityOf(score[1]) + "', current_date - " + score[0]
                                + ", 'PAPER', 'maria.gomez', 'CARE_MANAGEMENT', current_timestamp"
                                + " from client c where c.family_name = '" + family + "'");
                    }
                }
            }
            List<Long> added = database.inTransaction(entityManager -> entityManager.createQuery(
                    "select c.id from Client c where c.legalName.family like 'Paged%'", Long.class).getResultList());
            database.inTransaction(entityManager -> {
                added.forEach(client -> new JpaMeasures(entityManager).keepEpisodeOf(client, Instrument.PHQ_9));
                return added.size();
            });
        }

        /** Nine answers totalling {@code total}, item 9 at 0. */
        private static String items(int total) {
            int[] answers = new int[9];
            int left = total;
            for (int i = 0; i < 8 && left > 0; i++) {
                answers[i] = Math.min(3, left);
                left -= answers[i];
            }
            return Arrays.stream(answers).mapToObj(String::valueOf).collect(Collectors.joining(", "));
        }
    }
}
