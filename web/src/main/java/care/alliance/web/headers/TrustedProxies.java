package care.alliance.web.headers;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The proxies clinic IT puts in front of Alliance (ALLIANCE_TRUSTED_PROXIES), and from them where
 * a request really came from, for the audit's "from where". Anyone can send X-Forwarded-For, so
 * it counts only when the direct peer is one of these proxies, and then only its right-most
 * address that is not itself a trusted proxy: each proxy appends the address it was reached
 * from, so everything to the left of that was written by the client and may be made up.
 */
public final class TrustedProxies {

    private final Set<String> addresses;

    private TrustedProxies(Set<String> addresses) {
        this.addresses = addresses;
    }

    /** None: the direct peer is always the address, whatever a request says. */
    public static TrustedProxies none() {
        return new TrustedProxies(Set.of());
    }

    /**
     * From the setting's comma-separated IP addresses ("10.0.0.5, 10.0.0.6"); anything that is not
     * an IP address is refused, so that a typo does not trust a host name nobody meant.
     */
    public static TrustedProxies of(String setting) {
        if (setting == null || setting.isBlank()) {
            return none();
        }
        Set<String> addresses = Arrays.stream(setting.split(","))
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .map(entry -> normalised(entry).orElseThrow(() -> new IllegalArgumentException(
                        "ALLIANCE_TRUSTED_PROXIES takes IP addresses, not \"" + entry + "\"")))
                .collect(Collectors.toUnmodifiableSet());
        return new TrustedProxies(addresses);
    }

    /**
     * Where the request came from: the direct peer, unless that is a trusted proxy; then the
     * right-most address of X-Forwarded-For (all its headers, in order) that is not a trusted
     * proxy. A header that is missing, only names trusted proxies, or has something other than an
     * address where that one should be, leaves the last proxy's own peer: the peer.
     */
    public String clientAddress(String peer, List<String> forwardedFor) {
        if (!isTrusted(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                hops.add(hop.strip());
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<String> hop = normalised(hops.get(i));
            if (hop.isEmpty()) {
                return peer;
            }
            if (!addresses.contains(hop.get())) {
                return hop.get();
            }
        }
        return peer;
    }

    private boolean isTrusted(String address) {
        return normalised(address).map(addresses::contains).orElse(false);
    }

    /** The address in one spelling (IPv6 has many), or empty when it is not an IP address. */
    private static Optional<String> normalised(String address) {
        return IpLiteral.of(address).map(InetAddress::getHostAddress);
    }
}
