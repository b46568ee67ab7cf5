package care.alliance.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source for whichever database the JDBC URL names, PostgreSQL or H2, using the driver
 * packaged with the application. Clinic IT configures one URL; the container pools the
 * connections.
 */
public class ConfiguredDataSource implements DataSource {

    private String url;
    private String user;
    private String password;
    private int loginTimeout;

    public void setUrl(String url) {
        if (url == null || url.isBlank() || url.startsWith("${")) {
            throw new IllegalStateException("Alliance's database is not configured: set ALLIANCE_DB_URL"
                    + " to a JDBC URL such as jdbc:postgresql://db.clinic.example:5432/alliance.");
        }
        this.url = url;
    }

    public String getUrl() {
        return url;
    }

    public void setURL(String url) {
        setUrl(url);
    }

    public void setUser(String user) {
        this.user = user;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String secret) throws SQLException {
        Properties properties = new Properties();
        if (username != null && !username.isEmpty()) {
            properties.setProperty("user", username);
        }
        if (secret != null && !secret.isEmpty()) {
            properties.setProperty("password", secret);
        }
        if (url.startsWith("jdbc:postgresql:")) {
            // a batch of inserts (a page's audit events) travels as one multi-row statement
            properties.setProperty("reWriteBatchedInserts", "true");
            // No values in exceptions and the driver's log: PostgreSQL's "Detail: Key (…)=(…)" and a
            // failed batch's inlined parameters would put what people wrote into the server's log.
            properties.setProperty("logServerErrorDetail", "false");
        }
        Connection connection = driver().connect(url, properties);
        if (connection == null) {
            throw new SQLException("No database driver accepts the configured URL.");
        }
        return connection;
    }

    private Driver driver() throws SQLException {
        for (Driver driver : ServiceLoader.load(Driver.class, ConfiguredDataSource.class.getClassLoader())) {
            if (driver.acceptsURL(url)) {
                return driver;
            }
        }
        throw new SQLException("Alliance has no database driver for this URL; it supports PostgreSQL"
                + " (jdbc:postgresql:) and H2 (jdbc:h2:).");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // Drivers log through java.util.logging here; a log writer is not used.
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
