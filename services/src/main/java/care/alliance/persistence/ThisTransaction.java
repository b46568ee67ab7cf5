package care.alliance.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the running transaction has already read, so that a page view's many service calls, which
 * join one transaction, read the same record once. A repository that adds the record tells it
 * ({@link #remember}), so that a read after the add finds it; one that adds to a list read whole
 * ({@link #rememberedList}) makes the transaction forget the list ({@link #forget}). Outside a
 * transaction, or without the container's registry (a repository made by hand), every read goes to
 * the database.
 */
@ApplicationScoped
public class ThisTransaction {

    private static final Object NOT_READ = new Object();

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry registry;

    public ThisTransaction() {
    }

    public ThisTransaction(TransactionSynchronizationRegistry registry) {
        this.registry = registry;
    }

    /** What {@code read} finds for {@code key}, or that it finds nothing, read at most once per transaction. */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> remembered(Object key, Supplier<Optional<T>> read) {
        if (!inATransaction()) {
            return read.get();
        }
        if (registry.getResource(key) instanceof Optional<?> known) {
            return (Optional<T>) known;
        }
        Optional<T> found = read.get();
        registry.putResource(key, found);
        return found;
    }

    /**
     * The records {@code read} finds for {@code key}, read at most once per transaction; each
     * caller gets a list of its own, which it may change.
     */
    @SuppressWarnings("unchecked")
    public <T> List<T> rememberedList(Object key, Supplier<List<T>> read) {
        if (!inATransaction()) {
            return read.get();
        }
        if (registry.getResource(key) instanceof List<?> known) {
            return new ArrayList<>((List<T>) known);
        }
        List<T> found = read.get();
        registry.putResource(key, List.copyOf(found));
        return new ArrayList<>(found);
    }

    /** Whatever was read under {@code key} is read again: the transaction has just added to it. */
    public void forget(Object key) {
        if (inATransaction()) {
            registry.putResource(key, NOT_READ);
        }
    }

    /** The record the transaction has just added under {@code key}, for the reads after the add. */
    public void remember(Object key, Object added) {
        if (inATransaction()) {
            registry.putResource(key, Optional.of(added));
        }
    }

    private boolean inATransaction() {
        return registry != null && registry.getTransactionKey() != null;
    }
}
