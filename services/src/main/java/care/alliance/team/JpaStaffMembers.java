package care.alliance.team;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Staff members kept with JPA. */
@ApplicationScoped
public class JpaStaffMembers implements StaffMembers {

    @PersistenceContext(unitName = "alliance")
    EntityManager entityManager;

    public JpaStaffMembers() {
    }

    public JpaStaffMembers(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<StaffMember> find(long staffMemberId) {
        return Optional.ofNullable(entityManager.find(StaffMember.class, staffMemberId));
    }

    @Override
    public Optional<StaffMember> withUsername(String username) {
        return entityManager.createQuery("select s from StaffMember s where s.username = :username", StaffMember.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<StaffMember> all() {
        return entityManager.createQuery("select s from StaffMember s order by s.name.family, s.name.given",
                StaffMember.class).getResultList();
    }
}
