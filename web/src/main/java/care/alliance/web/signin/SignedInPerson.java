package care.alliance.web.signin;

import care.alliance.access.Role;
import care.alliance.access.SignedInAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Arrays;
import java.util.Optional;

/**
 * The person signed in, as pages show them: name and role; their stable Keycloak id; and what
 * their home page is.
 */
@Named
@RequestScoped
public class SignedInPerson implements SignedInAccount {

    @Inject
    HttpServletRequest request;

    public boolean isSignedIn() {
        return signedIn().isPresent();
    }

    public String getName() {
        HttpSession session = request.getSession(false);
        Object name = session == null ? null : session.getAttribute(OpenIdSignIn.DISPLAY_NAME);
        return name instanceof String shown ? shown : request.getRemoteUser();
    }

    /**
     * The person's stable Keycloak id (the ID token's sub), which stays the same when their user
     * name changes: what links a person to their records.
     */
    @Override
    public Optional<String> accountId() {
        return signedIn().map(SignedIn::subject);
    }

    /** The first of the person's Alliance roles, read from the sign-in so error pages know it too. */
    public Optional<Role> role() {
        return signedIn().flatMap(signedIn -> Arrays.stream(Role.values())
                .filter(role -> signedIn.groups().contains(role.realmName())).findFirst());
    }

    private Optional<SignedIn> signedIn() {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(OpenIdSignIn.SIGNED_IN) instanceof SignedIn signedIn
                ? Optional.of(signedIn)
                : Optional.empty();
    }

    public boolean isClinician() {
        return role().map(Role::isClinician).orElse(false);
    }

    /** The role's name, for the header; a bundle turns it into words. */
    public String getRoleName() {
        return role().map(Role::realmName).orElse("none");
    }

    /** Each role lands on its own page: clinicians on their caseload, clients on their plan, the privacy officer on the audit. */
    public String getHomePage() {
        return role().map(role -> switch (role) {
            case CLIENT -> "/portal/my-plan.xhtml";
            case CLINIC_ADMIN -> "/admin/care-teams.xhtml";
            case PRIVACY_OFFICER -> "/privacy/audit.xhtml";
            default -> "/clinician/caseload.xhtml";
        }).orElse("/error/no-role.xhtml");
    }

    /** Sends whoever opens the start page on to their own home page. */
    public String goHome() {
        return getHomePage() + "?faces-redirect=true";
    }
}
