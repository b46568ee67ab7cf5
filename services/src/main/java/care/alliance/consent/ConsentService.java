package care.alliance.consent;

import care.alliance.access.CarePlanAccess;
import care.alliance.access.PlanOperation;
import care.alliance.access.ServiceWords;
import care.alliance.goal.ChangedMeanwhile;
import care.alliance.team.Discipline;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * The client's say over who of their team sees the sensitive parts of their plan. The client
 * decides on their own plan; their team reads the consent, so that they know what they have been
 * asked not to see. A decision counts from the next request anyone makes.
 */
@Stateless
@DeclareRoles({"psychiatrist", "primary-care", "therapist", "care-manager", "client", "clinic-admin"})
public class ConsentService {

    @Inject
    ClientConsents consents;

    @Inject
    ConsentDefaults defaults;

    @Inject
    CarePlanAccess access;

    Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));

    /** Who may see which label now, and the client's decisions so far. */
    public ConsentView consentOf(long clientId) {
        access.require(clientId, PlanOperation.VIEW_CONSENT, "ClientConsent", null);
        return ConsentView.of(access.consentOf(clientId));
    }

    /**
     * The client's decision, label by label, on the disciplines that may see it, made on the
     * version of their consent they saw; a decision made meanwhile (on another device) is not
     * overwritten.
     */
    public ConsentView decide(long clientId, long seenVersion, Map<SensitiveLabel, Set<Discipline>> maySee) {
        access.require(clientId, PlanOperation.DECIDE_CONSENT, "ClientConsent", null);
        ClientConsent consent = consents.ofClientForChange(clientId).orElse(null);
        if (consent == null) {
            consent = ClientConsent.undecided(clientId);
            consents.add(consent);
        }
        if (consent.version() != seenVersion) {
            throw new ChangedMeanwhile(ServiceWords.say("changed.consent"));
        }
        consent.decideAll(maySee, access.caller().username(), clock.instant(), defaults);
        consents.flush();
        return ConsentView.of(new ConsentInForce(consent, defaults));
    }
}
