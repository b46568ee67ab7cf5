package care.alliance.web.signin;

/** The provider's answer could not be trusted or understood; the person has to sign in again. */
class SignInFailed extends Exception {

    SignInFailed(String reason) {
        super(reason);
    }

    SignInFailed(String reason, Throwable cause) {
        super(reason, cause);
    }
}
