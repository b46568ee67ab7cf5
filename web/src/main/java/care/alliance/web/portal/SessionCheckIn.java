package care.alliance.web.portal;

import care.alliance.relationship.AllianceCheckInView;
import care.alliance.relationship.AllianceScore;
import care.alliance.relationship.AllianceScores;
import care.alliance.relationship.AllianceService;
import care.alliance.team.CareTeamService;
import care.alliance.web.forms.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.stream.IntStream;

/** The client's brief check-in after a session: three questions from 1 to 5, and anything else they want to say. */
@Named
@ViewScoped
public class SessionCheckIn implements Serializable {

    @Inject
    AllianceService allianceService;

    @Inject
    CareTeamService careTeamService;

    private long clientId;
    private Integer goals;
    private Integer tasks;
    private Integer bond;
    private String comment;

    public void load() {
        clientId = careTeamService.myCareTeam().clientId();
    }

    public String send() {
        AllianceCheckInView sent = PageMessages.attempt(() -> allianceService.checkIn(clientId, scores(), comment),
                "done.portal.checkIn");
        return sent == null ? null : "/portal/my-plan?faces-redirect=true";
    }

    private AllianceScores scores() {
        if (goals == null || tasks == null || bond == null) {
            return null;
        }
        return AllianceScores.of(goals, tasks, bond);
    }

    public int[] getScale() {
        return IntStream.rangeClosed(AllianceScore.LOWEST, AllianceScore.HIGHEST).toArray();
    }

    public Integer getGoals() {
        return goals;
    }

    public void setGoals(Integer goals) {
        this.goals = goals;
    }

    public Integer getTasks() {
        return tasks;
    }

    public void setTasks(Integer tasks) {
        this.tasks = tasks;
    }

    public Integer getBond() {
        return bond;
    }

    public void setBond(Integer bond) {
        this.bond = bond;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
