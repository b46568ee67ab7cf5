package care.alliance.web.portal;

import care.alliance.consent.ConsentService;
import care.alliance.consent.ConsentView;
import care.alliance.consent.SensitiveLabel;
import care.alliance.team.CareTeamService;
import care.alliance.team.Discipline;
import care.alliance.web.forms.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Who sees what" in the portal: for each sensitive label, the disciplines of the client's team
 * that may see the parts of the plan carrying it, and the client's decisions so far.
 */
@Named
@ViewScoped
public class MyConsent implements Serializable {

    @Inject
    ConsentService consentService;

    @Inject
    CareTeamService careTeamService;

    private long clientId;
    private ConsentView consent;
    private List<LabelChoice> choices;

    /** One label's row of the form: the disciplines ticked. */
    public static final class LabelChoice implements Serializable {

        private final SensitiveLabel label;
        private Discipline[] maySee;

        LabelChoice(SensitiveLabel label, Set<Discipline> maySee) {
            this.label = label;
            this.maySee = maySee.toArray(Discipline[]::new);
        }

        public SensitiveLabel getLabel() {
            return label;
        }

        public Discipline[] getMaySee() {
            return maySee.clone();
        }

        public void setMaySee(Discipline[] maySee) {
            this.maySee = maySee == null ? new Discipline[0] : maySee.clone();
        }

        Set<Discipline> chosen() {
            return maySee.length == 0 ? EnumSet.noneOf(Discipline.class) : EnumSet.copyOf(List.of(maySee));
        }
    }

    public void load() {
        clientId = careTeamService.myCareTeam().clientId();
        consent = consentService.consentOf(clientId);
        choices = consent.standings().stream()
                .map(standing -> new LabelChoice(standing.label(), standing.maySee()))
                .toList();
    }

    public String save() {
        Map<SensitiveLabel, Set<Discipline>> maySee = new EnumMap<>(SensitiveLabel.class);
        loaded().choices.forEach(choice -> maySee.put(choice.getLabel(), choice.chosen()));
        ConsentView saved = PageMessages.attempt(() -> consentService.decide(clientId, consent.version(), maySee),
                "done.portal.consent");
        return saved == null ? null : "/portal/consent?faces-redirect=true";
    }

    private MyConsent loaded() {
        if (consent == null) {
            // this bean was made anew mid-request (see RecordNumber.inAddress)
            load();
        }
        return this;
    }

    public List<LabelChoice> getChoices() {
        return loaded().choices;
    }

    public ConsentView getConsent() {
        return loaded().consent;
    }

    public Discipline[] getDisciplines() {
        return Discipline.values();
    }
}
