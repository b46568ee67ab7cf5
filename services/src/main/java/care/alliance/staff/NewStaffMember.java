package care.alliance.staff;

/**
 * What clinic IT types to take a staff member on, as typed: the service checks every part. The
 * discipline is its name (PSYCHOTHERAPY…); an authenticator app may be required at first sign-in.
 */
public record NewStaffMember(String givenName, String familyName, String discipline, String credentials,
        String username, String email, boolean requireAuthenticatorApp) {
}
