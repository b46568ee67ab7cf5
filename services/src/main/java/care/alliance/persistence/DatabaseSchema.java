package care.alliance.persistence;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;

/**
 * Alliance's schema: the migrations every database gets, the ones written for its vendor, and,
 * for a demonstration, a repeatable migration that loads demo data.
 */
public class DatabaseSchema {

    private final Flyway flyway;

    public DatabaseSchema(DataSource dataSource, Optional<String> demoData) {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration/common",
                "classpath:db/migration/" + vendorOf(dataSource)));
        demoData.filter(location -> !location.isBlank()).ifPresent(locations::add);
        this.flyway = Flyway.configure(DatabaseSchema.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .failOnMissingLocations(true)
                .load();
    }

    public DatabaseSchema(DataSource dataSource) {
        this(dataSource, Optional.empty());
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
