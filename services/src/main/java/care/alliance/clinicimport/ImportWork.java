package care.alliance.clinicimport;

import care.alliance.access.Caller;
import care.alliance.access.CallerOfBackgroundWork;
import care.alliance.access.Decision;
import care.alliance.audit.AuditTrail;
import care.alliance.audit.RequestOrigin;
import care.alliance.monitoring.LoggedFailure;
import care.alliance.rules.Refusal;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs an import in the background, row after row, each in its own transaction, for the caller
 * whose request started it (the policy allowed them there). Rows to add are imported; rows that
 * were unchanged or refused in the check are left as they are. At the end the import's outcome is
 * audited with its counts.
 */
@Stateless
public class ImportWork {

    private static final Logger LOG = Logger.getLogger(ImportWork.class.getName());

    @Inject
    CallerOfBackgroundWork background;

    @Inject
    RequestOrigin origin;

    @Inject
    ImportedRows rows;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** Starts the import and returns at once; its progress is read from the run. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(ImportRun run, Caller caller, String from, List<PlannedRow> planned) {
        background.actFor(caller);
        origin.cameFrom(from);
        importAll(run, caller, planned);
    }

    void importAll(ImportRun run, Caller caller, List<PlannedRow> planned) {
        try {
            for (int i = 0; i < planned.size(); i++) {
                PlannedRow row = planned.get(i);
                if (row.isToAdd()) {
                    run.rowDone(i, imported(row));
                }
            }
        } finally {
            ImportProgress end = run.progress();
            run.finish(clock.instant());
            ImportPreview summary = run.progress().summary();
            audit.record(List.of(audit.event(caller, ClinicImport.IMPORT_CLINIC, Decision.allow("clinic administration"))
                    .reason("import finished: " + end.done() + " of " + end.total() + " rows done; added "
                            + summary.count(RowOutcome.ADDED) + ", unchanged " + summary.count(RowOutcome.UNCHANGED)
                            + ", refused " + summary.count(RowOutcome.REFUSED))
                    .build()));
        }
    }

    private RowResult imported(PlannedRow row) {
        try {
            return rows.importRow(row);
        } catch (RuntimeException refused) {
            Throwable cause = refused instanceof EJBException && refused.getCause() != null ? refused.getCause() : refused;
            if (cause instanceof Refusal refusal) {
                String column = refusal.field().flatMap(row.result().file()::columnOf).orElse("");
                return row.result().refused(new RowRefusal(column, refusal.why()));
            }
            // No personal health information in the log: the row's file and number, and the failure without its messages.
            LOG.log(Level.WARNING, "Import of " + row.result().file() + " row " + row.result().row() + " failed",
                    LoggedFailure.of(refused));
            return row.result().refused(new RowRefusal("", ImportWords.say("row.notSaved")));
        }
    }
}
