package care.alliance.client;

import java.io.Serializable;

/** A client just registered: their number in Alliance, the name the team calls them and their record number. */
public record RegisteredClient(long clientId, String displayName, String recordNumber) implements Serializable {
}
