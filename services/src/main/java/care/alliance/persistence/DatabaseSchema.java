package care.alliance.persistence;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
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

    /** Names the lock of a schema migration among the advisory locks of the database. */
    private static final long MIGRATION_LOCK = 0x616c6c69616e6365L;
    private static final Duration MIGRATION_PATIENCE = Duration.ofMinutes(10);
    private static final Logger LOG = Logger.getLogger(DatabaseSchema.class.getName());

    private final Flyway flyway;
    private final DataSource owner;
    private final String vendor;

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
        this.owner = owner;
        this.vendor = vendorOf(owner);
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration/common",
                "classpath:db/migration/" + vendor));
        demoData.filter(location -> !location.isBlank()).ifPresent(locations::add);
        this.flyway = Flyway.configure(DatabaseSchema.class.getClassLoader())
                .dataSource(owner)
                .locations(locations.toArray(String[]::new))
                .placeholders(Map.of("applicationAccount", accountOf(application)))
                .failOnMissingLocations(true)
                .load();
    }

    /**
     * Applies what is pending; returns how many migrations that was. On PostgreSQL one node of a
     * cluster migrates at a time, the whole schema: Flyway's own lock lasts one migration's
     * transaction, so two nodes starting at once took turns migration by migration, and one of
     * them applied a later migration before the other had applied the earlier ones.
     */
    public int migrate() {
        if (!"postgresql".equals(vendor)) {
            return flyway.migrate().migrationsExecuted;
        }
        try (Connection held = owner.getConnection()) {
            awaitMigrationLock(held);
            try {
                return flyway.migrate().migrationsExecuted;
            } finally {
                advisoryLock(held, "pg_advisory_unlock");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Alliance cannot reach its database: " + e.getMessage(), e);
        }
    }

    /** Asks again and again rather than waits in the database, where a lock_timeout would end the wait. */
    private static void awaitMigrationLock(Connection held) throws SQLException {
        Instant giveUp = Instant.now().plus(MIGRATION_PATIENCE);
        boolean told = false;
        while (!advisoryLock(held, "pg_try_advisory_lock")) {
            if (!told) {
                LOG.info("Another node is migrating the database schema; this one waits until it is done");
                told = true;
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("Another node has been migrating the database schema for over "
                        + MIGRATION_PATIENCE.toMinutes() + " minutes; Alliance does not start beside it.");
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for another node's schema migration", e);
            }
        }
    }

    private static boolean advisoryLock(Connection connection, String function) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select " + function + "(?)")) {
            statement.setLong(1, MIGRATION_LOCK);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
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
