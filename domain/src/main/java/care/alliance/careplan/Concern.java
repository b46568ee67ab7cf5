package care.alliance.careplan;

import care.alliance.person.PlainText;
import care.alliance.rules.RuleWords;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Something the client wants help with: in their words first, the team's clinical summary second. */
@Embeddable
public class Concern {

    @Column(name = "client_words", nullable = false, length = 500)
    private String clientWords;

    @Column(name = "clinical_summary", length = 2000)
    private String clinicalSummary;

    protected Concern() {
    }

    public Concern(String clientWords, String clinicalSummary) {
        this.clientWords = PlainText.required(clientWords, RuleWords.say("field.concernWords"), 500);
        this.clinicalSummary = PlainText.optional(clinicalSummary, RuleWords.say("field.clinicalSummary"), 2000);
    }

    public String clientWords() {
        return clientWords;
    }

    public String clinicalSummary() {
        return clinicalSummary;
    }
}
