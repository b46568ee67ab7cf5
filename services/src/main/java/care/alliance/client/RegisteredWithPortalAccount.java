package care.alliance.client;

import java.io.Serializable;

/** A client just registered, with the portal account opened for them at the same time. */
public record RegisteredWithPortalAccount(RegisteredClient client, PortalAccountHandedOver account) implements Serializable {
}
