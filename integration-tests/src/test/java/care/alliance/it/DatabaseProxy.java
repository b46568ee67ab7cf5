package care.alliance.it;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A TCP relay on 127.0.0.1 between Alliance and PostgreSQL, started once per test run before
 * Payara Micro, so that a test can take the database away as a restart does: every open
 * connection drops and new ones are refused, until it lets them through again. The machine's
 * PostgreSQL itself is never touched; other tests use it.
 */
public class DatabaseProxy implements BeforeAllCallback {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private static volatile Relay relay;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(DatabaseProxy.class, key -> start(), Relay.class);
    }

    /** The relay of this test run; the extension starts it before Payara Micro. */
    static Relay running() {
        if (relay == null) {
            throw new IllegalStateException("the database proxy is not running: the test class needs @ExtendWith(DatabaseProxy.class)");
        }
        return relay;
    }

    private static synchronized Relay start() {
        relay = new Relay(TestSettings.databaseProxyPort(), TestSettings.databasePort());
        relay.open();
        return relay;
    }

    /**
     * Relays each accepted connection to PostgreSQL: PostgreSQL's answers byte for byte, what
     * Alliance sends a protocol message at a time.
     */
    static final class Relay implements ExtensionContext.Store.CloseableResource {

        private final int port;
        private final int upstreamPort;
        private final Set<Socket> open = ConcurrentHashMap.newKeySet();
        private volatile ServerSocket listener;
        /** The statement whose transaction is to lose its connection as it commits; null when none is. */
        private final AtomicReference<String> cutAtCommitOf = new AtomicReference<>();
        private final AtomicInteger cutAtCommit = new AtomicInteger();

        Relay(int port, int upstreamPort) {
            this.port = port;
            this.upstreamPort = upstreamPort;
        }

        /** Listens again, as a database that has come back up. */
        synchronized void open() {
            if (listener != null) {
                return;
            }
            try {
                ServerSocket socket = new ServerSocket();
                // the port was closed moments ago; its connections may still be in TIME_WAIT
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress(LOOPBACK, port));
                listener = socket;
            } catch (IOException e) {
                throw new IllegalStateException("The database proxy cannot listen on 127.0.0.1:" + port
                        + " (set -Dit.database.proxy.port to a free port)", e);
            }
            Thread acceptor = new Thread(() -> accept(listener), "database-proxy-accept");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        /**
         * Takes the database away as a restart does: drops every open connection and refuses
         * new ones, since nothing listens on the port any more.
         */
        synchronized void cutOff() {
            ServerSocket socket = listener;
            listener = null;
            closeQuietly(socket);
            open.forEach(Relay::closeQuietly);
            open.clear();
        }

        /**
         * Drops the connection of the next transaction that sends SQL containing {@code words},
         * at the moment it sends COMMIT: the commit never reaches PostgreSQL, and Alliance learns
         * of it only as it commits, the way a database that goes away between a write and its
         * commit is met.
         */
        void cutAtCommitOf(String words) {
            cutAtCommitOf.set(words);
        }

        /** How many transactions {@link #cutAtCommitOf} has cut so far. */
        int cutAtCommit() {
            return cutAtCommit.get();
        }

        /** How many connections are being relayed now. */
        int openConnections() {
            // each relayed connection holds two sockets: Alliance's and PostgreSQL's
            return open.size() / 2;
        }

        @Override
        public void close() {
            cutOff();
        }

        private void accept(ServerSocket socket) {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    relay(client);
                } catch (IOException e) {
                    // closed by cutOff(), or one connection failed; either way the loop checks
                }
            }
        }

        private void relay(Socket client) {
            Socket server;
            try {
                server = new Socket(LOOPBACK, upstreamPort);
            } catch (IOException e) {
                closeQuietly(client);
                return;
            }
            try {
                // each protocol message is passed on whole and at once, not held back to fill a packet
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
            } catch (SocketException e) {
                closeQuietly(client);
                closeQuietly(server);
                return;
            }
            open.add(client);
            open.add(server);
            pump(client, server, "database-proxy-up", true);
            pump(server, client, "database-proxy-down", false);
        }

        private void pump(Socket from, Socket to, String name, boolean toDatabase) {
            Thread thread = new Thread(() -> {
                try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                    if (toDatabase) {
                        relayStatements(new StatementsToDatabase(in, from.getOutputStream()), new BufferedOutputStream(out));
                    } else {
                        in.transferTo(out);
                    }
                } catch (IOException e) {
                    // the other side went away, or the connection was cut off
                } finally {
                    closeQuietly(from);
                    closeQuietly(to);
                    open.remove(from);
                    open.remove(to);
                }
            }, name);
            thread.setDaemon(true);
            thread.start();
        }

        /** Passes on what Alliance sends a message at a time, and stops before the COMMIT of a transaction to cut. */
        private void relayStatements(StatementsToDatabase sent, OutputStream out) throws IOException {
            boolean wroteTheWords = false;
            for (StatementsToDatabase.Message message; (message = sent.next()) != null; ) {
                String words = cutAtCommitOf.get();
                if (words != null && message.sql() != null) {
                    wroteTheWords |= message.sql().contains(words);
                    if (wroteTheWords && message.commits() && cutAtCommitOf.compareAndSet(words, null)) {
                        cutAtCommit.incrementAndGet();
                        return;
                    }
                }
                message.writeTo(out);
                if (sent.nothingMoreYet()) {
                    out.flush();
                }
            }
        }

        private static void closeQuietly(Closeable closeable) {
            if (closeable == null) {
                return;
            }
            try {
                if (closeable instanceof Socket socket && !socket.isClosed()) {
                    // a reset, not a polite close: the peer learns at once that the connection is gone
                    socket.setSoLinger(true, 0);
                }
                closeable.close();
            } catch (SocketException e) {
                // already closed
            } catch (IOException e) {
                // nothing more to do with it
            }
        }
    }
}
