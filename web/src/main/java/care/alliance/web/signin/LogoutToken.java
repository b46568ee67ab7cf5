package care.alliance.web.signin;

/**
 * What a verified back-channel logout token says has ended: one Keycloak session (its sid) or,
 * when it names no session, every session of one person (their sub). Either may be missing, not both.
 */
record LogoutToken(String subject, String keycloakSession) {
}
