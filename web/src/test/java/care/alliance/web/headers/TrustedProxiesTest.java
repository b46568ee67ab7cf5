package care.alliance.web.headers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private static final TrustedProxies CLINIC = TrustedProxies.of("10.0.0.5, 10.0.0.6");

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertEquals("203.0.113.9", TrustedProxies.none().clientAddress("203.0.113.9", List.of("198.51.100.1")));
        assertEquals("203.0.113.9", TrustedProxies.of("").clientAddress("203.0.113.9", List.of("198.51.100.1")));
    }

    @Test
    void aClientThatIsNotAProxyCannotForgeItsAddress() {
        assertEquals("203.0.113.9", CLINIC.clientAddress("203.0.113.9", List.of("10.0.0.7")));
        assertEquals("203.0.113.9", CLINIC.clientAddress("203.0.113.9", List.of("198.51.100.1, 10.0.0.5")));
    }

    @Test
    void behindATrustedProxyTheAddressItWasReachedFromCounts() {
        assertEquals("198.51.100.1", CLINIC.clientAddress("10.0.0.5", List.of("198.51.100.1")));
    }

    @Test
    void onlyTheRightMostUntrustedAddressCountsForWhatIsLeftOfItIsTheClientsOwnWriting() {
        assertEquals("198.51.100.1", CLINIC.clientAddress("10.0.0.5", List.of("6.6.6.6, 198.51.100.1")));
        assertEquals("198.51.100.1", CLINIC.clientAddress("10.0.0.5", List.of("6.6.6.6", "198.51.100.1, 10.0.0.6")),
                "a chain of trusted proxies, over several headers");
    }

    @Test
    void aHeaderThatNamesNoUntrustedAddressLeavesThePeer() {
        assertEquals("10.0.0.5", CLINIC.clientAddress("10.0.0.5", List.of()));
        assertEquals("10.0.0.5", CLINIC.clientAddress("10.0.0.5", List.of("10.0.0.6")));
        assertEquals("10.0.0.5", CLINIC.clientAddress("10.0.0.5", List.of("")));
    }

    @Test
    void somethingOtherThanAnAddressWhereTheClientShouldBeIsNotTaken() {
        assertEquals("10.0.0.5", CLINIC.clientAddress("10.0.0.5", List.of("<script>")));
        assertEquals("10.0.0.5", CLINIC.clientAddress("10.0.0.5", List.of("localhost")));
        assertEquals("10.0.0.5", CLINIC.clientAddress("10.0.0.5", List.of("999.1.1.1")));
        assertEquals("10.0.0.5", CLINIC.clientAddress("10.0.0.5", List.of("1.2.3.4, x".repeat(40))));
    }

    @Test
    void ipv6AddressesAreComparedWhateverTheirSpelling() {
        TrustedProxies loopback = TrustedProxies.of("::1");

        assertEquals("2001:db8:0:0:0:0:0:7", loopback.clientAddress("0:0:0:0:0:0:0:1", List.of("[2001:db8::7]")));
    }

    @Test
    void aSettingThatIsNotAnAddressIsRefusedRatherThanTrustingAName() {
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.of("10.0.0.5, proxy.clinic.example"));
    }
}
