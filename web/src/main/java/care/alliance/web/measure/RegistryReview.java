package care.alliance.web.measure;

import care.alliance.measure.Registry;
import care.alliance.measure.RegistryFilter;
import care.alliance.measure.RegistryPage;
import care.alliance.measure.RegistryQuery;
import care.alliance.measure.RegistrySort;
import care.alliance.web.paging.ListAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;

/**
 * The weekly review of the collaborative-care registry: filtered, ordered and paged by the server from the page's
 * address (filter, sort, reversed, page), so that a review can be bookmarked and shared within the
 * team; anything unknown in the address reads as the first page of everyone, by status.
 */
@Named
@RequestScoped
public class RegistryReview {

    @Inject
    Registry registry;

    private String filter;
    private final ListAddress address = new ListAddress();
    private RegistryPage shown;

    /** Runs as the page's view action, so a refusal becomes a clean 403. */
    public void load() {
        shown = registry.page(query());
    }

    RegistryQuery query() {
        return new RegistryQuery(ListAddress.named(RegistryFilter.class, filter).orElse(RegistryFilter.ALL),
                address.order(RegistrySort.class, RegistrySort.STATUS), address.asksReversed(), address.pageIndex());
    }

    /** How long a flag has been or was open, in days and hours, hours and minutes, or minutes: 2 d 3 h, 3 h 20 min. */
    public static String openFor(Duration open) {
        if (open.toDays() > 0) {
            return open.toDays() + " d " + open.toHoursPart() + " h";
        }
        if (open.toHours() > 0) {
            return open.toHours() + " h " + open.toMinutesPart() + " min";
        }
        return open.toMinutes() + " min";
    }

    /** A change in percent with its sign, +13 or −50; a dash where none can be taken (a baseline of 0). */
    public String percent(Integer change) {
        if (change == null) {
            return "—";
        }
        return change > 0 ? "+" + change : change < 0 ? "−" + -change : "0";
    }

    public String timeOpen(Duration open) {
        return openFor(open);
    }

    /** Whether the column is the one the page is ordered by, for the header's aria-sort. */
    public String ariaSort(String column) {
        if (!shown.query().sort().name().equals(column)) {
            return "none";
        }
        boolean descendingColumn = column.equals("PHQ_9") || column.equals("GAD_7");
        return descendingColumn != shown.query().reversed() ? "descending" : "ascending";
    }

    /** Reversed again when the column already orders the page, else in its reading direction. */
    public boolean reversedIfChosen(String column) {
        return shown.query().sort().name().equals(column) && !shown.query().reversed();
    }

    public RegistryPage getShown() {
        return shown;
    }

    public RegistryFilter[] getFilters() {
        return RegistryFilter.values();
    }

    public RegistrySort[] getSorts() {
        return RegistrySort.values();
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public ListAddress getAddress() {
        return address;
    }
}
