package care.alliance.client;

import care.alliance.access.CarePlanAccess;
import care.alliance.access.PlanOperation;
import care.alliance.access.Role;
import care.alliance.access.ServiceWords;
import care.alliance.access.SignedInCaller;
import care.alliance.goal.ChangedMeanwhile;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * "How to work with me": the client's preferences, read by their whole team at the top of the plan
 * and changed by the client in the portal or by the team with them. Clinic IT sees none of it.
 */
@Stateless
@DeclareRoles({"psychiatrist", "primary-care", "therapist", "care-manager", "client", "clinic-admin"})
public class PreferencesService {

    private static final String RECORD = "ClientPreferences";

    @Inject
    Clients clients;


    @Inject
    CarePlanAccess access;

    @Inject
    SignedInCaller signedIn;

    Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));

    public PreferencesView preferencesOf(long clientId) {
        access.require(clientId, PlanOperation.VIEW_PLAN, RECORD, clientId);
        return PreferencesView.of(clients.find(clientId).orElseThrow());
    }

    /** Records what the client said; refused with {@link ChangedMeanwhile} when someone changed it since it was read. */
    public PreferencesView describe(long clientId, long seenVersion, String preferredName, String pronouns,
            Language language, WorkingPreferences preferences) {
        access.require(clientId, PlanOperation.EDIT_PREFERENCES, RECORD, clientId);
        Client client = clients.findForChange(clientId).orElseThrow();
        if (client.version() != seenVersion) {
            throw new ChangedMeanwhile(ServiceWords.say("changed.preferences",
                    client.preferencesChangedBy().orElse("?")));
        }
        client.describeHowToWorkWithMe(preferredName, pronouns, language, preferences, access.caller().username(),
                clock.instant());
        clients.flush();
        return PreferencesView.of(client);
    }

    /** The language the signed-in client reads Alliance in; nobody else has one on record. */
    public Optional<Language> myLanguage() {
        return signedIn.current().has(Role.CLIENT)
                ? clients.withPortalAccount(signedIn.current().accountId()).map(Client::preferredLanguage)
                : Optional.empty();
    }
}
