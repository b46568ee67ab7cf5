package care.alliance.account;

import care.alliance.access.Role;
import care.alliance.access.ServiceWords;
import care.alliance.monitoring.LoggedFailure;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.client.jaxrs.ResteasyClient;
import org.jboss.resteasy.client.jaxrs.internal.ResteasyClientBuilderImpl;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The clinic's accounts in Keycloak, through its admin REST API as Alliance's service account (the
 * realm's confidential client {@code alliance-admin}, which may only manage users). The realm and
 * Keycloak's address are those of the sign-in (ALLIANCE_OIDC_PROVIDER); the service account's
 * secret is ALLIANCE_KEYCLOAK_ADMIN_CLIENT_SECRET.
 *
 * <p>Payara runs Jersey; the admin client needs RESTEasy, which the WAR carries. So that neither
 * picks up the other through the JAX-RS service lookup ({@code ClientBuilder.newBuilder()}, which
 * would find whichever comes first), the RESTEasy client is built here by its own class, which
 * gives it a client provider factory of its own: Jersey stays Payara's JAX-RS, and the admin client
 * gets RESTEasy with Keycloak's Jackson set-up.
 *
 * <p>A role is found among the roles the account may be given ({@code listAvailable}), which the
 * service account may read with view-users, so it needs no right to read the realm's settings.
 */
@ApplicationScoped
public class KeycloakAccounts implements ClinicAccounts {

    private static final Logger LOG = Logger.getLogger(KeycloakAccounts.class.getName());
    private static final String REALMS = "/realms/";

    @Inject
    @ConfigProperty(name = "alliance.oidc.provider")
    String provider;

    @Inject
    @ConfigProperty(name = "alliance.keycloak.admin-client-id", defaultValue = "alliance-admin")
    String clientId;

    @Inject
    @ConfigProperty(name = "alliance.keycloak.admin-client-secret")
    Optional<String> clientSecret;

    private Keycloak keycloak;

    @Override
    public String open(NewAccount account, Role role, TemporaryPassword password, boolean requireAuthenticatorApp) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(account.username().value());
        if (account.email() != null) {
            user.setEmail(account.email().value());
            user.setEmailVerified(true);
        }
        user.setFirstName(account.name().given());
        user.setLastName(account.name().family());
        user.setEnabled(true);
        user.setCredentials(List.of(temporary(password)));
        List<String> actions = new ArrayList<>(List.of("UPDATE_PASSWORD"));
        if (requireAuthenticatorApp) {
            actions.add("CONFIGURE_TOTP");
        }
        user.setRequiredActions(actions);
        String id = call("open an account", () -> {
            try (Response created = realm().users().create(user)) {
                refuseUnlessCreated(created);
                return CreatedResponseUtil.getCreatedId(created);
            }
        });
        try {
            call("give the account its role", () -> {
                UserResource opened = realm().users().get(id);
                opened.roles().realmLevel().add(List.of(realmRole(opened, role)));
                return null;
            });
        } catch (RuntimeException roleRefused) {
            // No account without its role: take back the one just opened.
            remove(id);
            throw roleRefused;
        }
        return id;
    }

    @Override
    public void changeRole(String accountId, Role from, Role to) {
        call("change the account's role", () -> {
            UserResource user = realm().users().get(accountId);
            RoleRepresentation newRole = realmRole(user, to);
            user.roles().realmLevel().add(List.of(newRole));
            List<RoleRepresentation> old = user.roles().realmLevel().listAll().stream()
                    .filter(held -> held.getName().equals(from.realmName()))
                    .toList();
            if (!old.isEmpty()) {
                user.roles().realmLevel().remove(old);
            }
            return null;
        });
    }

    @Override
    public void resetPassword(String accountId, TemporaryPassword password) {
        call("reset the password", () -> {
            realm().users().get(accountId).resetPassword(temporary(password));
            return null;
        });
    }

    @Override
    public void close(String accountId) {
        call("close the account", () -> {
            UserResource user = realm().users().get(accountId);
            UserRepresentation closed = user.toRepresentation();
            closed.setEnabled(false);
            user.update(closed);
            user.logout();
            return null;
        });
    }

    @Override
    public void remove(String accountId) {
        try {
            call("remove the account", () -> {
                try (Response removed = realm().users().delete(accountId)) {
                    if (removed.getStatus() != 204 && removed.getStatus() != 404) {
                        throw new WebApplicationException(removed.getStatus());
                    }
                }
                return null;
            });
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "An account opened a moment ago could not be removed: {0}; remove it in Keycloak",
                    accountId);
            throw e;
        }
    }

    private RoleRepresentation realmRole(UserResource user, Role role) {
        return user.roles().realmLevel().listAvailable().stream()
                .filter(available -> available.getName().equals(role.realmName()))
                .findFirst()
                .orElseGet(() -> user.roles().realmLevel().listAll().stream()
                        .filter(held -> held.getName().equals(role.realmName()))
                        .findFirst()
                        .orElseThrow(() -> new AccountsUnavailable("the realm has no role " + role.realmName(), null)));
    }

    private static void refuseUnlessCreated(Response created) {
        int status = created.getStatus();
        if (status == 201) {
            return;
        }
        String answer = created.hasEntity() ? created.readEntity(String.class) : "";
        String said = answer.toLowerCase(Locale.ROOT);
        if (status == 409) {
            throw said.contains("email")
                    ? new AccountRefused(ServiceWords.say("accounts.emailTaken"), "email")
                    : new AccountRefused(ServiceWords.say("accounts.usernameTaken"), "username");
        }
        if (status == 400) {
            if (said.contains("password")) {
                throw new AccountsUnavailable("Keycloak refused the temporary password: " + answer, null);
            }
            throw said.contains("email")
                    ? new AccountRefused(ServiceWords.say("accounts.emailRefused"), "email")
                    : new AccountRefused(ServiceWords.say("accounts.usernameRefused"), "username");
        }
        throw new WebApplicationException(status);
    }

    private static CredentialRepresentation temporary(TemporaryPassword password) {
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setTemporary(true);
        credential.setValue(password.reveal());
        return credential;
    }

    private interface Call<T> {
        T run();
    }

    /** Keycloak away, or refusing Alliance's service account, is one answer: nothing was done. */
    private <T> T call(String what, Call<T> call) {
        try {
            return call.run();
        } catch (AccountRefused | AccountsUnavailable refused) {
            throw refused;
        } catch (WebApplicationException e) {
            LOG.log(Level.WARNING, "Keycloak answered {0} when Alliance tried to {1}", new Object[] {
                e.getResponse().getStatus(), what});
            throw new AccountsUnavailable("Keycloak answered " + e.getResponse().getStatus() + " to " + what, e);
        } catch (ProcessingException e) {
            LOG.log(Level.WARNING, "Keycloak could not be reached to {0}: {1}", new Object[] {what, e.getMessage()});
            throw new AccountsUnavailable("Keycloak could not be reached to " + what + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // Whatever else the admin client throws, nothing was done: say so rather than fail.
            // The admin client's messages may quote the account it sent: a person's name, an email address.
            LOG.log(Level.WARNING, "Keycloak's admin client failed to " + what, LoggedFailure.of(e));
            throw new AccountsUnavailable("the admin client failed to " + what + ": " + e, e);
        }
    }

    private synchronized RealmResource realm() {
        if (keycloak == null) {
            keycloak = KeycloakBuilder.builder()
                    .serverUrl(serverUrl())
                    .realm(realmName())
                    .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                    .clientId(clientId)
                    .clientSecret(clientSecret.orElseThrow(() -> new AccountsUnavailable(
                            "ALLIANCE_KEYCLOAK_ADMIN_CLIENT_SECRET is not set", null)))
                    .resteasyClient(resteasyClient())
                    .build();
        }
        return keycloak.realm(realmName());
    }

    private static ResteasyClient resteasyClient() {
        // RESTEasy's builder, by its class: it makes a client provider factory of its own with
        // RESTEasy's built-in providers (handing it one through providerFactory(…) fails in 6.2).
        return (ResteasyClient) new ResteasyClientBuilderImpl()
                .register(new JacksonProvider())
                .connectTimeout(5, TimeUnit.SECONDS)
                .readTimeout(15, TimeUnit.SECONDS)
                .connectionPoolSize(8)
                .build();
    }

    private String serverUrl() {
        int realms = provider.indexOf(REALMS);
        if (realms < 0) {
            throw new AccountsUnavailable("ALLIANCE_OIDC_PROVIDER is not a Keycloak realm address: " + provider, null);
        }
        return provider.substring(0, realms);
    }

    private String realmName() {
        String realm = provider.substring(provider.indexOf(REALMS) + REALMS.length());
        return realm.endsWith("/") ? realm.substring(0, realm.length() - 1) : realm;
    }

    @PreDestroy
    synchronized void disconnect() {
        if (keycloak != null) {
            keycloak.close();
        }
    }
}
