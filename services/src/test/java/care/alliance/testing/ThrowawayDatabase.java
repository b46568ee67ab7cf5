package care.alliance.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * An empty database made for one {@link ClinicDatabase} and removed when it closes: in memory on H2
 * (the default), or a uniquely named database on the machine's PostgreSQL, the production
 * database, when the system property {@code alliance.test.database} is {@code postgresql} (the race
 * tests' second run sets it).
 *
 * <p>On PostgreSQL it connects to 127.0.0.1:5432 as the role {@code alliance_races} (password
 * {@code alliance_races}, allowed to create databases), which
 * {@code services/src/test/sh/prepare-postgresql.sh} makes; {@code alliance.test.postgresql.url},
 * {@code .user} and {@code .password} point it elsewhere, e.g. at a server that trusts
 * {@code postgres}.
 */
public interface ThrowawayDatabase {

    String WHICH = "alliance.test.database";

    DataSource dataSource();

    void remove();

    /** The database the system property asks for; fails clearly for one it does not know. */
    static ThrowawayDatabase asConfigured() {
        String which = System.getProperty(WHICH, "h2").toLowerCase(Locale.ROOT);
        return switch (which) {
            case "h2" -> inMemory();
            case "postgresql" -> onPostgresql();
            default -> throw new IllegalStateException(WHICH + " is h2 or postgresql, not " + which);
        };
    }

    /** A new in-memory H2 database that speaks as PostgreSQL does, as far as H2 can. */
    static ThrowawayDatabase inMemory() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:alliance-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        return new ThrowawayDatabase() {
            @Override
            public DataSource dataSource() {
                return dataSource;
            }

            @Override
            public void remove() {
                execute(dataSource, "shutdown");
            }
        };
    }

    /** A new, empty database on the machine's PostgreSQL, dropped with every connection to it on {@link #remove}. */
    static ThrowawayDatabase onPostgresql() {
        String server = System.getProperty("alliance.test.postgresql.url", "jdbc:postgresql://127.0.0.1:5432/");
        String user = System.getProperty("alliance.test.postgresql.user", "alliance_races");
        String password = System.getProperty("alliance.test.postgresql.password", "alliance_races");
        String name = "alliance_races_" + UUID.randomUUID().toString().replace("-", "");
        PGSimpleDataSource maintenance = postgresql(server + "postgres", user, password);
        try {
            execute(maintenance, "create database " + name);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("The race tests on PostgreSQL need a server at " + server + " where " + user
                    + " may create databases; services/src/test/sh/prepare-postgresql.sh installs, starts and"
                    + " prepares one (the build runs it before the tests). " + e.getMessage(), e);
        }
        PGSimpleDataSource database = postgresql(server + name, user, password);
        // As H2's LOCK_TIMEOUT: a lock waited for too long fails the call rather than hang the test.
        database.setOptions("-c lock_timeout=10000");
        // Each new connection starts a server process: pooled, as the container pools them, sixteen
        // racers retrying take seconds instead of tens of seconds on a busy machine.
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(database);
        pool.setMaximumPoolSize(40);
        pool.setPoolName(name);
        HikariDataSource dataSource = new HikariDataSource(pool);
        return new ThrowawayDatabase() {
            @Override
            public DataSource dataSource() {
                return dataSource;
            }

            @Override
            public void remove() {
                dataSource.close();
                execute(maintenance, "drop database if exists " + name + " with (force)");
            }
        };
    }

    private static PGSimpleDataSource postgresql(String url, String user, String password) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }

    private static void execute(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
