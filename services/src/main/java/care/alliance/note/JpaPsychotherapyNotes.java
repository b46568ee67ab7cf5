package care.alliance.note;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Psychotherapy notes kept with JPA, in their own table. */
@ApplicationScoped
public class JpaPsychotherapyNotes implements PsychotherapyNotes {

    @PersistenceContext(unitName = "alliance")
    EntityManager entityManager;

    public JpaPsychotherapyNotes() {
    }

    public JpaPsychotherapyNotes(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<PsychotherapyNote> find(long noteId) {
        return Optional.ofNullable(entityManager.find(PsychotherapyNote.class, noteId));
    }

    @Override
    public List<PsychotherapyNote> byAuthor(long clientId, String authorAccountId) {
        return entityManager.createQuery("select n from PsychotherapyNote n where n.clientId = :clientId"
                        + " and n.authorAccountId = :author order by n.writtenAt desc, n.id desc", PsychotherapyNote.class)
                .setParameter("clientId", clientId)
                .setParameter("author", authorAccountId)
                .getResultList();
    }

    @Override
    public void add(PsychotherapyNote note) {
        entityManager.persist(note);
    }

    @Override
    public void flush() {
        entityManager.flush();
    }
}
