package care.alliance.web.monitoring;

import care.alliance.web.headers.IpLiteral;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The addresses that may read {@code /metrics} (ALLIANCE_METRICS_READERS): IP addresses or ranges
 * in CIDR notation ("127.0.0.1, ::1, 10.20.0.0/16"), the machine itself by default. Anything that
 * is not an IP address is refused at start-up, so a typo opens nothing by a host name nobody meant.
 */
final class MetricReaders {

    static final String ON_THIS_MACHINE = "127.0.0.1, ::1";

    private record Range(byte[] network, int prefix) {

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int whole = prefix / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return rest == 0 || (address[whole] & mask) == (network[whole] & mask);
        }
    }

    private final List<Range> ranges;

    private MetricReaders(List<Range> ranges) {
        this.ranges = ranges;
    }

    static MetricReaders of(String setting) {
        List<Range> ranges = Arrays.stream(setting.split(","))
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .map(entry -> rangeOf(entry).orElseThrow(() -> new IllegalArgumentException(
                        "ALLIANCE_METRICS_READERS takes IP addresses or ranges such as 10.20.0.0/16, not \"" + entry + "\"")))
                .toList();
        return new MetricReaders(ranges);
    }

    /** Whether the direct peer of a request is one of the readers. */
    boolean include(String peer) {
        Optional<byte[]> address = addressOf(peer);
        return address.isPresent() && ranges.stream().anyMatch(range -> range.contains(address.get()));
    }

    private static Optional<Range> rangeOf(String entry) {
        int slash = entry.indexOf('/');
        Optional<byte[]> network = addressOf(slash < 0 ? entry : entry.substring(0, slash));
        if (network.isEmpty()) {
            return Optional.empty();
        }
        int bits = network.get().length * 8;
        if (slash < 0) {
            return Optional.of(new Range(network.get(), bits));
        }
        String prefix = entry.substring(slash + 1);
        if (!prefix.matches("\\d{1,3}") || Integer.parseInt(prefix) > bits) {
            return Optional.empty();
        }
        return Optional.of(new Range(network.get(), Integer.parseInt(prefix)));
    }

    private static Optional<byte[]> addressOf(String text) {
        return IpLiteral.of(text).map(InetAddress::getAddress);
    }
}
