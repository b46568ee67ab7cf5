package care.alliance.web.client;

import care.alliance.client.Language;
import care.alliance.client.PreferencesView;
import care.alliance.client.WorkingPreferences;
import care.alliance.client.WorkingPreferences.Directness;
import care.alliance.client.WorkingPreferences.Formality;
import care.alliance.client.WorkingPreferences.Pace;
import care.alliance.client.WorkingPreferences.Support;
import java.io.Serializable;

/** The "how to work with me" form as the client or their team fills it in. */
public class PreferencesForm implements Serializable {

    private long version;
    private String preferredName;
    private String pronouns;
    private Language language = Language.ENGLISH;
    private Pace pace;
    private Directness directness;
    private Formality formality;
    private Support support;
    private String helpedBefore;
    private String didNotHelp;
    private String cultureAndIdentity;
    private String accessibilityNeeds;

    public static PreferencesForm of(PreferencesView said) {
        PreferencesForm form = new PreferencesForm();
        form.version = said.version();
        form.preferredName = said.preferredName();
        form.pronouns = said.pronouns();
        form.language = said.language();
        form.pace = said.pace();
        form.directness = said.directness();
        form.formality = said.formality();
        form.support = said.support();
        form.helpedBefore = said.helpedBefore();
        form.didNotHelp = said.didNotHelp();
        form.cultureAndIdentity = said.cultureAndIdentity();
        form.accessibilityNeeds = said.accessibilityNeeds();
        return form;
    }

    public WorkingPreferences toPreferences() {
        return new WorkingPreferences(pace, directness, formality, support, helpedBefore, didNotHelp,
                cultureAndIdentity, accessibilityNeeds);
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public Pace[] getPaces() {
        return Pace.values();
    }

    public Directness[] getDirectnesses() {
        return Directness.values();
    }

    public Formality[] getFormalities() {
        return Formality.values();
    }

    public Support[] getSupports() {
        return Support.values();
    }

    public long getVersion() {
        return version;
    }

    public String getPreferredName() {
        return preferredName;
    }

    public void setPreferredName(String preferredName) {
        this.preferredName = preferredName;
    }

    public String getPronouns() {
        return pronouns;
    }

    public void setPronouns(String pronouns) {
        this.pronouns = pronouns;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public Pace getPace() {
        return pace;
    }

    public void setPace(Pace pace) {
        this.pace = pace;
    }

    public Directness getDirectness() {
        return directness;
    }

    public void setDirectness(Directness directness) {
        this.directness = directness;
    }

    public Formality getFormality() {
        return formality;
    }

    public void setFormality(Formality formality) {
        this.formality = formality;
    }

    public Support getSupport() {
        return support;
    }

    public void setSupport(Support support) {
        this.support = support;
    }

    public String getHelpedBefore() {
        return helpedBefore;
    }

    public void setHelpedBefore(String helpedBefore) {
        this.helpedBefore = helpedBefore;
    }

    public String getDidNotHelp() {
        return didNotHelp;
    }

    public void setDidNotHelp(String didNotHelp) {
        this.didNotHelp = didNotHelp;
    }

    public String getCultureAndIdentity() {
        return cultureAndIdentity;
    }

    public void setCultureAndIdentity(String cultureAndIdentity) {
        this.cultureAndIdentity = cultureAndIdentity;
    }

    public String getAccessibilityNeeds() {
        return accessibilityNeeds;
    }

    public void setAccessibilityNeeds(String accessibilityNeeds) {
        this.accessibilityNeeds = accessibilityNeeds;
    }
}
