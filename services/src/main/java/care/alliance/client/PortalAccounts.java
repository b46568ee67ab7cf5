package care.alliance.client;

import care.alliance.access.AccessPolicy;
import care.alliance.access.AccessRefused;
import care.alliance.access.Caller;
import care.alliance.access.Decision;
import care.alliance.access.NotFound;
import care.alliance.access.Role;
import care.alliance.access.ServiceWords;
import care.alliance.access.SignedInCaller;
import care.alliance.account.AuditedAccountCalls;
import care.alliance.account.ClinicAccounts;
import care.alliance.account.EmailAddress;
import care.alliance.account.NewAccount;
import care.alliance.account.OpenSessions;
import care.alliance.account.TemporaryPassword;
import care.alliance.account.Username;
import care.alliance.audit.AuditTrail;
import care.alliance.rules.ChangeRefused;
import care.alliance.rules.InvalidInput;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.function.Supplier;

/**
 * Clients' portal accounts: a Keycloak account with the client realm role, opened by a care manager
 * or clinic IT ({@link AccessPolicy#mayManagePortalAccount}) at registration or later, and closed
 * again. A client has one portal account at a time. Every attempt is audited. Nothing is half-made:
 * the account is opened first and taken back if the client's link to it cannot be saved or its
 * transaction does not commit; closing saves the unlinking before Keycloak is asked, and Keycloak's
 * refusal rolls it back.
 */
@Stateless
@DeclareRoles({"psychiatrist", "primary-care", "therapist", "care-manager", "client", "clinic-admin"})
public class PortalAccounts {

    static final String VIEW_PORTAL_ACCOUNT = "VIEW_PORTAL_ACCOUNT";
    static final String OPEN_PORTAL_ACCOUNT = "OPEN_PORTAL_ACCOUNT";
    static final String CLOSE_PORTAL_ACCOUNT = "CLOSE_PORTAL_ACCOUNT";

    private static final String CLIENT = "Client";

    @Inject
    Clients clients;

    @Inject
    ClinicAccounts accounts;

    @Inject
    OpenSessions sessions;

    @Inject
    SignedInCaller signedIn;

    @Inject
    AuditTrail audit;

    /** The container's transactions, to take a new account back when the client's link is not committed. */
    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The client's portal account, if they have one, without any clinical content. */
    public PortalAccount of(long clientId) {
        Caller caller = signedIn.current();
        Decision decision = require(caller, VIEW_PORTAL_ACCOUNT, clientId);
        Client client = found(caller, VIEW_PORTAL_ACCOUNT, clientId, false);
        audit.record(List.of(audit.event(caller, VIEW_PORTAL_ACCOUNT, decision).record(CLIENT, clientId).build()));
        return view(client);
    }

    /**
     * Opens a portal account for the client with the user name typed and, if given, an email
     * address; the temporary password is returned to be shown once, and must be changed at the
     * client's first sign-in.
     */
    public PortalAccountHandedOver open(long clientId, String typedUsername, String typedEmail) {
        Caller caller = signedIn.current();
        Decision decision = require(caller, OPEN_PORTAL_ACCOUNT, clientId);
        Username username;
        EmailAddress email;
        try {
            username = Username.typed(typedUsername);
            email = typedEmail == null || typedEmail.isBlank() ? null : EmailAddress.typed(typedEmail);
        } catch (InvalidInput refused) {
            audit.record(List.of(audit.event(caller, OPEN_PORTAL_ACCOUNT, ClientRegistration.notTaken(refused))
                    .record(CLIENT, clientId).build()));
            throw refused;
        }
        Client client = found(caller, OPEN_PORTAL_ACCOUNT, clientId, true);
        String who = username.value() + " for client " + clientId;
        if (client.portalAccountId().isPresent()) {
            throw refused(caller, OPEN_PORTAL_ACCOUNT, clientId, who, new ChangeRefused(
                    ServiceWords.say("portal.alreadyOpen", client.displayName(), client.portalUsername().orElse(""))));
        }
        TemporaryPassword password = TemporaryPassword.generate();
        String accountId = withKeycloak(caller, OPEN_PORTAL_ACCOUNT, clientId, who,
                () -> accounts.open(new NewAccount(username, client.legalName(), email), Role.CLIENT, password, false));
        takeBackUnlessCommitted(accountId);
        try {
            client.linkPortalAccount(accountId, username.value());
            clients.flush();
        } catch (RuntimeException notSaved) {
            // No account without its client: take back the one just opened.
            accounts.remove(accountId);
            throw refused(caller, OPEN_PORTAL_ACCOUNT, clientId, who,
                    new ChangeRefused(ServiceWords.say("portal.notSaved")));
        }
        audit.record(List.of(audit.event(caller, OPEN_PORTAL_ACCOUNT, decision).record(CLIENT, clientId)
                .client(clientId).reason("opened portal account " + who).build()));
        return new PortalAccountHandedOver(clientId, client.displayName(), username.value(), password.reveal());
    }

