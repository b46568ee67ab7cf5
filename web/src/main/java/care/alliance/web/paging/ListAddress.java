package care.alliance.web.paging;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a list page's address asks for (an order, which way round, a page), as the page's view
 * parameters set it, so that a list can be bookmarked and shared; anything unknown or out of
 * range reads as the default, never as an error.
 */
public class ListAddress {

    /** Far past any real list, and small enough that the row a page starts at stays within an int. */
    private static final int LAST_PAGE = 100_000;

    private String sort;
    private String reversed;
    private String page;

    /** The order asked for, or {@code otherwise} when the address names none that {@code type} knows. */
    public <E extends Enum<E>> E order(Class<E> type, E otherwise) {
        return named(type, sort).orElse(otherwise);
    }

    public boolean asksReversed() {
        return "true".equals(reversed);
    }

    /** The page asked for, as an index from 0. */
    public int pageIndex() {
        return pageIndex(page);
    }

    /** The constant of that name, in any case and with spaces around it; empty when there is none. */
    public static <E extends Enum<E>> Optional<E> named(Class<E> type, String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(wanted)).findFirst();
    }

    /** The page asked for, counted from 1 in the address, as an index from 0; 0 for anything that is not a page. */
    public static int pageIndex(String page) {
        try {
            return page == null ? 0 : Math.max(0, Math.min(LAST_PAGE, Integer.parseInt(page.strip()) - 1));
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getReversed() {
        return reversed;
    }

    public void setReversed(String reversed) {
        this.reversed = reversed;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
