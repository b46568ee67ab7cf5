package care.alliance.staff;

import java.util.List;

/** One page of the staff directory, for a search (empty: everyone), and how many match in all. */
public record StaffDirectory(String search, List<StaffEntry> entries, long total, int page, int pageSize) {

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }
}
