package care.alliance.web.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import care.alliance.audit.AuditQuery;
import care.alliance.audit.Outcome;
import care.alliance.rules.InvalidInput;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AuditAddressTest {

    private static Map<String, String[]> parametersOf(String address) {
        String query = URI.create(address).getRawQuery();
        return query == null ? Map.of() : Arrays.stream(query.split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0],
                        pair -> new String[] {URLDecoder.decode(pair[1], StandardCharsets.UTF_8)}));
    }

    @Test
    void theExportLinkCarriesTheSearchTheTableShows() {
        AuditQuery shown = new AuditQuery("sam.rivera", "MRN-1001", "VIEW_PLAN", Outcome.REFUSED,
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 16), true, false, 50, 25);

        String address = AuditAddress.of("/alliance", shown);

        assertEquals("/alliance/privacy/audit.csv?person=sam.rivera&client=MRN-1001&action=VIEW_PLAN&outcome=REFUSED"
                + "&from=2026-03-01&to=2026-03-16&emergency=true", address);
        assertEquals(shown.rows(0, AuditQuery.DEFAULT_ROWS), AuditAddress.parse(parametersOf(address)),
                "the same search, all of it");
    }

    @Test
    void theWholeAuditIsTheBareAddress() {
        assertEquals("/privacy/audit.csv", AuditAddress.of("", AuditQuery.EVERYTHING));
        assertEquals(AuditQuery.EVERYTHING, AuditAddress.parse(Map.of()));
    }

    @Test
    void anAddressWrittenByHandIsRefusedLikeTheForm() {
        assertThrows(InvalidInput.class, () -> AuditAddress.parse(Map.of("person", new String[] {"<script>"})));
        assertThrows(IllegalArgumentException.class, () -> AuditAddress.parse(Map.of("outcome", new String[] {"MAYBE"})));
        assertThrows(IllegalArgumentException.class, () -> AuditAddress.parse(Map.of("from", new String[] {"2026-02-30"})));
    }
}
