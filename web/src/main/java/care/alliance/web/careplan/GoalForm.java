package care.alliance.web.careplan;

import care.alliance.goal.GoalContent;
import care.alliance.goal.GoalView;
import care.alliance.goal.LifeArea;
import care.alliance.goal.Target;
import care.alliance.measure.Instrument;
import care.alliance.team.Discipline;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/** The fields of a goal as a form holds them: the client's words first, then the rest. */
public class GoalForm implements Serializable {

    private String clientWords;
    private String clinicalFraming;
    private LifeArea lifeArea = LifeArea.MENTAL_HEALTH;
    private Discipline[] owners = {};
    private String targetMeasure;
    private Instrument targetInstrument;
    private BigDecimal targetValue;
    private Target.Direction targetDirection = Target.Direction.AT_LEAST;
    private LocalDate targetDate;
    private String reason;

    /** A form showing what the goal says now, ready to be changed. */
    public static GoalForm of(GoalView goal) {
        GoalForm form = new GoalForm();
        form.clientWords = goal.clientWords();
        form.clinicalFraming = goal.clinicalFraming();
        form.lifeArea = goal.lifeArea();
        form.owners = goal.owners().toArray(Discipline[]::new);
        if (goal.target() != null) {
            form.targetInstrument = goal.target().instrument();
            form.targetMeasure = form.targetInstrument == null ? goal.target().measure() : null;
            form.targetValue = goal.target().value();
            form.targetDirection = goal.target().direction();
            form.targetDate = goal.target().byDate();
        }
        return form;
    }

    /** The goal's content; the domain refuses what is missing, too long or not plain text. */
    public GoalContent toContent() {
        Target target;
        if (targetInstrument != null) {
            target = targetInstrument.target(targetValue, targetDirection, targetDate);
        } else if (targetMeasure == null || targetMeasure.isBlank()) {
            target = null;
        } else {
            target = new Target(targetMeasure, targetValue, targetDirection, targetDate);
        }
        return new GoalContent(clientWords, clinicalFraming, lifeArea,
                owners.length == 0 ? EnumSet.noneOf(Discipline.class) : EnumSet.copyOf(List.of(owners)), target);
    }

    public LifeArea[] getLifeAreas() {
        return LifeArea.values();
    }

    public Discipline[] getDisciplines() {
        return Discipline.values();
    }

    public Instrument[] getInstruments() {
        return Instrument.values();
    }

    public Instrument getTargetInstrument() {
        return targetInstrument;
    }

    public void setTargetInstrument(Instrument targetInstrument) {
        this.targetInstrument = targetInstrument;
    }

    public Target.Direction[] getDirections() {
        return Target.Direction.values();
    }

    public String getClientWords() {
        return clientWords;
    }

    public void setClientWords(String clientWords) {
        this.clientWords = clientWords;
    }

    public String getClinicalFraming() {
        return clinicalFraming;
    }

    public void setClinicalFraming(String clinicalFraming) {
        this.clinicalFraming = clinicalFraming;
    }

    public LifeArea getLifeArea() {
        return lifeArea;
    }

    public void setLifeArea(LifeArea lifeArea) {
        this.lifeArea = lifeArea;
    }

    /** An array, not a list, so that the page converts the chosen values to disciplines. */
    public Discipline[] getOwners() {
        return owners.clone();
    }

    public void setOwners(Discipline[] owners) {
        this.owners = owners == null ? new Discipline[0] : owners.clone();
    }

    public String getTargetMeasure() {
        return targetMeasure;
    }

    public void setTargetMeasure(String targetMeasure) {
        this.targetMeasure = targetMeasure;
    }

    public BigDecimal getTargetValue() {
        return targetValue;
    }

    public void setTargetValue(BigDecimal targetValue) {
        this.targetValue = targetValue;
    }

    public Target.Direction getTargetDirection() {
        return targetDirection;
    }

    public void setTargetDirection(Target.Direction targetDirection) {
        this.targetDirection = targetDirection;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public void setTargetDate(LocalDate targetDate) {
        this.targetDate = targetDate;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
