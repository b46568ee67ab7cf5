package care.alliance.web.client;

import care.alliance.client.PreferencesService;
import care.alliance.client.PreferencesView;
import care.alliance.web.forms.PageMessages;
import care.alliance.web.layout.RecordNumber;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The team records a client's "how to work with me" with them, from the client's plan. */
@Named
@ViewScoped
public class ClientPreferences implements Serializable {

    @Inject
    PreferencesService preferencesService;

    private String client;
    private long clientId;
    private PreferencesView said;
    private PreferencesForm form;

    public void load() {
        clientId = client == null ? RecordNumber.inAddress("client") : RecordNumber.parse(client);
        said = preferencesService.preferencesOf(clientId);
        form = PreferencesForm.of(said);
    }

    public String save() {
        PreferencesView saved = PageMessages.attempt(() -> preferencesService.describe(clientId, form.getVersion(),
                form.getPreferredName(), form.getPronouns(), form.getLanguage(), form.toPreferences()),
                "done.preferences");
        return saved == null ? null
                : "/clinician/care-plan?faces-redirect=true&client=" + clientId;
    }

    public String getClient() {
        return client;
    }

    public void setClient(String client) {
        this.client = client;
    }

    public long getClientId() {
        return loaded().clientId;
    }

    public PreferencesView getSaid() {
        return loaded().said;
    }

    public PreferencesForm getForm() {
        return loaded().form;
    }

    /** Loads the page again when this bean was made anew mid-request (see RecordNumber.inAddress). */
    private ClientPreferences loaded() {
        if (said == null) {
            load();
        }
        return this;
    }
}
