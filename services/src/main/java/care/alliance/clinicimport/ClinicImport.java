package care.alliance.clinicimport;

import care.alliance.access.AccessPolicy;
import care.alliance.access.AccessRefused;
import care.alliance.access.Caller;
import care.alliance.access.Decision;
import care.alliance.access.NotFound;
import care.alliance.access.SignedInCaller;
import care.alliance.audit.AuditTrail;
import care.alliance.audit.RequestOrigin;
import care.alliance.client.Clients;
import care.alliance.rules.InvalidInput;
import care.alliance.team.CareTeams;
import care.alliance.team.StaffMembers;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Clinic IT moves a clinic in from CSV files ({@link AccessPolicy#mayImportClinic}): first a
 * preview of what every row would do, with nothing saved; then the import, which runs in the
 * background and is followed on its progress until its summary is shown, once. The check is made
 * again when the import starts, so it imports what Alliance holds then, not what it held at the
 * preview. Preview, start and end are audited; each record made is audited by the service that
 * makes it, as when it is typed.
 */
@Stateless
@DeclareRoles({"psychiatrist", "primary-care", "therapist", "care-manager", "client", "clinic-admin"})
public class ClinicImport {

    static final String PREVIEW_CLINIC_IMPORT = "PREVIEW_CLINIC_IMPORT";
    static final String IMPORT_CLINIC = "IMPORT_CLINIC";
    static final String VIEW_CLINIC_IMPORT = "VIEW_CLINIC_IMPORT";

    @Inject
    StaffMembers staff;

    @Inject
    Clients clients;

    @Inject
    CareTeams careTeams;

    @Inject
    ImportRuns runs;

    @Inject
    ImportWork work;

    @Inject
    SignedInCaller signedIn;

    @Inject
    RequestOrigin origin;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemDefaultZone();

    /** What importing the files would do, row by row; nothing is saved. */
    public ImportPreview preview(ImportFiles files) {
        Caller caller = signedIn.current();
        Decision decision = require(caller, PREVIEW_CLINIC_IMPORT);
        List<PlannedRow> planned = planned(caller, PREVIEW_CLINIC_IMPORT, files);
        ImportPreview preview = new ImportPreview(planned.stream().map(PlannedRow::result).toList());
        audit.record(List.of(audit.event(caller, PREVIEW_CLINIC_IMPORT, decision)
                .reason("previewed " + files + ": " + counts(preview)).build()));
        return preview;
    }

    /**
     * Starts importing the rows that can be imported and returns at once, with the number by which
     * its progress is asked for; refused rows are left out, unchanged ones left as they are.
     */
    public UUID start(ImportFiles files) {
        Caller caller = signedIn.current();
        Decision decision = require(caller, IMPORT_CLINIC);
        List<PlannedRow> planned = planned(caller, IMPORT_CLINIC, files);
        ImportRun run = runs.begin(caller.accountId(), planned);
        ImportPreview checked = new ImportPreview(planned.stream().map(PlannedRow::result).toList());
        audit.record(List.of(audit.event(caller, IMPORT_CLINIC, decision)
                .reason("started importing " + files + ": " + counts(checked)).build()));
        work.run(run, caller, origin.address(), planned);
        return run.id();
    }

    /**
     * How far the caller's import has come. Once it has finished, its summary — with the temporary
     * passwords of the accounts it opened — is handed over this once, and the import forgotten.
     */
    public ImportProgress progress(UUID runId) {
        Caller caller = signedIn.current();
        Decision decision = require(caller, VIEW_CLINIC_IMPORT);
        ImportRun run = runs.of(runId, caller.accountId()).orElseThrow(() -> {
            audit.record(List.of(audit.event(caller, VIEW_CLINIC_IMPORT,
                    Decision.refuse("no import of the caller's with this number")).build()));
            return new NotFound(ImportWords.say("import.notYours"));
        });
        ImportProgress progress = run.progress();
        if (progress.finished()) {
            runs.forget(runId);
            audit.record(List.of(audit.event(caller, VIEW_CLINIC_IMPORT, decision)
                    .reason("shown the summary of import " + runId + ": " + counts(progress.summary())).build()));
        }
        return progress;
    }

    private List<PlannedRow> planned(Caller caller, String action, ImportFiles files) {
        try {
            if (files == null || files.chosen().isEmpty()) {
                throw new InvalidInput(ImportWords.say("import.noFile"), ImportFile.STAFF.field());
            }
            Map<ImportFile, CsvSheet> sheets = new EnumMap<>(ImportFile.class);
            files.chosen().forEach((file, content) -> sheets.put(file, CsvSheet.read(file, content)));
            return new ImportCheck(staff, clients, careTeams, LocalDate.now(clock)).check(sheets);
        } catch (InvalidInput refused) {
            String reason = "file not taken: " + refused.getMessage();
            audit.record(List.of(audit.event(caller, action,
                    Decision.refuse(reason.length() > 500 ? reason.substring(0, 500) : reason)).build()));
            throw refused;
        }
    }

    private static String counts(ImportPreview rows) {
        return rows.rows().size() + " rows: " + rows.count(RowOutcome.TO_ADD) + " to add, "
                + rows.count(RowOutcome.UNCHANGED) + " unchanged, " + rows.count(RowOutcome.REFUSED) + " refused";
    }

    private Decision require(Caller caller, String action) {
        Decision decision = AccessPolicy.mayImportClinic(caller);
        if (!decision.allowed()) {
            audit.record(List.of(audit.event(caller, action, decision).build()));
            throw new AccessRefused(ImportWords.say("import.roleDoesNotAllow"));
        }
        return decision;
    }
}
