package care.alliance.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import care.alliance.testing.ClinicDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo clinic's psychiatric case reviews load on the embedded database: exactly one open
 * recommendation, on a client who is not improving, from the demo psychiatrist to primary care on
 * that client's team, and answered ones of each kind of answer, each answered by the team's primary care.
 */
class DemoClinicCaseReviewTest {

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
    void oneRecommendationIsOpenOnRileySantosFromPriyaPatelForNinaBrooks() {
        assertEquals(List.of("Santos|priya.patel|MEDICATION_CHANGE"), rows("select c.family_name || '|' || r.recommended_by"
                + " || '|' || r.kind from recommendation r join client c on c.id = r.client_id where r.status = 'OPEN'"));
        assertEquals(List.of("nina.brooks"), rows("select s.username from care_team_member m"
                + " join staff_member s on s.id = m.staff_member_id join care_team t on t.id = m.care_team_id"
                + " join client c on c.id = t.client_id where c.family_name = 'Santos' and m.discipline = 'PRIMARY_CARE'"
                + " and m.ends_on is null"), "the primary care who answers it");
        assertEquals(List.of("Santos"), rows("select c.family_name from case_review r join client c on c.id = r.client_id"
                + " where r.reviewed_on = (select max(x.reviewed_on) from case_review x) group by c.family_name"),
                "reviewed most recently");
    }

    @Test
    void theAnsweredOnesWereAnsweredByPrimaryCareOnTheClientsTeam() {
        assertEquals(List.of("Blake|DECLINED|nina.brooks", "Morgan|ACCEPTED|tom.okafor", "Ortiz|ADAPTED|tom.okafor"),
                rows("select c.family_name || '|' || r.status || '|' || r.answered_by from recommendation r"
                        + " join client c on c.id = r.client_id where r.status <> 'OPEN' order by c.family_name"));
        assertEquals(0, database.count("select count(*) from recommendation r where r.status <> 'OPEN' and not exists ("
                + " select 1 from care_team_member m join staff_member s on s.id = m.staff_member_id"
                + " join care_team t on t.id = m.care_team_id where t.client_id = r.client_id"
                + " and s.username = r.answered_by and m.discipline = 'PRIMARY_CARE')"));
        assertEquals(0, database.count("select count(*) from case_review r where not exists ("
                + " select 1 from care_team_member m join staff_member s on s.id = m.staff_member_id"
                + " join care_team t on t.id = m.care_team_id where t.client_id = r.client_id"
                + " and s.username = r.reviewed_by and m.discipline = 'PSYCHIATRY')"), "reviewed by the team's psychiatrist");
    }

    private static List<String> rows(String sql) {
        return database.query(sql, result -> {
            List<String> read = new ArrayList<>();
            while (result.next()) {
                read.add(result.getString(1));
            }
            return read;
        });
    }
}
