package care.alliance.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.UserTransaction;
import java.util.List;

/**
 * One page view in one transaction: the services the page's view actions call join it, so the
 * page reads what it shows on one connection, and its audit events are kept in one batch
 * ({@link AuditTrail#record}). When the page is shown, the batch is written in the page's
 * transaction just before it commits. When the page is refused (a refusal rolls its work back),
 * the batch is written after the rollback, when the page's connection is back in the pool: the
 * refusal stays on record and no request ever holds two connections for its audit.
 */
@ApplicationScoped
public class PageViewTransaction {

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction transaction;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry registry;

    @Inject
    AuditTrail audit;

    public PageViewTransaction() {
    }

    public PageViewTransaction(UserTransaction transaction, TransactionSynchronizationRegistry registry,
            AuditTrail audit) {
        this.transaction = transaction;
        this.registry = registry;
        this.audit = audit;
    }

    /**
     * Begins the page view's transaction; what the services audit until {@link Open#end} joins its
     * batch. A page rendered while a transaction runs (an error page dispatched within a request)
     * joins that one and leaves its ending to whoever began it.
     */
    public Open begin() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                return new Open(null);
            }
            transaction.begin();
        } catch (NotSupportedException | SystemException e) {
            throw new IllegalStateException("A page view's transaction could not begin.", e);
        }
        AuditBatch batch = new AuditBatch();
        registry.putResource(AuditBatch.class, batch);
        return new Open(batch);
    }

    /** A page view whose transaction runs. */
    public final class Open {

        /** Null when the page joined a transaction begun elsewhere. */
        private final AuditBatch batch;

        private Open(AuditBatch batch) {
            this.batch = batch;
        }

        /**
         * Ends the page view: commits it with its audit events when it succeeded, else rolls it
         * back and then writes its audit events in a transaction of their own.
         */
        public void end(boolean failed) {
            if (batch == null) {
                return;
            }
            List<AuditEvent> events = batch.take();
            RuntimeException failure = null;
            boolean committed = false;
            try {
                if (!failed && transaction.getStatus() == Status.STATUS_ACTIVE) {
                    if (!events.isEmpty()) {
                        audit.write(events);
                    }
                    transaction.commit();
                    committed = true;
                }
            } catch (RuntimeException e) {
                failure = e;
            } catch (Exception e) {
                failure = new IllegalStateException("A page view's transaction did not commit.", e);
            }
            if (committed) {
                return;
            }
            try {
                if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                    transaction.rollback();
                }
                if (!events.isEmpty()) {
                    // written again as new: a commit that failed took back the rows written before it
                    audit.write(events.stream().map(AuditEvent::unwritten).toList());
                }
            } catch (RuntimeException | SystemException e) {
                RuntimeException next = e instanceof RuntimeException runtime ? runtime
                        : new IllegalStateException("A page view's transaction did not roll back.", e);
                if (failure == null) {
                    failure = next;
                } else {
                    failure.addSuppressed(next);
                }
            }
            if (failure != null) {
                throw failure;
            }
        }
    }
}
