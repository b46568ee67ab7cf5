package care.alliance.web.monitoring;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Who may read /metrics: the machine itself unless clinic IT names more, by address or range only. */
class MetricReadersTest {

    @Test
    void byDefaultOnlyTheMachineItselfReads() {
        MetricReaders readers = MetricReaders.of(MetricReaders.ON_THIS_MACHINE);

        assertTrue(readers.include("127.0.0.1"));
        assertTrue(readers.include("0:0:0:0:0:0:0:1"));
        assertTrue(readers.include("::1"));
        assertFalse(readers.include("127.0.0.2"), "only the addresses named, not all of 127/8");
        assertFalse(readers.include("10.0.0.5"));
        assertFalse(readers.include("2001:db8::1"));
        assertFalse(readers.include("localhost"), "a name is never looked up");
        assertFalse(readers.include(null));
    }

    @Test
    void rangesTakeEveryAddressUnderTheirPrefix() {
        MetricReaders readers = MetricReaders.of("10.20.0.0/16, 192.168.1.128/25, 2001:db8::/32");

        assertTrue(readers.include("10.20.255.3"));
        assertFalse(readers.include("10.21.0.1"));
        assertTrue(readers.include("192.168.1.200"));
        assertFalse(readers.include("192.168.1.127"));
        assertTrue(readers.include("2001:db8:0:0:0:0:0:9"));
        assertFalse(readers.include("2001:db9::9"));
        assertFalse(readers.include("127.0.0.1"), "naming readers replaces the default");
    }

    @Test
    void noneNamedMeansNobodyReads() {
        assertFalse(MetricReaders.of(" ").include("127.0.0.1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"prometheus.clinic.example", "10.0.0.0/33", "10.0.0.0/x", "300.1.1.1", "::1/129", "*"})
    void anythingButAnAddressOrARangeIsRefusedAtStart(String setting) {
        assertThrows(IllegalArgumentException.class, () -> MetricReaders.of(setting));
    }
}
