package care.alliance.team;

import care.alliance.client.Client;
import care.alliance.rules.InvalidInput;
import care.alliance.rules.RuleWords;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The people around one client: psychiatrist, primary care, therapist, care manager, each
 * appointed from a given day and released on another. A clinician sees a client only while a
 * current member of that client's team, so the team is where "for whom" is decided. Released
 * members stay on the team's record as its history.
 */
@Entity
@Table(name = "care_team")
public class CareTeam {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "client_id", unique = true)
    private Client client;

    @OneToMany(mappedBy = "careTeam", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("period.startsOn")
    private List<CareTeamMember> members = new ArrayList<>();

    protected CareTeam() {
    }

    public CareTeam(Client client) {
        if (client == null) {
            throw new IllegalArgumentException("A care team is formed around a client.");
        }
        this.client = client;
    }

    public Long id() {
        return id;
    }

    public Client client() {
        return client;
    }

    /**
     * Puts a clinician on the team from the given day, in their discipline, as its lead or a member,
     * until they are released. One person's appointments to a team never overlap: a new one starts
     * after their last one ended. A team has at most one lead at a time (it may have none while it
     * is being formed, when only clinic IT forms it); a new lead is named once the lead before has
     * been released, so the history always says who led the team on any day.
     */
    public CareTeamMember appoint(StaffMember staff, TeamRole role, LocalDate from) {
        checkAppointment(staff, role, from);
        CareTeamMember member = new CareTeamMember(this, staff, role, MembershipPeriod.startingOn(from));
        members.add(member);
        return member;
    }

    /**
     * Refuses, as {@link #appoint} would, an appointment the team's rules do not take, and changes
     * nothing: for checking an appointment before it is made, such as the rows of an import.
     */
    public void checkAppointment(StaffMember staff, TeamRole role, LocalDate from) {
        if (staff == null) {
            throw new InvalidInput(RuleWords.say("team.staffMemberRequired"), "staffMember");
        }
        if (role == null) {
            throw new InvalidInput(RuleWords.say("team.teamRoleRequired"), "teamRole");
        }
        MembershipPeriod.startingOn(from);
        Optional<CareTeamMember> overlapping = members.stream()
                .filter(m -> m.isStaffMember(staff) && m.period().reachesTo(from))
                .findFirst();
        if (overlapping.isPresent()) {
            MembershipPeriod earlier = overlapping.get().period();
            throw new InvalidInput(earlier.endsOn()
                    .map(end -> RuleWords.say("team.overlaps", staff.signature(), earlier.startsOn(), end))
                    .orElseGet(() -> RuleWords.say("team.overlapsOpen", staff.signature(), earlier.startsOn())),
                    "firstDayOnTeam");
        }
        Optional<CareTeamMember> lead = members.stream()
                .filter(m -> m.teamRole() == TeamRole.LEAD && m.period().reachesTo(from))
                .findFirst();
        if (role == TeamRole.LEAD && lead.isPresent()) {
            throw new InvalidInput(RuleWords.say("team.leadAlready", lead.get().staffMember().signature(),
                    lead.get().period().startsOn()), "teamRole");
        }
    }

    /**
     * Takes a clinician off the team after the given last day, saying why; their time on it stays
     * on record. It ends their appointment that has no last day yet.
     */
    public CareTeamMember release(StaffMember staff, LocalDate lastDay, String reason) {
        CareTeamMember member = members.stream()
                .filter(m -> m.isStaffMember(staff) && m.period().endsOn().isEmpty())
                .findFirst()
                .orElseThrow(() -> new InvalidInput(RuleWords.say("team.notOnTeam", staff.signature()), "staffMember"));
        member.endOn(lastDay, reason);
        return member;
    }

    /** The reason kept with the memberships of someone let go, in the clinic's record as it is stored. */
    public static final String LEFT_THE_CLINIC = "Left the clinic";

    /**
     * Ends every membership the staff member has on this team after the given last day: a current
     * one ends that day, one that was to begin later is withdrawn. Returns how many there were.
     */
    public int endMembershipsOf(StaffMember staff, LocalDate lastDay) {
        int ended = 0;
        for (CareTeamMember member : List.copyOf(members)) {
            if (!member.isStaffMember(staff)) {
                continue;
            }
            if (member.period().startsOn().isAfter(lastDay)) {
                members.remove(member);
                ended++;
            } else if (member.isCurrentOn(lastDay)) {
                member.endOn(lastDay, LEFT_THE_CLINIC);
                ended++;
            }
        }
        return ended;
    }

    /** Whether the person with this Keycloak account is on the team on the given day. */
    public boolean isCurrentMember(String accountId, LocalDate day) {
        return members.stream().anyMatch(m -> m.staffMember().hasAccount(accountId) && m.isCurrentOn(day));
    }

    /** The members on the team on the given day, lead first, then by discipline. */
    public List<CareTeamMember> membersOn(LocalDate day) {
        return members.stream()
                .filter(m -> m.isCurrentOn(day))
                .sorted(Comparator.comparing(CareTeamMember::teamRole)
                        .thenComparing(CareTeamMember::discipline))
                .toList();
    }

    /** Everyone who has ever been on the team, in the order they joined. */
    public List<CareTeamMember> history() {
        return List.copyOf(members);
    }

    public Optional<CareTeamMember> currentLead(LocalDate day) {
        return membersOn(day).stream().filter(m -> m.teamRole() == TeamRole.LEAD).findFirst();
    }

    /** Whether the person with this Keycloak account leads the team on the given day. */
    public boolean isLedBy(String accountId, LocalDate day) {
        return currentLead(day).map(lead -> lead.staffMember().hasAccount(accountId)).orElse(false);
    }
}
