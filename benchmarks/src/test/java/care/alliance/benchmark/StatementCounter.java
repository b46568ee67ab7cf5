package care.alliance.benchmark;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the SQL statements Alliance sends to PostgreSQL, on the wire: Alliance reaches the
 * database through this loopback proxy, which reads the driver's protocol messages as they pass
 * (Parse, Bind, Execute; simple Query) and forwards every byte unchanged. It counts what reaches the
 * database, whoever sends it (Hibernate, Flyway or plain JDBC), without a line of benchmark code
 * in the product. Transaction control is counted apart: each BEGIN is one transaction.
 */
final class StatementCounter implements AutoCloseable {

    private static final int SSL_REQUEST = 80877103;
    private static final int GSS_REQUEST = 80877104;

    private final AtomicLong statements = new AtomicLong();
    private final AtomicLong writes = new AtomicLong();
    private final AtomicLong transactions = new AtomicLong();
    private final ServerSocket listening;
    private final int databasePort;
    private volatile boolean open = true;

    StatementCounter(int port, int databasePort) throws IOException {
        this.databasePort = databasePort;
        this.listening = new ServerSocket();
        listening.setReuseAddress(true);
        listening.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        Thread accepting = new Thread(this::accept, "statement-counter");
        accepting.setDaemon(true);
        accepting.start();
    }

    /** Statements, writes among them, and transactions so far. */
    Count count() {
        return new Count(statements.get(), writes.get(), transactions.get());
    }

    record Count(long statements, long writes, long transactions) {
        Count since(Count before) {
            return new Count(statements - before.statements, writes - before.writes, transactions - before.transactions);
        }
    }

    private void accept() {
        while (open) {
            try {
                Socket application = listening.accept();
                Socket database = new Socket(InetAddress.getLoopbackAddress(), databasePort);
                application.setTcpNoDelay(true);
                database.setTcpNoDelay(true);
                start(() -> readFrontend(application, database));
                start(() -> copy(database, application));
            } catch (IOException e) {
                if (open) {
                    System.err.println("statement counter: " + e.getMessage());
                }
            }
        }
    }

    private static void start(Runnable work) {
        Thread thread = new Thread(work, "statement-counter-connection");
        thread.setDaemon(true);
        thread.start();
    }

    private static void copy(Socket from, Socket to) {
        try (from; to) {
            from.getInputStream().transferTo(to.getOutputStream());
        } catch (IOException e) {
            // the connection closed
        }
    }

    /** Forwards the application's messages, reading each one's type and statement on the way. */
    private void readFrontend(Socket application, Socket database) {
        Map<String, String> prepared = new HashMap<>();
        Map<String, String> portals = new HashMap<>();
        try (application; database) {
            DataInputStream in = new DataInputStream(new BufferedInputStream(application.getInputStream(), 65536));
            OutputStream out = new BufferedOutputStream(database.getOutputStream(), 65536);
            // Untyped start-up messages: SSL or GSS requests (refused by the URL's sslmode=disable) and the start-up itself.
            while (true) {
                int length = in.readInt();
                byte[] body = in.readNBytes(length - 4);
                out.write(int32(length));
                out.write(body);
                out.flush();
                int code = ((body[0] & 0xff) << 24) | ((body[1] & 0xff) << 16) | ((body[2] & 0xff) << 8) | (body[3] & 0xff);
                if (code != SSL_REQUEST && code != GSS_REQUEST) {
                    break;
                }
            }
            while (true) {
                int type = in.read();
                if (type < 0) {
                    return;
                }
                int length = in.readInt();
                byte[] body = in.readNBytes(length - 4);
                if (body.length != length - 4) {
                    throw new EOFException();
                }
                switch (type) {
                    case 'P' -> {
                        String[] parts = cstrings(body, 2);
                        prepared.put(parts[0], parts[1]);
                    }
                    case 'B' -> {
                        String[] parts = cstrings(body, 2);
                        portals.put(parts[0], prepared.getOrDefault(parts[1], ""));
                    }
                    case 'E' -> counted(portals.getOrDefault(cstrings(body, 1)[0], ""));
                    case 'Q' -> counted(cstrings(body, 1)[0]);
                    default -> { }
                }
                out.write(type);
                out.write(int32(length));
                out.write(body);
                if (type == 'S' || type == 'Q' || type == 'H' || type == 'X' || type == 'p' || type == 'c' || type == 'f') {
                    out.flush();
                }
            }
        } catch (IOException e) {
            // the connection closed
        }
    }

    private void counted(String sql) {
        String statement = sql.strip().toLowerCase(Locale.ROOT);
        if (statement.isEmpty()) {
            return; // the pool's validation (Connection.isValid)
        }
        if (statement.startsWith("begin") || statement.startsWith("start transaction")) {
            transactions.incrementAndGet();
            return;
        }
        if (statement.startsWith("commit") || statement.startsWith("rollback") || statement.startsWith("savepoint")
                || statement.startsWith("release") || statement.startsWith("set ") || statement.startsWith("show ")) {
            return;
        }
        statements.incrementAndGet();
        if (statement.startsWith("insert") || statement.startsWith("update") || statement.startsWith("delete")) {
            writes.incrementAndGet();
        }
    }

    private static String[] cstrings(byte[] body, int count) {
        String[] strings = new String[count];
        int start = 0;
        for (int i = 0; i < count; i++) {
            int end = start;
            while (end < body.length && body[end] != 0) {
                end++;
            }
            strings[i] = new String(body, start, end - start, StandardCharsets.UTF_8);
            start = end + 1;
        }
        return strings;
    }

    private static byte[] int32(int value) {
        return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    }

    @Override
    public void close() throws IOException {
        open = false;
        listening.close();
    }
}
