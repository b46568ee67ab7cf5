package care.alliance.clinicimport;

import care.alliance.client.Client;
import care.alliance.client.ClientRegistration;
import care.alliance.client.Clients;
import care.alliance.client.RecordNumber;
import care.alliance.client.RegisteredWithPortalAccount;
import care.alliance.rules.InvalidInput;
import care.alliance.staff.AccountHandedOver;
import care.alliance.staff.StaffAdministration;
import care.alliance.team.CareTeamFormation;
import care.alliance.team.StaffMember;
import care.alliance.team.StaffMembers;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Imports one row, in a transaction of its own, through the service its form uses: taking a staff
 * member on, registering a client (with their portal account), appointing to a care team. So a
 * row is checked, audited and made — or refused and taken back whole, its Keycloak account with
 * it — exactly as when clinic IT types it, and one row's failure leaves every other row as it is.
 */
@Stateless
public class ImportedRows {

    @Inject
    StaffAdministration staffAdministration;

    @Inject
    ClientRegistration registration;

    @Inject
    CareTeamFormation formation;

    @Inject
    Clients clients;

    @Inject
    StaffMembers staff;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public RowResult importRow(PlannedRow row) {
        if (row.action() instanceof RowAction.TakeOnStaffMember takeOn) {
            AccountHandedOver account = staffAdministration.add(takeOn.staffMember());
            return row.result().added(account.username(), account.temporaryPassword());
        }
        if (row.action() instanceof RowAction.RegisterClient client) {
            if (client.portalUsername() == null) {
                registration.register(client.client());
                return row.result().added();
            }
            RegisteredWithPortalAccount registered = registration.registerWithPortalAccount(client.client(),
                    client.portalUsername(), client.portalEmail());
            return row.result().added(registered.account().username(), registered.account().temporaryPassword());
        }
        RowAction.Appoint appoint = (RowAction.Appoint) row.action();
        Client client = clients.withRecordNumber(RecordNumber.of(appoint.recordNumber()))
                .orElseThrow(() -> new InvalidInput(ImportWords.say("row.noSuchClient", appoint.recordNumber()),
                        "recordNumber"));
        StaffMember member = staff.withUsername(appoint.staffUsername())
                .orElseThrow(() -> new InvalidInput(ImportWords.say("row.noSuchStaffMember", appoint.staffUsername()),
                        "staffMember"));
        formation.appoint(client.id(), member.id(), appoint.role(), appoint.from());
        return row.result().added();
    }
}
