package care.alliance.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import care.alliance.access.Caller;
import care.alliance.access.Decision;
import care.alliance.access.Role;
import care.alliance.testing.Accounts;
import care.alliance.testing.ClinicDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every refusal passes the audit trail, which counts it for the clinic's monitoring by its action alone. */
class AuditTrailCountsRefusalsTest {

    @Test
    void eachRefusedEventIsCountedUnderItsActionAndAllowedOnesAreNot() {
        try (ClinicDatabase database = ClinicDatabase.migrated()) {
            AuditTrail audit = database.auditTrail();
            Caller caller = Accounts.signedIn("sam.rivera", Role.THERAPIST);

            audit.record(List.of(
                    audit.event(caller, "VIEW_CARE_PLAN", Decision.refuse("not on this client's care team")).client(7L).build(),
                    audit.event(caller, "VIEW_CARE_PLAN", Decision.refuse("not on this client's care team")).client(8L).build(),
                    audit.event(caller, "VIEW_CASELOAD", Decision.allow("clinician's own caseload")).build()));
            audit.record(List.of(audit.event(caller, "LOG_REPAIR", Decision.refuse("no such record")).build()));

            assertEquals(2, database.metrics().refusals("VIEW_CARE_PLAN"));
            assertEquals(1, database.metrics().refusals("LOG_REPAIR"));
            assertEquals(0, database.metrics().refusals("VIEW_CASELOAD"));
            assertEquals(3, database.metrics().refusals());
        }
    }
}
