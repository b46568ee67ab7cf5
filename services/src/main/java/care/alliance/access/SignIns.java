package care.alliance.access;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What a sign-in changes in Alliance's records. People are linked to their Keycloak account by its
 * stable id; the user name the account has today is copied onto their record at each sign-in, so
 * pages and the audit's readers see the current one after clinic IT renames an account.
 *
 * <p>Staff and clients recorded before accounts were linked by id have none yet: the first sign-in
 * with their user name links them, once, together with the psychotherapy notes they wrote.
 */
@Stateless
public class SignIns {

    @PersistenceContext(unitName = "alliance")
    EntityManager entityManager;

    public SignIns() {
    }

    public SignIns(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void signedIn(String accountId, String username) {
        if (accountId == null || accountId.isBlank() || username == null || username.isBlank()) {
            return;
        }
        linkRecordedBeforeAccountIds(accountId, username);
        entityManager.createQuery("update StaffMember s set s.username = :username"
                        + " where s.accountId = :accountId and s.username <> :username")
                .setParameter("username", username).setParameter("accountId", accountId).executeUpdate();
        entityManager.createQuery("update Client c set c.username = :username"
                        + " where c.accountId = :accountId and (c.username is null or c.username <> :username)")
                .setParameter("username", username).setParameter("accountId", accountId).executeUpdate();
    }

    private void linkRecordedBeforeAccountIds(String accountId, String username) {
        boolean linked = entityManager.createQuery("select count(s) from StaffMember s where s.accountId = :accountId",
                Long.class).setParameter("accountId", accountId).getSingleResult() > 0
                || entityManager.createQuery("select count(c) from Client c where c.accountId = :accountId", Long.class)
                        .setParameter("accountId", accountId).getSingleResult() > 0;
        if (linked) {
            return;
        }
        int staff = entityManager.createQuery("update StaffMember s set s.accountId = :accountId"
                        + " where s.username = :username and s.accountId is null")
                .setParameter("accountId", accountId).setParameter("username", username).executeUpdate();
        if (staff > 0) {
            entityManager.createQuery("update PsychotherapyNote n set n.authorAccountId = :accountId"
                            + " where n.author = :username and n.authorAccountId is null")
                    .setParameter("accountId", accountId).setParameter("username", username).executeUpdate();
            return;
        }
        entityManager.createQuery("update Client c set c.accountId = :accountId"
                        + " where c.username = :username and c.accountId is null")
                .setParameter("accountId", accountId).setParameter("username", username).executeUpdate();
    }
}
