package care.alliance.web.privacy;

import care.alliance.audit.AuditQuery;
import care.alliance.audit.Outcome;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A search of the audit as the parameters of the export's address, and back: the page links the
 * export of exactly what it shows, and the export reads the same search from the link.
 */
final class AuditAddress {

    static final String PATH = "/privacy/audit.csv";

    private AuditAddress() {
    }

    /** The export's address for the query, under the application's context path. */
    static String of(String contextPath, AuditQuery query) {
        List<String> parameters = new ArrayList<>();
        add(parameters, "person", query.person());
        add(parameters, "client", query.client());
        add(parameters, "action", query.action());
        add(parameters, "outcome", query.outcome());
        add(parameters, "from", query.from());
        add(parameters, "to", query.to());
        if (query.emergencyOnly()) {
            add(parameters, "emergency", "true");
        }
        if (query.refusedOnly()) {
            add(parameters, "refused", "true");
        }
        return contextPath + PATH + (parameters.isEmpty() ? "" : "?" + String.join("&", parameters));
    }

    /**
     * The query the parameters name. Refused as the page refuses it (InvalidInput); an outcome or a
     * day that is none is refused too, as no page writes one.
     */
    static AuditQuery parse(Map<String, String[]> parameters) {
        return new AuditQuery(text(parameters, "person"), text(parameters, "client"), text(parameters, "action"),
                Optional.ofNullable(text(parameters, "outcome")).map(AuditAddress::outcome).orElse(null),
                day(text(parameters, "from")), day(text(parameters, "to")),
                "true".equals(text(parameters, "emergency")), "true".equals(text(parameters, "refused")), 0,
                AuditQuery.DEFAULT_ROWS);
    }

    private static Outcome outcome(String name) {
        return Arrays.stream(Outcome.values()).filter(outcome -> outcome.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No outcome " + name));
    }

    private static LocalDate day(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException notADay) {
            throw new IllegalArgumentException("No day " + text, notADay);
        }
    }

    private static String text(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 || values[0].isBlank() ? null : values[0];
    }

    private static void add(List<String> parameters, String name, Object value) {
        if (value != null) {
            parameters.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
    }
}
