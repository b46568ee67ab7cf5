package care.alliance.team;

import care.alliance.client.Client;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The clinic's staff kept with JPA; the directory is searched and paged in the database. */
@ApplicationScoped
public class JpaStaffMembers implements StaffMembers {

    private static final String MATCHING = " from StaffMember s where lower(s.name.given) like :text escape '!'"
            + " or lower(s.name.family) like :text escape '!' or lower(s.username) like :text escape '!'"
            + " or lower(concat(s.name.given, ' ', s.name.family)) like :text escape '!'";

    @PersistenceContext(unitName = "alliance")
    EntityManager entityManager;

    public JpaStaffMembers() {
    }

    public JpaStaffMembers(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<StaffMember> find(long staffId) {
        return Optional.ofNullable(entityManager.find(StaffMember.class, staffId));
    }

    @Override
    public Optional<StaffMember> withAccount(String accountId) {
        return entityManager.createQuery("select s from StaffMember s where s.accountId = :accountId", StaffMember.class)
                .setParameter("accountId", accountId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<StaffMember> all() {
        return entityManager.createQuery("select s from StaffMember s order by s.name.family, s.name.given",
                StaffMember.class).getResultList();
    }

    @Override
    public boolean hasUsername(String username) {
        return entityManager.createQuery("select count(s) from StaffMember s where s.username = :username", Long.class)
                .setParameter("username", username).getSingleResult() > 0;
    }

    @Override
    public Optional<StaffMember> withUsername(String username) {
        return entityManager.createQuery("select s from StaffMember s where s.username = :username", StaffMember.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    @Override
    public List<StaffMember> search(String text, int first, int max) {
        return entityManager.createQuery("select s" + MATCHING
                        + " order by s.name.family, s.name.given, s.id", StaffMember.class)
                .setParameter("text", pattern(text))
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public long count(String text) {
        return entityManager.createQuery("select count(s)" + MATCHING, Long.class)
                .setParameter("text", pattern(text)).getSingleResult();
    }

    @Override
    public Map<Long, List<String>> teamsOn(List<Long> staffIds, LocalDate day) {
        Map<Long, List<String>> teams = new LinkedHashMap<>();
        if (staffIds.isEmpty()) {
            return teams;
        }
        List<Object[]> rows = entityManager.createQuery("select m.staffMember.id, c from CareTeamMember m"
                        + " join m.careTeam t join t.client c where m.staffMember.id in :ids"
                        + " and m.period.startsOn <= :day and (m.period.endsOn is null or m.period.endsOn >= :day)"
                        + " order by c.legalName.family, c.legalName.given", Object[].class)
                .setParameter("ids", staffIds)
                .setParameter("day", day)
                .getResultList();
        for (Object[] row : rows) {
            teams.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(((Client) row[1]).displayName());
        }
        return teams;
    }

    @Override
    public List<CareTeam> teamsFrom(StaffMember staff, LocalDate day) {
        return entityManager.createQuery("select distinct t from CareTeam t join t.members m"
                        + " where m.staffMember = :staff and (m.period.endsOn is null or m.period.endsOn >= :day)",
                        CareTeam.class)
                .setParameter("staff", staff)
                .setParameter("day", day)
                .getResultList();
    }

    @Override
    public void add(StaffMember staff) {
        entityManager.persist(staff);
    }

    @Override
    public void flush() {
        entityManager.flush();
    }

    /** The text as a LIKE pattern that finds it anywhere; its own % and _ are taken literally. */
    private static String pattern(String text) {
        String plain = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return "%" + plain.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
