package care.alliance.client;

import care.alliance.access.SignedInCaller;
import care.alliance.account.ClinicAccounts;
import care.alliance.account.OpenSessions;
import care.alliance.audit.AuditTrail;

/** Wires {@link PortalAccounts} by hand, as the container injects it. */
public final class PortalAccountsWiring {

    private PortalAccountsWiring() {
    }

    public static PortalAccounts wire(Clients clients, ClinicAccounts accounts, OpenSessions sessions,
            SignedInCaller signedIn, AuditTrail audit) {
        PortalAccounts service = new PortalAccounts();
        service.clients = clients;
        service.accounts = accounts;
        service.sessions = sessions;
        service.signedIn = signedIn;
        service.audit = audit;
        return service;
    }
}
