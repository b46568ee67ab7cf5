package care.alliance.it;

import java.io.File;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The WAR exactly as clinic IT gets it, deployed to a managed Payara Micro against PostgreSQL,
 * with the tests' Keycloak running; tests drive it from outside, as people do. Alliance reaches
 * PostgreSQL through {@link DatabaseProxy}, which a test can cut off as a database restart does.
 */
@ExtendWith(KeycloakServer.class)
@ExtendWith(DatabaseProxy.class)
@ExtendWith(ArquillianExtension.class)
abstract class DeployedAlliance {

    static final String PASSWORD = "alliance";

    @ArquillianResource
    URL deployed;

    @Deployment(testable = false)
    static WebArchive alliance() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    /** The application's address as a browser uses it. */
    String app() {
        return TestSettings.appUrl(deployed);
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
