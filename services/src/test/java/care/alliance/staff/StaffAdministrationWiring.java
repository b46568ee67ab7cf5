package care.alliance.staff;

import care.alliance.access.SignedInCaller;
import care.alliance.account.ClinicAccounts;
import care.alliance.account.OpenSessions;
import care.alliance.audit.AuditTrail;
import care.alliance.team.StaffMembers;
import java.time.Clock;

/** Wires a {@link StaffAdministration} by hand, as the container injects it. */
public final class StaffAdministrationWiring {

    private StaffAdministrationWiring() {
    }

    public static StaffAdministration wire(StaffMembers staff, ClinicAccounts accounts, OpenSessions sessions,
            SignedInCaller signedIn, AuditTrail audit, Clock clock) {
        StaffAdministration administration = new StaffAdministration();
        administration.staff = staff;
        administration.accounts = accounts;
        administration.sessions = sessions;
        administration.signedIn = signedIn;
        administration.audit = audit;
        administration.clock = clock;
        return administration;
    }
}
