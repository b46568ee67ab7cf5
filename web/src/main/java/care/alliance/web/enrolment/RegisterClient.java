package care.alliance.web.enrolment;

import care.alliance.client.ClientRegistration;
import care.alliance.client.Language;
import care.alliance.client.NewClient;
import care.alliance.client.RegisteredClient;
import care.alliance.client.RegisteredWithPortalAccount;
import care.alliance.web.forms.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * "Register a client": the first step of enrolment; the client's care team opens next. With a user
 * name typed, a portal account opens with the client, and its temporary password is shown here once.
 */
@Named
@ViewScoped
public class RegisterClient implements Serializable {

    @Inject
    ClientRegistration registration;

    private String givenName;
    private String familyName;
    private String preferredName;
    private String pronouns;
    private LocalDate dateOfBirth;
    private Language language = Language.ENGLISH;
    private String recordNumber;
    private String username;
    private String email;
    private RegisteredWithPortalAccount registered;

    public String register() {
        if (username != null && !username.isBlank()) {
            registered = PageMessages.attempt(() -> registration.registerWithPortalAccount(new NewClient(givenName,
                    familyName, preferredName, pronouns, dateOfBirth, language, recordNumber), username, email),
                    "done.registeredWithPortal");
            return null;
        }
        RegisteredClient client = PageMessages.attempt(() -> registration.register(new NewClient(givenName,
                familyName, preferredName, pronouns, dateOfBirth, language, recordNumber)), "done.registered");
        return client == null ? null : "/enrolment/care-team?faces-redirect=true&client=" + client.clientId();
    }

    public RegisteredWithPortalAccount getRegistered() {
        return registered;
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

    public Language[] getLanguages() {
        return Language.values();
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
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

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public String getRecordNumber() {
        return recordNumber;
    }

    public void setRecordNumber(String recordNumber) {
        this.recordNumber = recordNumber;
    }
}
