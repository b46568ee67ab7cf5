package care.alliance.persistence;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;

/**
 * Alliance's schema: the migrations every database gets, the ones written for its vendor, and,
 * for a demonstration, a repeatable migration that loads demo data.
 *
 * <p>On PostgreSQL the migrations may run as the schema's owner while the application works as an
 * account of its own, which the migrations let read and write the clinic's records but only add
 * and read audit events: so the application could not remove the audit's protection even if it
 * tried. Without an owner's account the application's account migrates, as on the embedded H2.
 */
public class DatabaseSchema {

    private final Flyway flyway;

    /** Migrates through the application's own data source, as its own account. */
    public DatabaseSchema(DataSource dataSource, Optional<String> demoData) {
        this(dataSource, dataSource, demoData);
    }

    public DatabaseSchema(DataSource dataSource) {
        this(dataSource, Optional.empty());
    }

    /**
     * Migrates as the owner's account ({@code owner}) for the application's account, the one
     * {@code application} connects as.
     */
    public DatabaseSchema(DataSource owner, DataSource application, Optional<String> demoData) {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration/common",
                "classpath:db/migration/" + vendorOf(owner)));
        demoData.filter(location -> !location.isBlank()).ifPresent(locations::add);
        this.flyway = Flyway.configure(DatabaseSchema.class.getClassLoader())
                .dataSource(owner)
                .locations(locations.toArray(String[]::new))
                .placeholders(Map.of("applicationAccount", accountOf(application)))
                .failOnMissingLocations(true)
                .load();
    }

    /** Applies what is pending; returns how many migrations that was. */
    public int migrate() {
        return flyway.migrate().migrationsExecuted;
    }

    public String version() {
        return String.valueOf(flyway.info().current().getVersion());
    }

    /** Fails when an entity maps a table or column the migrations did not create as mapped. */
    public static void validateEntities(EntityManagerFactory entityManagerFactory) {
        entityManagerFactory.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
    }

    private static String accountOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getUserName();
        } catch (SQLException e) {
            throw new IllegalStateException("Alliance cannot reach its database: " + e.getMessage(), e);
        }
    }

    private static String vendorOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("postgres")) {
                return "postgresql";
            }
            if (product.contains("h2")) {
                return "h2";
            }
            throw new IllegalStateException("Alliance runs on PostgreSQL or H2, not on " + product + ".");
        } catch (SQLException e) {
            throw new IllegalStateException("Alliance cannot reach its database: " + e.getMessage(), e);
        }
    }
}
