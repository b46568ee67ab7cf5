package care.alliance.web.relationship;

import care.alliance.access.Role;
import care.alliance.relationship.AllianceService;
import care.alliance.relationship.AllianceView;
import care.alliance.relationship.RuptureView;
import care.alliance.web.forms.PageMessages;
import care.alliance.web.layout.RecordNumber;
import care.alliance.web.signin.SignedInPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The working relationship on the client's plan: the trend of the client's check-ins, the possible
 * ruptures they revealed, and the repair the therapist or care manager logs.
 */
@Named
@ViewScoped
public class ClientAlliance implements Serializable {

    @Inject
    AllianceService allianceService;

    @Inject
    SignedInPerson signedInPerson;

    private long clientId;
    private AllianceView alliance;
    private TrendChart chart;
    private String whatHappened;
    private String howAddressed;
    private String outcome;

    public void load(long clientId) {
        this.clientId = clientId;
        alliance = allianceService.allianceOf(clientId);
        chart = new TrendChart(alliance.checkIns());
    }

    public String logRepair(RuptureView rupture) {
        RuptureView repaired = PageMessages.attempt(() -> allianceService.logRepair(rupture.id(), rupture.version(),
                whatHappened, howAddressed, outcome), "done.repair");
        return repaired == null ? null
                : "/clinician/care-plan?faces-redirect=true&client=" + clientId;
    }

    /** Whether the signed-in clinician is one who logs repairs; the service decides again on saving. */
    public boolean isRepairer() {
        return signedInPerson.role().map(role -> role == Role.THERAPIST || role == Role.CARE_MANAGER).orElse(false);
    }

    public AllianceView getAlliance() {
        return loaded().alliance;
    }

    public TrendChart getChart() {
        return loaded().chart;
    }

    /** Loads again when this bean was made anew mid-request (see RecordNumber.inAddress). */
    private ClientAlliance loaded() {
        if (alliance == null) {
            load(RecordNumber.inAddress("client"));
        }
        return this;
    }

    public String getWhatHappened() {
        return whatHappened;
    }

    public void setWhatHappened(String whatHappened) {
        this.whatHappened = whatHappened;
    }

    public String getHowAddressed() {
        return howAddressed;
    }

    public void setHowAddressed(String howAddressed) {
        this.howAddressed = howAddressed;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }
}
