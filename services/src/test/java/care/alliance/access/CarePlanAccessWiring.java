package care.alliance.access;

import care.alliance.consent.ClientConsent;
import care.alliance.consent.ClientConsents;
import care.alliance.consent.ConsentDefaults;
import java.util.Optional;
import care.alliance.audit.AuditTrail;
import care.alliance.team.CareTeams;
import java.time.Clock;

/** Wires a {@link CarePlanAccess} by hand, as the container injects it. */
public final class CarePlanAccessWiring {

    private CarePlanAccessWiring() {
    }

    /** With the client's consents where the goal's labels need them, and the clinic's defaults. */
    public static CarePlanAccess wire(CareTeams careTeams, SignedInCaller signedIn, AuditTrail audit, Clock clock,
            ClientConsents consents, ConsentDefaults defaults) {
        CarePlanAccess access = new CarePlanAccess();
        access.careTeams = careTeams;
        access.signedIn = signedIn;
        access.audit = audit;
        access.clock = clock;
        access.consents = consents;
        access.consentDefaults = defaults;
        return access;
    }

    /** For tests whose goals carry no labels: nobody has decided anything, and every discipline sees everything. */
    public static CarePlanAccess wire(CareTeams careTeams, SignedInCaller signedIn, AuditTrail audit, Clock clock) {
        return wire(careTeams, signedIn, audit, clock, new ClientConsents() {
            @Override
            public Optional<ClientConsent> ofClient(long clientId) {
                return Optional.empty();
            }

            @Override
            public Optional<ClientConsent> ofClientForChange(long clientId) {
                return Optional.empty();
            }

            @Override
            public void add(ClientConsent consent) {
                throw new UnsupportedOperationException("no consents here");
            }

            @Override
            public void flush() {
            }
        }, ConsentDefaults.everyDiscipline());
    }
}
