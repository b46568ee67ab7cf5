package care.alliance.team;

import care.alliance.persistence.ThisTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Care teams kept with JPA; each query fetches clients and members with the teams in one go. */
@ApplicationScoped
public class JpaCareTeams implements CareTeams {

    private static final String TEAM_WITH_MEMBERS = "select distinct t from CareTeam t"
            + " join fetch t.client c"
            + " left join fetch t.members tm"
            + " left join fetch tm.staffMember ";

    @PersistenceContext(unitName = "alliance")
    EntityManager entityManager;

    @Inject
    ThisTransaction transaction;

    public JpaCareTeams() {
    }

    public JpaCareTeams(EntityManager entityManager, ThisTransaction transaction) {
        this.entityManager = entityManager;
        this.transaction = transaction;
    }

    @Override
    public List<CareTeam> withCurrentMember(String accountId, LocalDate day) {
        return entityManager.createQuery(TEAM_WITH_MEMBERS
                        + "where exists (select m from CareTeamMember m"
                        + " where m.careTeam = t and m.staffMember.accountId = :accountId"
                        + " and m.period.startsOn <= :day"
                        + " and (m.period.endsOn is null or m.period.endsOn >= :day))"
                        + " order by c.legalName.family, c.legalName.given", CareTeam.class)
                .setParameter("accountId", accountId)
                .setParameter("day", day)
                .getResultList();
    }

    /** Read once per transaction: a page view's services each ask for the client's team. */
    @Override
    public Optional<CareTeam> ofClient(long clientId) {
        return transaction.remembered(new TeamOfClient(clientId), () -> entityManager
                .createQuery(TEAM_WITH_MEMBERS + "where c.id = :clientId", CareTeam.class)
                .setParameter("clientId", clientId)
                .getResultStream()
                .findFirst());
    }

    private record TeamOfClient(long clientId) {
    }

    @Override
    public List<CareTeam> ofClients(Collection<Long> clientIds) {
        if (clientIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery(TEAM_WITH_MEMBERS + "where c.id in :clientIds", CareTeam.class)
                .setParameter("clientIds", clientIds)
                .getResultList();
    }

    @Override
    public Optional<CareTeam> ofPortalAccount(String accountId) {
        Optional<CareTeam> team = transaction.remembered(new TeamOfPortalAccount(accountId), () -> entityManager
                .createQuery(TEAM_WITH_MEMBERS + "where c.accountId = :accountId", CareTeam.class)
                .setParameter("accountId", accountId)
                .getResultStream()
                .findFirst());
        // the portal's services then ask for the team by the client's number
        team.ifPresent(found -> transaction.remember(new TeamOfClient(found.client().id()), found));
        return team;
    }

    private record TeamOfPortalAccount(String accountId) {
    }

    /**
     * The team's row is locked before its members are read, so that whoever waited for the lock
     * reads the members as the one before left them, not as they were before the wait.
     */
    @Override
    public Optional<CareTeam> ofClientForChange(long clientId) {
        return entityManager.createQuery("select t.id from CareTeam t where t.client.id = :clientId", Long.class)
                .setParameter("clientId", clientId)
                .getResultStream()
                .findFirst()
                .map(teamId -> entityManager.find(CareTeam.class, teamId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void add(CareTeam team) {
        entityManager.persist(team);
        transaction.remember(new TeamOfClient(team.client().id()), team);
    }

    @Override
    public void flush() {
        entityManager.flush();
    }

    @Override
    public List<CareTeam> all() {
        return entityManager.createQuery(TEAM_WITH_MEMBERS
                        + "order by c.legalName.family, c.legalName.given", CareTeam.class)
                .getResultList();
    }
}
