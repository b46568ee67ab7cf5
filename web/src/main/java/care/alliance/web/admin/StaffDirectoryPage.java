package care.alliance.web.admin;

import care.alliance.staff.StaffAdministration;
import care.alliance.staff.StaffDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Clinic IT's staff directory: searched and paged by the server, from the page's address (q, page). */
@Named
@RequestScoped
public class StaffDirectoryPage {

    @Inject
    StaffAdministration administration;

    private String q;
    private String page;
    private StaffDirectory directory;

    /** Runs as the page's view action, so a refusal becomes a clean 403. */
    public void load() {
        directory = administration.directory(q, pageNumber());
    }

    private int pageNumber() {
        try {
            return page == null ? 0 : Math.max(0, Integer.parseInt(page.strip()) - 1);
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    public StaffDirectory getDirectory() {
        return directory;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
