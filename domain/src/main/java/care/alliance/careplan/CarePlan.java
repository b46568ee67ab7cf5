package care.alliance.careplan;

import care.alliance.person.PlainText;
import care.alliance.rules.ClinicCalendar;
import care.alliance.rules.InvalidInput;
import care.alliance.rules.RuleWords;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The one current plan of a client's care, shared by the client and their team: what the client
 * wants help with (their words first), the strengths they bring, and when the plan is next
 * reviewed together. The plan's goals are aggregates of their own, so that people working on
 * different goals do not get in each other's way.
 */
@Entity
@Table(name = "care_plan")
public class CarePlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "client_id", nullable = false, unique = true)
    private long clientId;

    @ElementCollection
    @CollectionTable(name = "care_plan_concern", joinColumns = @JoinColumn(name = "care_plan_id"))
    @OrderColumn(name = "position")
    private List<Concern> concerns = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "care_plan_strength", joinColumns = @JoinColumn(name = "care_plan_id"))
    @OrderColumn(name = "position")
    @Column(name = "description", nullable = false, length = 500)
    private List<String> strengths = new ArrayList<>();

    @Column(name = "next_review_on")
    private LocalDate nextReviewOn;

    protected CarePlan() {
    }

    public CarePlan(long clientId) {
        this.clientId = clientId;
    }

    public void addConcern(Concern concern) {
        if (concern == null) {
            throw new InvalidInput(RuleWords.say("plan.concernRequired"), "concernWords");
        }
        concerns.add(concern);
    }

    public void removeConcern(int index) {
        concerns.remove(checked(index, concerns.size()));
    }

    public void addStrength(String strength) {
        strengths.add(PlainText.required(strength, RuleWords.say("field.strength"), 500));
    }

    public void removeStrength(int index) {
        strengths.remove(checked(index, strengths.size()));
    }

    /** The date the client and the team next look at the whole plan together: today or later, in the plan years. */
    public void scheduleReview(LocalDate on, LocalDate today) {
        if (on != null && on.isBefore(today)) {
            throw new InvalidInput(RuleWords.say("plan.reviewInThePast"), "reviewDate");
        }
        this.nextReviewOn = ClinicCalendar.planDate(on, RuleWords.say("field.reviewDate"));
    }

    public boolean isReviewDue(LocalDate today) {
        return nextReviewOn != null && !nextReviewOn.isAfter(today);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long clientId() {
        return clientId;
    }

    public List<Concern> concerns() {
        return List.copyOf(concerns);
    }

    public List<String> strengths() {
        return List.copyOf(strengths);
    }

    public LocalDate nextReviewOn() {
        return nextReviewOn;
    }

    private static int checked(int index, int size) {
        if (index < 0 || index >= size) {
            throw new InvalidInput(RuleWords.say("plan.noSuchEntry"));
        }
        return index;
    }
}
