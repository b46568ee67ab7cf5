package care.alliance.it;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The WAR exactly as clinic IT gets it, on Payara Micro against PostgreSQL ({@link AllianceServer},
 * one for the whole run), with the tests' Keycloak running; tests drive it from outside, as people
 * do. Alliance reaches PostgreSQL through {@link DatabaseProxy}, which a test can cut off as a
 * database restart does.
 */
@ExtendWith(KeycloakServer.class)
@ExtendWith(DatabaseProxy.class)
@ExtendWith(AllianceServer.class)
abstract class DeployedAlliance {

    static final String PASSWORD = "alliance";

    /** The application's address as a browser uses it. */
    String app() {
        return AllianceServer.url();
    }

    /** A browser in which the person has signed in and landed on their home page. */
    Browser signedIn(String username, String homeTitle) {
        Browser browser = new Browser();
        browser.open(app() + "/");
        browser.signInOnKeycloak(username, PASSWORD);
        browser.waitForTitle(homeTitle);
        return browser;
    }
}
