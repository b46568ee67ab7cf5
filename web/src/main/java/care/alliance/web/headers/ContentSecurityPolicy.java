package care.alliance.web.headers;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Alliance's Content-Security-Policy: everything from Alliance itself, scripts only from Alliance
 * or inline with the page's nonce, forms sent only to Alliance and to the Keycloak realm (sign-out
 * is a form whose answer goes on to Keycloak), never framed, no plug-ins, no other base address.
 *
 * <p>PrimeFaces, with {@code primefaces.CSP} on, puts a nonce on every script it writes and turns
 * inline event handlers into nonce'd scripts, and sends a policy naming that nonce. Alliance sends
 * this policy instead, with PrimeFaces' nonce in it ({@link #withNonceOf}), so that a page has
 * exactly one policy and it is this one.
 *
 * <p>Styles allow 'unsafe-inline': PrimeFaces writes style attributes into its components' markup
 * (a data table's paginator, the widths of the rating bars) and its widgets add more when an ajax
 * update is put into the page; a nonce covers only elements, not attributes. A style cannot run a
 * script, and scripts, which can, stay tied to the nonce.
 */
public final class ContentSecurityPolicy {

    /** The header's name. */
    public static final String HEADER = "Content-Security-Policy";

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/_=-]+)'");

    private final String signInOrigin;
    private final String nonce;

    private ContentSecurityPolicy(String signInOrigin, String nonce) {
        this.signInOrigin = signInOrigin;
        this.nonce = nonce;
    }

    /** The policy for pages of an Alliance that signs people in at this realm ({@code https://sso.example/realms/alliance}). */
    public static ContentSecurityPolicy signingInAt(String realm) {
        URI uri = URI.create(realm);
        String origin = uri.getScheme() + "://" + uri.getRawAuthority();
        return new ContentSecurityPolicy(origin, null);
    }

    /**
     * The same policy with the nonce PrimeFaces named in its own policy; without one, scripts
     * from Alliance's own address only.
     */
    public ContentSecurityPolicy withNonceOf(String primeFacesPolicy) {
        Matcher named = NONCE.matcher(primeFacesPolicy == null ? "" : primeFacesPolicy);
        return new ContentSecurityPolicy(signInOrigin, named.find() ? named.group(1) : null);
    }

    public Optional<String> nonce() {
        return Optional.ofNullable(nonce);
    }

    @Override
    public String toString() {
        return "default-src 'self'; "
                + "script-src 'self'" + (nonce == null ? "" : " 'nonce-" + nonce + "'") + "; "
                + "style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; "
                + "frame-ancestors 'none'; "
                + "form-action 'self' " + signInOrigin + "; "
                + "base-uri 'self'; "
                + "object-src 'none'";
    }
}
