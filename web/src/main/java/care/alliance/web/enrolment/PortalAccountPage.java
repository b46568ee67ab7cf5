package care.alliance.web.enrolment;

import care.alliance.client.PortalAccount;
import care.alliance.client.PortalAccountHandedOver;
import care.alliance.client.PortalAccounts;
import care.alliance.web.forms.PageMessages;
import care.alliance.web.layout.RecordNumber;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * A client's portal account, for their care manager or clinic IT: open one (its temporary password
 * shown once, on this page, never again) or close it after confirming.
 */
@Named
@ViewScoped
public class PortalAccountPage implements Serializable {

    @Inject
    PortalAccounts portalAccounts;

    private String client;
    private long clientId;
    private PortalAccount account;
    private String username;
    private String email;
    private boolean confirmClose;
    private PortalAccountHandedOver opened;

    public void load() {
        clientId = client == null ? RecordNumber.inAddress("client") : RecordNumber.parse(client);
        account = portalAccounts.of(clientId);
    }

    public void open() {
        opened = PageMessages.attempt(() -> portalAccounts.open(clientId, username, email), "done.portalOpened");
        if (opened != null) {
            account = portalAccounts.of(clientId);
        }
    }

    public void close() {
        PortalAccount closed = PageMessages.attempt(() -> portalAccounts.close(clientId, confirmClose),
                "done.portalClosed");
        if (closed != null) {
            account = closed;
            confirmClose = false;
        }
    }

    /** What the page shows; loaded again when this bean was made anew mid-request (see RecordNumber.inAddress). */
    public PortalAccount getAccount() {
        if (account == null) {
            load();
        }
        return account;
    }

    public PortalAccountHandedOver getOpened() {
        return opened;
    }

    public String getClient() {
        return client;
    }

    public void setClient(String client) {
        this.client = client;
    }

    public long getClientId() {
        return clientId;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isConfirmClose() {
        return confirmClose;
    }

    public void setConfirmClose(boolean confirmClose) {
        this.confirmClose = confirmClose;
    }
}
