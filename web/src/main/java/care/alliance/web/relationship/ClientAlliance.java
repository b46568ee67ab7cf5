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
 * ruptures they revealed, and the repair the therapist or care manager logs. The latest check-ins
 * are shown, every one on request, so that a long history costs what a short one does.
 */
@Named
@ViewScoped
public class ClientAlliance implements Serializable {

    @Inject
    AllianceService allianceService;

    @Inject
    SignedInPerson signedInPerson;

    private long clientId;
    /** Whether the reader asked for every check-in (the address's {@code allCheckIns=true}), not only the latest. */
    private boolean everyCheckIn;
    private AllianceView alliance;
    private TrendChart chart;
    private String whatHappened;
    private String howAddressed;
    private String outcome;

    public void load(long clientId) {
        this.clientId = clientId;
        alliance = everyCheckIn ? allianceService.allianceOf(clientId) : allianceService.recentAllianceOf(clientId);
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

    public boolean isEveryCheckIn() {
        return everyCheckIn;
    }

    public void setEveryCheckIn(boolean everyCheckIn) {
        this.everyCheckIn = everyCheckIn;
    }

    /** How many of the latest check-ins the plan shows unless the reader asks for every one. */
    public int getRecentCheckIns() {
        return AllianceService.RECENT_CHECK_INS;
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
            everyCheckIn = RecordNumber.flagInAddress("allCheckIns");
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
