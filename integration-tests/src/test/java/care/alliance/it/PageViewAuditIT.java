package care.alliance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.alliance.it.ClinicRecords.AuditRow;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One view of a page reads what it shows once and puts each read on record once, whichever
 * discipline opens it: the therapist's care plan, which alone has the psychotherapy notes, had
 * read the whole plan twice, once before the page's own transaction began.
 */
class PageViewAuditIT extends DeployedAlliance {

    @Test
    void aTherapistsViewOfTheCarePlanReadsTheTeamOnceAndRecordsItOnce() {
        long blake = ClinicRecords.clientId("Blake");
        WebSession therapist = new WebSession();
        therapist.signIn("sam.rivera", PASSWORD, app() + "/clinician/caseload.xhtml");
        int before = ClinicRecords.auditOf("sam.rivera").size();

        HttpResponse<String> page = therapist.get(app() + "/clinician/care-plan.xhtml?client=" + blake);

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("psychotherapy-notes"), "the therapist's own section is on the page");
        List<AuditRow> audited = ClinicRecords.auditOf("sam.rivera");
        List<String> actions = audited.subList(before, audited.size()).stream().map(AuditRow::action).toList();
        assertEquals(1, actions.stream().filter("VIEW_CARE_TEAM"::equals).count(), "the team's read on record: " + actions);
        assertEquals(1, actions.stream().filter("VIEW_CONSENT"::equals).count(), "the consent's read on record: " + actions);

    }
}
