package care.alliance.web.privacy;

import care.alliance.audit.AuditEntry;
import care.alliance.audit.AuditPage;
import care.alliance.audit.AuditQuery;
import care.alliance.audit.AuditSearch;
import care.alliance.audit.Outcome;
import care.alliance.rules.InvalidInput;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * "The audit": the privacy officer's search of who did what to whose record. The form's filters
 * become one query, which the table pages through on the server a page at a time; the export link
 * carries the same query, so the file holds what the table shows.
 */
@Named
@ViewScoped
public class AuditReview implements Serializable {

    /** The status of a search that comes back with a filter it could not take. */
    private static final int NOT_TAKEN = 422;

    @Inject
    AuditSearch auditSearch;

    private String person;
    private String client;
    private String action;
    private Outcome outcome;
    private LocalDate from;
    private LocalDate to;
    private boolean emergencyOnly;
    private boolean refusedOnly;

    private AuditQuery applied = AuditQuery.EVERYTHING;
    private AuditPage shown;
    private final Pages entries = new Pages();

    /** Runs as the page's view action, before rendering, so a refusal becomes a clean 403. */
    public void load() {
        if (!FacesContext.getCurrentInstance().isPostback()) {
            show(applied);
        }
    }

    /** Takes the form's filters as the search, from its first page; a filter that cannot be right says so beside it. */
    public void search() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            applied = new AuditQuery(person, client, action, outcome, from, to, emergencyOnly, refusedOnly, 0,
                    applied.rows());
        } catch (InvalidInput refused) {
            faces.getExternalContext().setResponseStatus(NOT_TAKEN);
            String why = refused.message(faces.getViewRoot().getLocale());
            UIComponent field = refused.field().map(name -> faces.getViewRoot().findComponent("search:" + name))
                    .orElse(null);
            if (field instanceof EditableValueHolder input) {
                input.setValid(false);
                faces.addMessage(field.getClientId(faces), new FacesMessage(FacesMessage.SEVERITY_ERROR, why, null));
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, faces.getApplication()
                        .getResourceBundle(faces, "msg").getString("audit.checkTheField"), null));
            } else {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, why, null));
            }
            return;
        }
        show(applied);
    }

    private void show(AuditQuery query) {
        shown = auditSearch.search(query);
        entries.setRowCount((int) Math.min(Integer.MAX_VALUE, shown.matching()));
    }

    public LazyDataModel<AuditEntry> getEntries() {
        return entries;
    }

    public long getMatching() {
        return shown == null ? 0 : shown.matching();
    }

    /** The export of what the search matches, as a plain link. */
    public String getExportAddress() {
        return AuditAddress.of(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath(), applied);
    }

    public boolean isExportCut() {
        return getMatching() > AuditSearch.MOST_EXPORTED;
    }

    public int getMostExported() {
        return AuditSearch.MOST_EXPORTED;
    }

    public Outcome[] getOutcomes() {
        return Outcome.values();
    }

    /** The table's rows, a page at a time, newest first: the query's own order, so no column sorts. */
    private final class Pages extends LazyDataModel<AuditEntry> {

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            // the page's search counts as it reads a page: no statement of its own
            return shown == null ? 0 : (int) Math.min(Integer.MAX_VALUE, shown.matching());
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            AuditQuery query = applied.rows(first, pageSize);
            if (shown == null || !shown.query().equals(query)) {
                show(query);
            }
            return shown.entries();
        }

        @Override
        public String getRowKey(AuditEntry entry) {
            return String.valueOf(entry.id());
        }
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getClient() {
        return client;
    }

    public void setClient(String client) {
        this.client = client;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(Outcome outcome) {
        this.outcome = outcome;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public boolean isEmergencyOnly() {
        return emergencyOnly;
    }

    public void setEmergencyOnly(boolean emergencyOnly) {
        this.emergencyOnly = emergencyOnly;
    }

    public boolean isRefusedOnly() {
        return refusedOnly;
    }

    public void setRefusedOnly(boolean refusedOnly) {
        this.refusedOnly = refusedOnly;
    }
}
