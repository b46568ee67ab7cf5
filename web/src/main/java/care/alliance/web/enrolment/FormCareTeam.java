package care.alliance.web.enrolment;

import care.alliance.team.CareTeamFormation;
import care.alliance.team.MembershipView;
import care.alliance.team.TeamFormationView;
import care.alliance.team.TeamRole;
import care.alliance.web.forms.PageMessages;
import care.alliance.web.layout.RecordNumber;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A client's care team as the person forming it works on it: appoint a staff member, release a
 * member with a last day and a reason, and read who was on the team when.
 */
@Named
@ViewScoped
public class FormCareTeam implements Serializable {

    @Inject
    CareTeamFormation formation;

    private String client;
    private long clientId;
    private TeamFormationView team;

    private Long appointee;
    private TeamRole teamRole = TeamRole.MEMBER;
    private LocalDate firstDay = LocalDate.now();

    private Long leaving;
    private LocalDate lastDay = LocalDate.now();
    private String releaseReason;

    public void load() {
        clientId = client == null ? RecordNumber.inAddress("client") : RecordNumber.parse(client);
        team = formation.formationOf(clientId);
    }

    /** What the page shows; loaded again when this bean was made anew mid-request (see RecordNumber.inAddress). */
    private TeamFormationView team() {
        if (team == null) {
            load();
        }
        return team;
    }

    public String appoint() {
        team();
        TeamFormationView changed = PageMessages.attempt(
                () -> formation.appoint(clientId, appointee, teamRole, firstDay), "done.appointed");
        return changed == null ? null : again();
    }

    public String release() {
        team();
        TeamFormationView changed = PageMessages.attempt(
                () -> formation.release(clientId, leaving, lastDay, releaseReason), "done.released");
        return changed == null ? null : again();
    }

    private String again() {
        return "/enrolment/care-team?faces-redirect=true&client=" + clientId;
    }

    /** The appointments that can be ended: those with no last day yet. */
    public List<MembershipView> getOpenAppointments() {
        return team().history().stream().filter(MembershipView::open).toList();
    }

    public TeamRole[] getTeamRoles() {
        return TeamRole.values();
    }

    public String getClient() {
        return client;
    }

    public void setClient(String client) {
        this.client = client;
    }

    public long getClientId() {
        return clientId;
    }

    public TeamFormationView getTeam() {
        return team();
    }

    public Long getAppointee() {
        return appointee;
    }

    public void setAppointee(Long appointee) {
        this.appointee = appointee;
    }

    public TeamRole getTeamRole() {
        return teamRole;
    }

    public void setTeamRole(TeamRole teamRole) {
        this.teamRole = teamRole;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public void setFirstDay(LocalDate firstDay) {
        this.firstDay = firstDay;
    }

    public Long getLeaving() {
        return leaving;
    }

    public void setLeaving(Long leaving) {
        this.leaving = leaving;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public String getReleaseReason() {
        return releaseReason;
    }

    public void setReleaseReason(String releaseReason) {
        this.releaseReason = releaseReason;
    }
}
