package care.alliance.it;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * What a PostgreSQL client sends, read one message of the wire protocol (version 3) at a time,
 * with the SQL each message runs: the text of a simple query or a Parse, and for a Bind the text
 * its prepared statement was parsed from (the driver names statements it runs often and then sends
 * only the name). Encryption is refused, as by a server without TLS, so that the SQL can be read.
 */
final class StatementsToDatabase {

    private static final int ENCRYPTION_REQUEST = 80877103;
    private static final int GSS_ENCRYPTION_REQUEST = 80877104;

    /** One message: its type (0 for the untyped start-up message) and its body after the length. */
    record Message(int type, byte[] body, String sql) {

        /** Whether running it ends the transaction by committing it. */
        boolean commits() {
            return sql != null && sql.strip().equalsIgnoreCase("COMMIT");
        }

        void writeTo(OutputStream out) throws IOException {
            DataOutputStream data = new DataOutputStream(out);
            if (type != 0) {
                data.writeByte(type);
            }
            data.writeInt(body.length + 4);
            data.write(body);
        }
    }

    private final DataInputStream in;
    private final OutputStream toClient;
    private final Map<String, String> parsed = new HashMap<>();
    private boolean started;

    StatementsToDatabase(InputStream fromClient, OutputStream toClient) {
        this.in = new DataInputStream(new BufferedInputStream(fromClient));
        this.toClient = toClient;
    }

    /** The next message, or null when the client has closed the connection. */
    Message next() throws IOException {
        while (!started) {
            int length = in.readInt();
            byte[] body = in.readNBytes(length - 4);
            int code = ((body[0] & 0xff) << 24) | ((body[1] & 0xff) << 16) | ((body[2] & 0xff) << 8) | (body[3] & 0xff);
            if (code == ENCRYPTION_REQUEST || code == GSS_ENCRYPTION_REQUEST) {
                toClient.write('N');
                toClient.flush();
                continue;
            }
            started = true;
            return new Message(0, body, null);
        }
        int type = in.read();
        if (type < 0) {
            return null;
        }
        int length = in.readInt();
        byte[] body = in.readNBytes(length - 4);
        return new Message(type, body, sqlOf(type, body));
    }

    /** Whether everything the client has sent so far has been read. */
    boolean nothingMoreYet() throws IOException {
        return in.available() == 0;
    }

    private String sqlOf(int type, byte[] body) {
        return switch (type) {
            case 'Q' -> text(body, 0);
            case 'P' -> {
                String name = text(body, 0);
                String sql = text(body, name.getBytes(StandardCharsets.UTF_8).length + 1);
                parsed.put(name, sql);
                yield sql;
            }
            case 'B' -> {
                String portal = text(body, 0);
                yield parsed.get(text(body, portal.getBytes(StandardCharsets.UTF_8).length + 1));
            }
            default -> null;
        };
    }

    /** The zero-ended UTF-8 string that starts at {@code from}. */
    private static String text(byte[] body, int from) {
        int end = from;
        while (end < body.length && body[end] != 0) {
            end++;
        }
        return new String(body, from, end - from, StandardCharsets.UTF_8);
    }
}
