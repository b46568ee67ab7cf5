package care.alliance.clinicimport;

import care.alliance.access.Caller;
import care.alliance.access.CallerOfBackgroundWork;
import care.alliance.account.FakeKeycloak;
import care.alliance.audit.RequestOrigin;
import care.alliance.client.JpaClients;
import care.alliance.testing.ClinicDatabase;
import care.alliance.testing.FixedCaller;

/**
 * Wires a {@link ClinicImport} by hand, as the container injects it: each row imported in a
 * transaction of its own, as {@code REQUIRES_NEW} runs it; the background work runs at once, on
 * the caller's thread, where the container would run it on one of its own.
 */
final class ClinicImportWiring {

    private ClinicImportWiring() {
    }

    static ClinicImport wire(ClinicDatabase database, Caller caller, FakeKeycloak keycloak, ImportRuns runs) {
        ImportedRows rows = new ImportedRows() {
            @Override
            public RowResult importRow(PlannedRow row) {
                return database.inNewTransaction(() -> super.importRow(row));
            }
        };
        rows.staffAdministration = database.staffAdministration(caller, keycloak, keycloak);
        rows.registration = database.clientRegistration(caller, keycloak, keycloak);
        rows.formation = database.careTeamFormation(caller);
        rows.clients = new JpaClients(database.entityManager());
        rows.staff = database.staffMembers();
        ImportWork work = new ImportWork();
        work.rows = rows;
        work.audit = database.auditTrail();
        work.background = new CallerOfBackgroundWork();
        work.origin = new RequestOrigin();
        ClinicImport clinicImport = new ClinicImport();
        clinicImport.staff = database.staffMembers();
        clinicImport.clients = new JpaClients(database.entityManager());
        clinicImport.careTeams = database.careTeams();
        clinicImport.runs = runs;
        clinicImport.work = work;
        clinicImport.signedIn = new FixedCaller(caller);
        clinicImport.origin = new RequestOrigin();
        clinicImport.audit = database.auditTrail();
        clinicImport.clock = database.clock();
        return clinicImport;
    }
}
