package care.alliance.web.portal;

import care.alliance.client.PreferencesService;
import care.alliance.client.PreferencesView;
import care.alliance.team.CareTeamService;
import care.alliance.web.client.PreferencesForm;
import care.alliance.web.forms.PageMessages;
import care.alliance.web.layout.ReaderLanguage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * "How to work with me" in the portal: the client tells their team, in their own words, how they
 * want to be worked with; the language they choose is the one their pages speak from then on.
 */
@Named
@ViewScoped
public class MyPreferences implements Serializable {

    @Inject
    PreferencesService preferencesService;

    @Inject
    CareTeamService careTeamService;

    @Inject
    ReaderLanguage readerLanguage;

    private long clientId;
    private PreferencesForm form;

    public void load() {
        clientId = careTeamService.myCareTeam().clientId();
        form = PreferencesForm.of(preferencesService.preferencesOf(clientId));
    }

    public String save() {
        PreferencesView saved = PageMessages.attempt(() -> {
            PreferencesView changed = preferencesService.describe(clientId, form.getVersion(), form.getPreferredName(),
                    form.getPronouns(), form.getLanguage(), form.toPreferences());
            // the thanks, and every page from now on, in the language just chosen
            readerLanguage.use(changed.language().tag());
            return changed;
        }, "done.portal.preferences");
        return saved == null ? null : "/portal/preferences?faces-redirect=true";
    }

    public PreferencesForm getForm() {
        if (form == null) {
            // this bean was made anew mid-request (see RecordNumber.inAddress)
            load();
        }
        return form;
    }
}
