package care.alliance.web.admin;

import care.alliance.staff.AccountHandedOver;
import care.alliance.staff.NewStaffMember;
import care.alliance.staff.StaffAdministration;
import care.alliance.team.Discipline;
import care.alliance.web.forms.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * "Add a staff member": clinic IT types who they are, Alliance opens their Keycloak account and
 * shows its temporary password this once, on this page, never again.
 */
@Named
@ViewScoped
public class AddStaffMember implements Serializable {

    @Inject
    StaffAdministration administration;

    private String givenName;
    private String familyName;
    private String discipline;
    private String credentials;
    private String username;
    private String email;
    private boolean requireAuthenticatorApp;
    private AccountHandedOver added;

    public void add() {
        added = PageMessages.attempt(() -> administration.add(new NewStaffMember(givenName, familyName, discipline,
                credentials, username, email, requireAuthenticatorApp)), "done.staffAdded");
    }

    public List<Discipline> getDisciplines() {
        return List.of(Discipline.values());
    }

    public AccountHandedOver getAdded() {
        return added;
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

    public String getDiscipline() {
        return discipline;
    }

    public void setDiscipline(String discipline) {
        this.discipline = discipline;
    }

    public String getCredentials() {
        return credentials;
    }

    public void setCredentials(String credentials) {
        this.credentials = credentials;
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

    public boolean isRequireAuthenticatorApp() {
        return requireAuthenticatorApp;
    }

    public void setRequireAuthenticatorApp(boolean requireAuthenticatorApp) {
        this.requireAuthenticatorApp = requireAuthenticatorApp;
    }
}
