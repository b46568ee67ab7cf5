package care.alliance.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import care.alliance.goal.Party;
import care.alliance.testing.ClinicDatabase;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo clinic's measures load on the embedded database and show, on the day it loads, every
 * status of treat to target, an overdue measure and exactly one open safety flag, so that the
 * registry can be tried at once. Read through JDBC and the domain's own rules.
 */
class DemoClinicMeasuresTest {

    private static ClinicDatabase database;

    @BeforeAll
    static void loadTheDemo() {
        database = ClinicDatabase.withDemoClinic();
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void everyClientHasMeasuresAndTheStatusesSpanTreatToTarget() {
        Map<String, EpisodeStatus> phq9 = statuses(Instrument.PHQ_9);

        assertEquals(Map.ofEntries(
                Map.entry("Blake", EpisodeStatus.IMPROVING), Map.entry("Dunn", EpisodeStatus.NOT_IMPROVING),
                Map.entry("Foster", EpisodeStatus.IMPROVING), Map.entry("Hassan", EpisodeStatus.IMPROVING),
                Map.entry("Kim", EpisodeStatus.REMISSION), Map.entry("Lee", EpisodeStatus.NOT_IMPROVING),
                Map.entry("Morgan", EpisodeStatus.RESPONSE), Map.entry("Nguyen", EpisodeStatus.REMISSION),
                Map.entry("Ortiz", EpisodeStatus.RESPONSE), Map.entry("Reed", EpisodeStatus.NEW),
                Map.entry("Santos", EpisodeStatus.NOT_IMPROVING), Map.entry("Walsh", EpisodeStatus.NEW)), phq9);
        assertEquals(12, database.count("select count(*) from client"), "every demo client has a PHQ-9");
        assertEquals(EpisodeStatus.RESPONSE, statuses(Instrument.GAD_7).get("Morgan"));
    }

    @Test
    void oneSafetyFlagIsOpenAndAnEarlierOneWasFollowedUpInThreeHours() {
        assertEquals(List.of("Lee"), names("select c.family_name from safety_flag f join client c on c.id = f.client_id"
                + " where f.closed_at is null"));
        assertEquals(List.of("Hassan"), names("select c.family_name from safety_flag f join client c on c.id = f.client_id"
                + " where f.closed_at is not null"));
        assertEquals(database.count("select count(*) from measure_result where item_9 > 0"), database.count("select count(*) from safety_flag"),
                "every item 9 above zero has its flag");
        assertEquals(1, database.call(() -> new JpaMeasures(database.entityManager()).openFlagCount()),
                "the count clinic IT's monitoring reads");
    }

    @Test
    void skylerDunnsMeasuresAreOverdue() {
        LocalDate last = database.query("select max(r.completed_on) from measure_result r join client c"
                + " on c.id = r.client_id where c.family_name = 'Dunn' and r.instrument = 'PHQ_9'",
                result -> {
                    result.next();
                    return result.getObject(1, LocalDate.class);
                });
        assertEquals(DueStatus.OVERDUE, MeasureSchedule.standard(1, Instrument.PHQ_9, last)
                .statusOn(LocalDate.now(), java.util.Optional.of(last)));
    }

    /** Each client's episode on the instrument, by family name, as the domain reads the stored answers today. */
    private static Map<String, EpisodeStatus> statuses(Instrument instrument) {
        LocalDate today = LocalDate.now();
        Map<String, List<MeasureResult>> results = database.query("select c.family_name, r.completed_on, r.item_1,"
                + " r.item_2, r.item_3, r.item_4, r.item_5, r.item_6, r.item_7, r.item_8, r.item_9, r.difficulty"
                + " from measure_result r join client c on c.id = r.client_id where r.instrument = '" + instrument.name()
                + "' order by r.completed_on", result -> {
                    Map<String, List<MeasureResult>> read = new TreeMap<>();
                    while (result.next()) {
                        read.computeIfAbsent(result.getString(1), name -> new ArrayList<>())
                                .add(asStored(instrument, result, today));
                    }
                    return read;
                });
        Map<String, EpisodeStatus> statuses = new TreeMap<>();
        results.forEach((name, list) -> statuses.put(name,
                Episode.of(instrument, list, null, today).orElseThrow().status(TreatToTarget.STANDARD)));
        return statuses;
    }

    private static MeasureResult asStored(Instrument instrument, ResultSet row, LocalDate today) throws SQLException {
        List<Integer> answers = new ArrayList<>();
        for (int item = 1; item <= instrument.itemCount(); item++) {
            answers.add(row.getInt(2 + item));
        }
        String difficulty = row.getString(12);
        LocalDate on = row.getObject(2, LocalDate.class);
        return MeasureResult.enteredFromPaper(1, Answers.of(instrument, answers,
                        difficulty == null ? null : Difficulty.valueOf(difficulty)), on, "maria.gomez",
                Party.CARE_MANAGEMENT, Instant.now(), today);
    }

    private static List<String> names(String sql) {
        return database.query(sql, result -> {
            List<String> names = new ArrayList<>();
            while (result.next()) {
                names.add(result.getString(1));
            }
            return names;
        });
    }
}
