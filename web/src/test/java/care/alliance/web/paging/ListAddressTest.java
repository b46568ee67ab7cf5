package care.alliance.web.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import care.alliance.team.CaseloadOrder;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListAddressTest {

    @Test
    void anOrderIsReadInAnyCaseAndAnythingElseIsNone() {
        assertEquals(Optional.of(CaseloadOrder.CLIENT_NAME), ListAddress.named(CaseloadOrder.class, " client_name "));
        assertEquals(Optional.of(CaseloadOrder.PRONOUNS), ListAddress.named(CaseloadOrder.class, "PRONOUNS"));
        assertEquals(Optional.empty(), ListAddress.named(CaseloadOrder.class, "<script>"));
        assertEquals(Optional.empty(), ListAddress.named(CaseloadOrder.class, ""));
        assertEquals(Optional.empty(), ListAddress.named(CaseloadOrder.class, null));
    }

    @Test
    void aPageCountsFromOneInTheAddressAndAnythingElseIsTheFirst() {
        assertEquals(0, ListAddress.pageIndex(null));
        assertEquals(0, ListAddress.pageIndex("1"));
        assertEquals(1, ListAddress.pageIndex(" 2 "));
        assertEquals(0, ListAddress.pageIndex("0"));
        assertEquals(0, ListAddress.pageIndex("-3"));
        assertEquals(0, ListAddress.pageIndex("two"));
        assertEquals(0, ListAddress.pageIndex("99999999999999"));
        assertEquals(100_000, ListAddress.pageIndex("2000000000"));
    }
}
