package care.alliance.team;

import care.alliance.person.PlainText;
import care.alliance.rules.RuleWords;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One person's place on one care team: in which discipline, as lead or member, and for which
 * days. Ended memberships are kept as the team's history.
 */
@Entity
@Table(name = "care_team_member")
public class CareTeamMember {

    public static final int RELEASE_REASON_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "care_team_id")
    private CareTeam careTeam;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "staff_member_id")
    private StaffMember staffMember;

    @Enumerated(EnumType.STRING)
    @Column(name = "discipline", nullable = false, length = 30)
    private Discipline discipline;

    @Enumerated(EnumType.STRING)
    @Column(name = "team_role", nullable = false, length = 10)
    private TeamRole teamRole;

    @Embedded
    private MembershipPeriod period;

    @Column(name = "release_reason", length = RELEASE_REASON_LENGTH)
    private String releaseReason;

    protected CareTeamMember() {
    }

    CareTeamMember(CareTeam careTeam, StaffMember staffMember, TeamRole teamRole, MembershipPeriod period) {
        this.careTeam = careTeam;
        this.staffMember = staffMember;
        this.discipline = staffMember.discipline();
        this.teamRole = teamRole;
        this.period = period;
    }

    public Long id() {
        return id;
    }

    public StaffMember staffMember() {
        return staffMember;
    }

    public Discipline discipline() {
        return discipline;
    }

    public TeamRole teamRole() {
        return teamRole;
    }

    public MembershipPeriod period() {
        return period;
    }

    public boolean isCurrentOn(LocalDate day) {
        return period.includes(day);
    }

    boolean isStaffMember(StaffMember staff) {
        return staffMember == staff || staffMember.id() != null && staffMember.id().equals(staff.id());
    }

    /** Why the member was released, once they are. */
    public Optional<String> releaseReason() {
        return Optional.ofNullable(releaseReason);
    }

    // The reason is checked before the period changes, so that a refusal leaves the membership as it was.
    void endOn(LocalDate lastDay, String reason) {
        String why = PlainText.requiredLine(reason, RuleWords.say("field.releaseReason"), RELEASE_REASON_LENGTH);
        period = period.endingOn(lastDay);
        releaseReason = why;
    }
}
