package care.alliance.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brings the database up to date when the application starts: Flyway applies the migrations, then
 * Hibernate checks that the entities match the migrated schema. If either fails, the application
 * does not start, rather than run against a schema it does not understand.
 *
 * <p>It also defines the pool of database connections. When the database restarts, every pooled
 * connection dies with it; Payara's pool would go on lending them ("This connection has been
 * closed"), and readiness, which only borrows one and gives it back, stayed down for good. So the
 * pool checks each connection before lending it ({@code Connection.isValid}: PostgreSQL's driver
 * asks the server), and when one is dead it drops them all and opens new ones as soon as the
 * database answers again.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@DataSourceDefinition(
        name = "java:app/jdbc/alliance",
        className = "care.alliance.persistence.ConfiguredDataSource",
        url = "${MPCONFIG=alliance.db.url}",
        user = "${MPCONFIG=alliance.db.user}",
        password = "${MPCONFIG=alliance.db.password}",
        minPoolSize = 2,
        maxPoolSize = 24,
        properties = {
            // Payara's own pool settings (its "advanced connection pool properties")
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            // after a restart one dead connection means they all are: replace them at once
            "fish.payara.fail-all-connections=true"
        })
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:app/jdbc/alliance")
    DataSource dataSource;

    @PersistenceUnit(unitName = "alliance")
    EntityManagerFactory entityManagerFactory;

    @Inject
    @ConfigProperty(name = "alliance.demo.location")
    Optional<String> demoData;

    @Inject
    @ConfigProperty(name = "alliance.db.url")
    String url;

    /** The schema owner's account, when the migrations run as another account than the application. */
    @Inject
    @ConfigProperty(name = "alliance.db.owner")
    Optional<String> owner;

    @Inject
    @ConfigProperty(name = "alliance.db.owner.password")
    Optional<String> ownerPassword;

    @PostConstruct
    void migrate() {
        DatabaseSchema schema = new DatabaseSchema(migratingAs(), dataSource, demoData);
        int applied = schema.migrate();
        LOG.info(() -> "Database schema is at version " + schema.version() + " (" + applied + " migrations applied now)");
        DatabaseSchema.validateEntities(entityManagerFactory);
    }

    private DataSource migratingAs() {
        if (owner.filter(name -> !name.isBlank()).isEmpty()) {
            return dataSource;
        }
        ConfiguredDataSource asOwner = new ConfiguredDataSource();
        asOwner.setUrl(url);
        asOwner.setUser(owner.get());
        asOwner.setPassword(ownerPassword.orElse(""));
        return asOwner;
    }
}
