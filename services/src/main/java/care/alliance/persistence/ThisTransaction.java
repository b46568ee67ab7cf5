package care.alliance.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the running transaction has already read, so that a page view's many service calls, which
 * join one transaction, read the same record once. A repository that adds the record tells it
 * ({@link #remember}), so that a read after the add finds it. Outside a transaction every read
 * goes to the database.
 */
@ApplicationScoped
public class ThisTransaction {

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
        if (registry.getTransactionKey() == null) {
            return read.get();
        }
        Object known = registry.getResource(key);
        if (known != null) {
            return (Optional<T>) known;
        }
        Optional<T> found = read.get();
        registry.putResource(key, found);
        return found;
    }

    /** The record the transaction has just added under {@code key}, for the reads after the add. */
    public void remember(Object key, Object added) {
        if (registry.getTransactionKey() != null) {
            registry.putResource(key, Optional.of(added));
        }
    }
}
