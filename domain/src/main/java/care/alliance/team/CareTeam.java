package care.alliance.team;

import care.alliance.client.Client;
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
     * Puts a clinician on the team from the given day. A person is on a team once at a time, and
     * a team has at most one current lead.
     */
    public CareTeamMember appoint(StaffMember staff, TeamRole role, LocalDate from) {
        if (members.stream().anyMatch(m -> m.isStaffMember(staff) && m.isCurrentOn(from))) {
            throw new IllegalStateException(staff.signature() + " is already on this care team.");
        }
        if (role == TeamRole.LEAD && currentLead(from).isPresent()) {
            throw new IllegalStateException("This care team already has a lead; release the lead first.");
        }
        CareTeamMember member = new CareTeamMember(this, staff, role, from);
        members.add(member);
        return member;
    }

    /** Takes a clinician off the team after the given last day; their time on it stays on record. */
    public void release(StaffMember staff, LocalDate lastDay) {
        CareTeamMember member = members.stream()
                .filter(m -> m.isStaffMember(staff) && m.isCurrentOn(lastDay))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(staff.signature() + " is not on this care team."));
        member.endOn(lastDay);
    }

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
                member.endOn(lastDay);
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
}