    /**
     * Closes the client's portal account: it is disabled in Keycloak with its sessions, their open
     * Alliance sessions end now, and the client keeps their plan, team and records. Confirmed first.
     */
    public PortalAccount close(long clientId, boolean confirmed) {
        Caller caller = signedIn.current();
        Decision decision = require(caller, CLOSE_PORTAL_ACCOUNT, clientId);
        if (!confirmed) {
            throw new InvalidInput(ServiceWords.say("portal.confirmClose"), "confirmClose");
        }
        Client client = found(caller, CLOSE_PORTAL_ACCOUNT, clientId, true);
        String accountId = client.portalAccountId().orElseThrow(() -> refused(caller, CLOSE_PORTAL_ACCOUNT, clientId,
                "client " + clientId, new ChangeRefused(ServiceWords.say("portal.noneOpen", client.displayName()))));
        String who = client.portalUsername().orElse(accountId) + " of client " + clientId;
        client.unlinkPortalAccount();
        clients.flush();
        withKeycloak(caller, CLOSE_PORTAL_ACCOUNT, clientId, who, () -> {
            accounts.close(accountId);
            return null;
        });
        int ended = sessions.endAllOf(accountId);
        audit.record(List.of(audit.event(caller, CLOSE_PORTAL_ACCOUNT, decision).record(CLIENT, clientId)
                .client(clientId).reason("closed portal account " + who + ", ending " + ended + " session(s)").build()));
        return view(client);
    }

    private static PortalAccount view(Client client) {
        return new PortalAccount(client.id(), client.displayName(),
                client.recordNumber().map(RecordNumber::value).orElse(""), client.portalUsername());
    }

    /** Should the transaction still fail as late as its commit, the account opened for it is taken back then. */
    private void takeBackUnlessCommitted(String accountId) {
        if (transactions == null) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before; only the outcome matters
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    try {
                        accounts.remove(accountId);
                    } catch (RuntimeException alreadyLogged) {
                        // the transaction is over: nobody is left to tell but the log, where it is
                    }
                }
            }
        });
    }

    private Client found(Caller caller, String action, long clientId, boolean forChange) {
        return (forChange ? clients.findForChange(clientId) : clients.find(clientId)).orElseThrow(() -> {
            audit.record(List.of(audit.event(caller, action, Decision.refuse("no client with this number"))
                    .record(CLIENT, clientId).build()));
            return new NotFound(ServiceWords.say("portal.clientNotFound"));
        });
    }

    private <T> T withKeycloak(Caller caller, String action, long clientId, String who, Supplier<T> call) {
        return AuditedAccountCalls.withKeycloak(audit, caller, action, CLIENT, clientId, who, call);
    }

    private <E extends RuntimeException> E refused(Caller caller, String action, long clientId, String who, E refusal) {
        return AuditedAccountCalls.refused(audit, caller, action, CLIENT, clientId, who, refusal);
    }

    private Decision require(Caller caller, String action, long clientId) {
        Decision decision = AccessPolicy.mayManagePortalAccount(caller);
        if (!decision.allowed()) {
            audit.record(List.of(audit.event(caller, action, decision).record(CLIENT, clientId).build()));
            throw new AccessRefused(ServiceWords.say("portal.roleDoesNotAllow"));
        }
        return decision;
    }
}
