package care.alliance.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Counts the connections Hibernate holds at once, as a pool would see them, and the statements it
 * prepares on them: for proving that a page view never holds a second connection for its audit
 * while the first is held, and reads the client's team once.
 */
public final class ConnectionCount {

    private final DataSource counted;
    private final AtomicInteger held = new AtomicInteger();
    private final AtomicInteger most = new AtomicInteger();
    private final List<String> prepared = new CopyOnWriteArrayList<>();

    ConnectionCount(DataSource dataSource) {
        this.counted = (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, arguments) -> {
                    Object result = invoke(dataSource, method, arguments);
                    return result instanceof Connection connection ? counting(connection) : result;
                });
    }

    DataSource dataSource() {
        return counted;
    }

    /** What the work did on the database's connections. */
    Watched watch(Runnable work) {
        most.set(held.get());
        prepared.clear();
        work.run();
        return new Watched(most.get(), List.copyOf(prepared));
    }

    /** The most connections held at once, and the SQL of every statement prepared, in order. */
    public record Watched(int mostConnectionsHeld, List<String> statements) {

        /** How many of the statements read or write the table. */
        public long on(String table) {
            return statements.stream().filter(sql -> sql.matches("(?s).*\\b" + table + "\\b.*")).count();
        }
    }

    private Connection counting(Connection connection) {
        most.accumulateAndGet(held.incrementAndGet(), Math::max);
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("close") && !connection.isClosed()) {
                        held.decrementAndGet();
                    }
                    if (method.getName().equals("prepareStatement")) {
                        prepared.add((String) arguments[0]);
                    }
                    return invoke(connection, method, arguments);
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
