package care.alliance.measure;

import java.io.Serializable;

/**
 * What a registry review asks for: which clients, in which order (the open safety flags always
 * first), reversed or not, and which page of them.
 */
public record RegistryQuery(RegistryFilter filter, RegistrySort sort, boolean reversed, int page)
        implements Serializable {

    public static final int PAGE_SIZE = 25;
    public static final RegistryQuery FIRST_PAGE = new RegistryQuery(RegistryFilter.ALL, RegistrySort.STATUS, false, 0);

    public RegistryQuery {
        filter = filter == null ? RegistryFilter.ALL : filter;
        sort = sort == null ? RegistrySort.STATUS : sort;
        page = Math.max(0, page);
    }

    public RegistryQuery onPage(int number) {
        return new RegistryQuery(filter, sort, reversed, number);
    }

    int firstRow() {
        return page * PAGE_SIZE;
    }
}
