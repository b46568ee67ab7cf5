package care.alliance.note;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Team notes kept with JPA. */
@ApplicationScoped
public class JpaTeamNotes implements TeamNotes {

    @PersistenceContext(unitName = "alliance")
    EntityManager entityManager;

    public JpaTeamNotes() {
    }

    public JpaTeamNotes(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<TeamNote> ofClient(long clientId) {
        return entityManager.createQuery("select n from TeamNote n where n.clientId = :clientId"
                        + " order by n.writtenAt desc, n.id desc", TeamNote.class)
                .setParameter("clientId", clientId)
                .getResultList();
    }

    @Override
    public void add(TeamNote note) {
        entityManager.persist(note);
    }

    @Override
    public void flush() {
        entityManager.flush();
    }
}
