package care.alliance.it;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Where the tests find the servers they started: ports and addresses, from the build. */
final class TestSettings {

    private TestSettings() {
    }

    static int keycloakPort() {
        return Integer.getInteger("it.keycloak.port", 18180);
    }

    static String keycloakUrl() {
        return "http://localhost:" + keycloakPort();
    }

    static Path output() {
        return Path.of(System.getProperty("it.output", "target"));
    }

    /** The test database itself, not through the proxy Alliance uses, so tests read it during an outage too. */
    static String databaseUrl() {
        return "jdbc:postgresql://127.0.0.1:" + databasePort() + "/" + System.getProperty("it.database", "alliance_it");
    }

    /** PostgreSQL on this machine. */
    static int databasePort() {
        return Integer.getInteger("it.database.port", 5432);
    }

    /** Where Alliance reaches PostgreSQL: through {@link DatabaseProxy}, which a test can cut off. */
    static int databaseProxyPort() {
        return Integer.getInteger("it.database.proxy.port", 15432);
    }

    /**
     * The variables the README lists, as the build sets them for the tests' shared server, with
     * another database: for a test that deploys Alliance once more, as clinic IT would.
     */
    static Map<String, String> documentedVariables(String databaseUrl) {
        Map<String, String> variables = new HashMap<>();
        System.getenv().forEach((name, value) -> {
            if (name.startsWith("ALLIANCE_")) {
                variables.put(name, value);
            }
        });
        variables.put("ALLIANCE_DB_URL", databaseUrl);
        return variables;
    }
}
