package care.alliance.web.emergency;

import care.alliance.emergency.EmergencyAccessPeriod;
import care.alliance.emergency.EmergencyAccessService;
import care.alliance.emergency.EmergencyAccessView;
import care.alliance.web.forms.PageMessages;
import care.alliance.web.layout.RecordNumber;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The emergency access form: a clinician off a client's team states why they must open the
 * client's plan now. The client is the one the refused page named (by its number in the address),
 * or the one with the record number typed in the form. Opened, it leads to the care plan.
 */
@Named
@ViewScoped
public class BreakTheGlass implements Serializable {

    @Inject
    EmergencyAccessService emergencyAccess;

    @Inject
    EmergencyAccessPeriod period;

    private String client;
    private String recordNumber;
    private String reason;

    public String open() {
        EmergencyAccessView opened = PageMessages.attempt(() -> client == null || client.isBlank()
                ? emergencyAccess.openForRecordNumber(recordNumber, reason)
                : emergencyAccess.open(RecordNumber.parse(client), reason), "done.emergencyAccessOpened");
        return opened == null ? null : "/clinician/care-plan?faces-redirect=true&client=" + opened.clientId();
    }

    /** Whether the address named the client, so that the form does not ask for the record number. */
    public boolean isClientGiven() {
        return client != null && !client.isBlank();
    }

    public long getMinutes() {
        return period.length().toMinutes();
    }

    public String getClient() {
        return client;
    }

    public void setClient(String client) {
        this.client = client;
    }

    public String getRecordNumber() {
        return recordNumber;
    }

    public void setRecordNumber(String recordNumber) {
        this.recordNumber = recordNumber;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
