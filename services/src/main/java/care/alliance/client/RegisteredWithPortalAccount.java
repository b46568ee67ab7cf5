package care.alliance.client;

/** A client just registered, with the portal account opened for them at the same time. */
public record RegisteredWithPortalAccount(RegisteredClient client, PortalAccountHandedOver account) {
}
