package care.alliance.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.alliance.testing.ThrowawayDatabase;
import care.alliance.testing.Together;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import javax.sql.DataSource;

/**
 * Two nodes of a cluster start at the same moment on an empty database: each migration is applied
 * once, and one node applies them all, in order, while the other waits and then finds nothing left.
 * On PostgreSQL only, the database a cluster's nodes share (the embedded H2 serves one node).
 */
@Tag("cluster")
class MigrationOnTwoNodesAtOnceTest {

    private static final Duration COMMIT_PAUSE = Duration.ofMillis(250);

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void oneNodeMigratesTheWholeSchemaWhileTheOtherWaits() throws Exception {
        ThrowawayDatabase database = ThrowawayDatabase.asConfigured();
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Together starting = Together.of(2);
            List<Future<Integer>> migrated = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                migrated.add(nodes.submit(() -> {
                    DatabaseSchema schema = new DatabaseSchema(slowAfterEachCommit(database.dataSource()));
                    starting.waitForEveryone();
                    return schema.migrate();
                }));
            }
            List<Integer> applied = new ArrayList<>();
            for (Future<Integer> node : migrated) {
                applied.add(node.get(90, TimeUnit.SECONDS));
            }
            starting.assertEveryoneArrived();

            List<String> history = query(database, "select coalesce(version, description) from flyway_schema_history"
                    + " where success and type <> 'SCHEMA' order by installed_rank");
            List<String> versions = query(database, "select version from flyway_schema_history"
                    + " where version is not null order by installed_rank");
            assertEquals(history.size(), applied.get(0) + applied.get(1), "each migration applied once: " + applied);
            assertEquals(history.stream().distinct().toList(), history, "no migration twice");
            assertTrue(applied.contains(0), "one node applied them all, the other none: " + applied);
            assertEquals(versions.stream().sorted(Comparator.comparing(Integer::valueOf)).toList(), versions,
                    "applied in the order of their versions");
        } finally {
            nodes.shutdownNow();
            database.remove();
        }
    }

    /**
     * The database as a busy server answers: each commit returns late. Flyway's own lock lasts one
     * migration's transaction, so the pause leaves it free between two migrations, and a node that
     * only had that lock took its turn there.
     */
    private static DataSource slowAfterEachCommit(DataSource dataSource) {
        return proxy(DataSource.class, dataSource, (method, result) -> result instanceof Connection connection
                ? proxy(Connection.class, connection, (call, nothing) -> {
                    if (call.getName().equals("commit")) {
                        Thread.sleep(COMMIT_PAUSE.toMillis());
                    }
                    return nothing;
                })
                : result);
    }

    private interface AfterCall {
        Object answer(Method method, Object result) throws Exception;
    }

    private static <T> T proxy(Class<T> type, T target, AfterCall after) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, arguments) -> {
            try {
                return after.answer(method, method.invoke(target, arguments));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }

    private static List<String> query(ThrowawayDatabase database, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
