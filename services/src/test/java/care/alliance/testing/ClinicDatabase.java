package care.alliance.testing;

import care.alliance.access.Caller;
import care.alliance.access.CarePlanAccess;
import care.alliance.access.CarePlanAccessWiring;
import care.alliance.consent.ConsentDefaults;
import care.alliance.consent.ConsentService;
import care.alliance.consent.ConsentServiceWiring;
import care.alliance.consent.JpaClientConsents;
import care.alliance.account.ClinicAccounts;
import care.alliance.account.OpenSessions;
import care.alliance.audit.AuditSearch;
import care.alliance.audit.AuditSearchWiring;
import care.alliance.audit.AuditTrail;
import care.alliance.audit.AuditTrailInItsOwnTransaction;
import care.alliance.audit.PageViewTransaction;
import care.alliance.careplan.CarePlanService;
import care.alliance.careplan.CarePlanServiceWiring;
import care.alliance.careplan.JpaCarePlans;
import care.alliance.client.JpaClients;
import care.alliance.client.PortalAccounts;
import care.alliance.client.PortalAccountsWiring;
import care.alliance.client.PreferencesService;
import care.alliance.client.PreferencesServiceWiring;
import care.alliance.emergency.EmergencyAccessPeriod;
import care.alliance.emergency.EmergencyAccessService;
import care.alliance.emergency.EmergencyAccessServiceWiring;
import care.alliance.emergency.JpaEmergencyAccesses;
import care.alliance.goal.GoalService;
import care.alliance.goal.GoalServiceWiring;
import care.alliance.goal.Goals;
import care.alliance.goal.JpaGoals;
import care.alliance.measure.JpaMeasures;
import care.alliance.monitoring.CountedMetrics;
import care.alliance.measure.MeasureService;
import care.alliance.measure.MeasureServiceWiring;
import care.alliance.measure.TreatToTarget;
import care.alliance.note.JpaPsychotherapyNotes;
import care.alliance.note.JpaTeamNotes;
import care.alliance.note.NoteService;
import care.alliance.note.NoteServiceWiring;
import care.alliance.persistence.DatabaseSchema;
import care.alliance.persistence.ThisTransaction;
import care.alliance.progress.JpaProgressCheckIns;
import care.alliance.staff.StaffAdministration;
import care.alliance.staff.StaffAdministrationWiring;
import care.alliance.progress.ProgressService;
import care.alliance.progress.ProgressServiceWiring;
import care.alliance.relationship.AllianceService;
import care.alliance.relationship.AllianceServiceWiring;
import care.alliance.relationship.JpaAllianceCheckIns;
import care.alliance.relationship.RuptureWatch;
import care.alliance.review.CaseReviewService;
import care.alliance.review.CaseReviewServiceWiring;
import care.alliance.review.JpaCaseReviews;
import care.alliance.task.JpaTasks;
import care.alliance.task.TaskService;
import care.alliance.task.TaskServiceWiring;
import care.alliance.client.ClientRegistration;
import care.alliance.client.ClientRegistrationWiring;
import care.alliance.careplan.PlanReaders;
import care.alliance.careplan.PlanReadersWiring;
import care.alliance.team.CareTeamFormation;
import care.alliance.team.CareTeamFormationWiring;
import care.alliance.team.CareTeamService;
import care.alliance.team.CareTeamServiceWiring;
import care.alliance.team.CaseloadQuery;
import care.alliance.team.CaseloadRows;
import care.alliance.team.JpaCareTeams;
import care.alliance.team.JpaStaffMembers;
import care.alliance.team.StaffMembers;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.UserTransaction;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A fresh, migrated in-memory H2 database with Alliance's own persistence unit bootstrapped on it in
 * Java SE, and Alliance's services wired by hand the way the container wires them: no container,
 * fast enough to build one per test class. With the system property {@code alliance.test.database}
 * set to {@code postgresql} it is a fresh database on the machine's PostgreSQL instead, migrated by
 * the same migrations and dropped on {@link #close} ({@link ThrowawayDatabase}): the race tests run
 * a second time so, on the production database.
 *
 * <p>The persistence unit is the production {@code META-INF/persistence.xml} unit "alliance"; only
 * what ties it to the container is overridden: resource-local transactions instead of JTA, the
 * H2 data source object instead of the JNDI name, and no JTA platform. Every service call runs
 * in its own transaction, committed when the call returns and rolled back when it throws, as a
 * container-managed transaction does; the audit trail writes in a transaction of its own, as its
 * {@code REQUIRES_NEW} does in the container, so refusals stay on record.
 */
public final class ClinicDatabase implements AutoCloseable {

    /** Monday 16 March 2026, 10:00 UTC: "today" for every service built here. */
    public static final Instant NOW = Instant.parse("2026-03-16T10:00:00Z");
    public static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);

    private static final List<Logger> QUIETENED = List.of(Logger.getLogger("org.hibernate"),
            Logger.getLogger("org.flywaydb"));

    static {
        QUIETENED.forEach(logger -> logger.setLevel(Level.WARNING));
    }

    private final ThrowawayDatabase database;
    private final DataSource dataSource;
    private final int migrationsApplied;
    private final EntityManagerFactory entityManagerFactory;
    private final ThreadLocal<Deque<EntityManager>> transactions = ThreadLocal.withInitial(ArrayDeque::new);
    /** What each running transaction keeps for its services, as the container's transaction synchronization registry does. */
    private final ThreadLocal<Deque<Map<Object, Object>>> resources = ThreadLocal.withInitial(ArrayDeque::new);
    private final ConnectionCount connections;
    private final ThisTransaction thisTransaction;
    private final EntityManager transactionScoped;
    private ConsentDefaults consentDefaults = ConsentDefaults.everyDiscipline();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    /** A clock that starts at {@link #NOW} when the database opens and then runs, as the container's clock runs. */
    private final CountedMetrics metrics = new CountedMetrics();
    private final Clock runningClock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), NOW));

    private ClinicDatabase(ThrowawayDatabase database, int migrationsApplied) {
        this.database = database;
        this.dataSource = database.dataSource();
        this.migrationsApplied = migrationsApplied;
        this.connections = new ConnectionCount(dataSource);
        this.thisTransaction = new ThisTransaction(registry());
        this.entityManagerFactory = Persistence.createEntityManagerFactory("alliance",
                javaSeOverrides(connections.dataSource()));
        try {
            DatabaseSchema.validateEntities(entityManagerFactory);
        } catch (RuntimeException e) {
            entityManagerFactory.close();
            throw e;
        }
        this.transactionScoped = transactionScopedEntityManager();
    }

    /** A new database, migrated by Flyway, with Hibernate validated against it. */
    public static ClinicDatabase migrated() {
        return prepared(schema -> { });
    }

    /**
     * A new database, migrated by Flyway with the demo clinic of {@code deploy/src/main/demo}
     * loaded as {@code ./alliance} loads it: dated from the real today, as the demo is.
     */
    public static ClinicDatabase withDemoClinic() {
        ThrowawayDatabase database = ThrowawayDatabase.asConfigured();
        try {
            int applied = new DatabaseSchema(database.dataSource(), Optional.of("filesystem:../deploy/src/main/demo"))
                    .migrate();
            return new ClinicDatabase(database, applied);
        } catch (RuntimeException e) {
            database.remove();
            throw e;
        }
    }

    /**
     * A new database, migrated by Flyway and then changed by {@code afterMigration} through JDBC
     * before Hibernate starts on it; for proving that the entity validation notices a drift.
     */
    public static ClinicDatabase prepared(Consumer<Connection> afterMigration) {
        ThrowawayDatabase database = ThrowawayDatabase.asConfigured();
        try {
            int applied = new DatabaseSchema(database.dataSource()).migrate();
            try (Connection connection = database.dataSource().getConnection()) {
                afterMigration.accept(connection);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return new ClinicDatabase(database, applied);
        } catch (RuntimeException e) {
            database.remove();
            throw e;
        }
    }

    /**
     * What turns the container's JTA unit into a Java SE one with Hibernate 6.6: the transaction
     * type as a String (the enum is refused), the data source object as the non-JTA data source,
     * the JTA data source cleared with null (an empty name is looked up in JNDI and fails), and no
     * JTA platform (the unit names Payara's).
     */
    static Map<String, Object> javaSeOverrides(DataSource dataSource) {
        Map<String, Object> overrides = new HashMap<>();
        overrides.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        overrides.put("jakarta.persistence.nonJtaDataSource", dataSource);
        overrides.put("jakarta.persistence.jtaDataSource", null);
        overrides.put("hibernate.transaction.jta.platform",
                "org.hibernate.engine.transaction.jta.platform.internal.NoJtaPlatform");
        return overrides;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public int migrationsApplied() {
        return migrationsApplied;
    }

    public EntityManagerFactory entityManagerFactory() {
        return entityManagerFactory;
    }

    public Clock clock() {
        return clock;
    }

    /** A clock that read {@link #NOW} when this database was opened, and runs on from there. */
    public Clock runningClock() {
        return runningClock;
    }

    /**
     * The entity manager of the transaction running on this thread, like an injected
     * {@code @PersistenceContext}: give it to repositories and services once, use it inside
     * {@link #call} or {@link #inNewTransaction}.
     */
    public EntityManager entityManager() {
        return transactionScoped;
    }

    /** Runs work in a new transaction of its own: committed when it returns, rolled back when it throws. */
    public <T> T inNewTransaction(Supplier<T> work) {
        EntityManager entityManager = entityManagerFactory.createEntityManager();
        EntityTransaction transaction = entityManager.getTransaction();
        Deque<EntityManager> running = transactions.get();
        running.push(entityManager);
        resources.get().push(new HashMap<>());
        try {
            transaction.begin();
            T result = work.get();
            transaction.commit();
            return result;
        } catch (RuntimeException | Error e) {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            throw e;
        } finally {
            running.pop();
            resources.get().pop();
            entityManager.close();
        }
    }

    public void inNewTransaction(Runnable work) {
        inNewTransaction(() -> {
            work.run();
            return null;
        });
    }

    /** Runs work with the transaction's entity manager, e.g. to build a clinic. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        return inNewTransaction(() -> work.apply(transactionScoped));
    }

    /** One service call, in a transaction as the container runs a business method. */
    public <T> T call(Supplier<T> serviceCall) {
        return inNewTransaction(serviceCall);
    }

    /** A caseload query for every client of a test clinic's caseloads, in the order the caseload opens in. */
    public static final CaseloadQuery EVERY_CLIENT = new CaseloadQuery(null, false, 0, CaseloadQuery.MOST_ROWS);

    /** The care-team service as the container wires it, for the given signed-in caller. */
    public CareTeamService careTeamService(Caller caller) {
        return CareTeamServiceWiring.wire(careTeams(), new JpaGoals(transactionScoped, thisTransaction),
                new CaseloadRows(transactionScoped), new FixedCaller(caller), auditTrail(),
                new JpaEmergencyAccesses(transactionScoped), clock);
    }

    /** The formation of care teams as the container wires it, for the given signed-in caller. */
    public CareTeamFormation careTeamFormation(Caller caller) {
        return CareTeamFormationWiring.wire(careTeams(), new JpaStaffMembers(transactionScoped),
                new FixedCaller(caller), auditTrail(), clock);
    }

    /** Client registration as the container wires it, for the given signed-in caller. */
    public ClientRegistration clientRegistration(Caller caller) {
        return ClientRegistrationWiring.wire(new JpaClients(transactionScoped), new JpaCarePlans(transactionScoped),
                careTeams(), new JpaStaffMembers(transactionScoped), new FixedCaller(caller),
                auditTrail(), clock);
    }

    /**
     * The goal service as the container wires it, for the given signed-in caller: goals kept by
     * {@link JpaGoals} on the transaction's entity manager, every call passing {@link CarePlanAccess}
     * (for which "today" is {@link #TODAY}). It stamps changes with the time of a running clock,
     * {@link #runningClock}, as the container's {@code Clock.systemUTC()} does: no two changes
     * share an instant.
     */
    public GoalService goalService(Caller caller) {
        return goalService(caller, runningClock);
    }

    /**
     * The goal service stamping its changes with the times of {@code goalClock}; "today", which
     * decides who is on a care team, stays {@link #TODAY}.
     */
    public GoalService goalService(Caller caller, Clock goalClock) {
        return goalService(caller, new JpaGoals(transactionScoped, thisTransaction), goalClock);
    }

    /** The goal service keeping goals in the given repository, e.g. one that holds a step for a test. */
    public GoalService goalService(Caller caller, Goals goals, Clock goalClock) {
        return GoalServiceWiring.wire(goals, carePlanAccess(caller), goalClock, new JpaMeasures(transactionScoped, thisTransaction));
    }

    /**
     * The care-plan service as the container wires it, for the given signed-in caller: "today",
     * which decides whether a review date lies in the past, is {@link #TODAY}.
     */
    public CarePlanService carePlanService(Caller caller) {
        return CarePlanServiceWiring.wire(new JpaCarePlans(transactionScoped), carePlanAccess(caller), clock);
    }

    /** "Who looked at my plan" as the container wires it, reading the audit as it stands now. */
    public PlanReaders planReaders(Caller caller) {
        return PlanReadersWiring.wire(carePlanAccess(caller), transactionScoped, new JpaEmergencyAccesses(transactionScoped));
    }

    /** The privacy officer's search of the audit as the container wires it, in the clinic's zone (UTC). */
    public AuditSearch auditSearch(Caller caller) {
        return AuditSearchWiring.wire(new FixedCaller(caller), auditTrail(), transactionScoped, clock);
    }

    /** The task service as the container wires it, stamping with the {@link #runningClock}. */
    public TaskService taskService(Caller caller) {
        return TaskServiceWiring.wire(new JpaTasks(transactionScoped, thisTransaction), new JpaGoals(transactionScoped, thisTransaction),
                carePlanAccess(caller), runningClock);
    }

    /** The progress service as the container wires it, stamping with the {@link #runningClock}. */
    public ProgressService progressService(Caller caller) {
        return ProgressServiceWiring.wire(new JpaProgressCheckIns(transactionScoped, thisTransaction), new JpaGoals(transactionScoped, thisTransaction),
                new JpaTasks(transactionScoped, thisTransaction), carePlanAccess(caller), runningClock);
    }

    /** The note service as the container wires it, stamping with the {@link #runningClock}. */
    public NoteService noteService(Caller caller) {
        return NoteServiceWiring.wire(new JpaTeamNotes(transactionScoped), new JpaPsychotherapyNotes(transactionScoped),
                new JpaGoals(transactionScoped, thisTransaction), carePlanAccess(caller), runningClock);
    }

    /** The preferences service as the container wires it, stamping with the {@link #runningClock}. */
    public PreferencesService preferencesService(Caller caller) {
        return PreferencesServiceWiring.wire(new JpaClients(transactionScoped),
                carePlanAccess(caller), new FixedCaller(caller), runningClock);
    }

    /** The alliance service as the container wires it, with the standard rupture marks. */
    public AllianceService allianceService(Caller caller) {
        return allianceService(caller, RuptureWatch.STANDARD);
    }

    public AllianceService allianceService(Caller caller, RuptureWatch watch) {
        return AllianceServiceWiring.wire(new JpaAllianceCheckIns(transactionScoped), carePlanAccess(caller), watch,
                metrics, runningClock);
    }

    /**
     * The measure service as the container wires it, with the standard treat-to-target rule,
     * stamping with the {@link #runningClock} in whole microseconds, as the container's clock and
     * the database keep them.
     */
    public MeasureService measureService(Caller caller) {
        return measureService(caller, Clock.tick(runningClock, Duration.ofNanos(1000)));
    }

    /** The measure service reading "now" from {@code measureClock}; "today" for team membership stays {@link #TODAY}. */
    public MeasureService measureService(Caller caller, Clock measureClock) {
        return MeasureServiceWiring.wire(new JpaMeasures(transactionScoped, thisTransaction), careTeams(),
                carePlanAccess(caller), new FixedCaller(caller), auditTrail(), TreatToTarget.STANDARD, measureClock);
    }

    /**
     * The case review service as the container wires it, stamping with the {@link #runningClock} in
     * whole microseconds; "today", for team membership and the day of a review, is {@link #TODAY}.
     */
    public CaseReviewService caseReviewService(Caller caller) {
        return caseReviewService(caller, Clock.tick(runningClock, Duration.ofNanos(1000)));
    }

    public CaseReviewService caseReviewService(Caller caller, Clock reviewClock) {
        return CaseReviewServiceWiring.wire(new JpaCaseReviews(transactionScoped), careTeams(),
                carePlanAccess(caller), new FixedCaller(caller), auditTrail(), reviewClock);
    }

    /** Clinic IT's staff administration as the container wires it, with the accounts and sessions given. */
    public StaffAdministration staffAdministration(Caller caller, ClinicAccounts accounts, OpenSessions sessions) {
        return staffAdministration(caller, new JpaStaffMembers(transactionScoped), accounts, sessions);
    }

    public StaffAdministration staffAdministration(Caller caller, StaffMembers staff, ClinicAccounts accounts,
            OpenSessions sessions) {
        return StaffAdministrationWiring.wire(staff, accounts, sessions, new FixedCaller(caller), auditTrail(), clock);
    }

    /** Client registration that opens portal accounts in the given Keycloak, for the given signed-in caller. */
    public ClientRegistration clientRegistration(Caller caller, ClinicAccounts accounts, OpenSessions sessions) {
        return ClientRegistrationWiring.wire(new JpaClients(transactionScoped), new JpaCarePlans(transactionScoped),
                careTeams(), new JpaStaffMembers(transactionScoped),
                portalAccounts(caller, accounts, sessions), new FixedCaller(caller), auditTrail(), clock);
    }

    /** Clients' portal accounts as the container wires them, for the given signed-in caller. */
    public PortalAccounts portalAccounts(Caller caller, ClinicAccounts accounts, OpenSessions sessions) {
        return PortalAccountsWiring.wire(new JpaClients(transactionScoped), accounts, sessions, new FixedCaller(caller),
                auditTrail());
    }

    /** What the running transaction has read, for repositories built by a test. */
    public ThisTransaction thisTransaction() {
        return thisTransaction;
    }

    /** Care teams kept by JPA on the transaction's entity manager, each read once per transaction. */
    public JpaCareTeams careTeams() {
        return new JpaCareTeams(transactionScoped, thisTransaction);
    }

    /** Clients' consents kept by JPA on the transaction's entity manager, each read once per transaction. */
    public JpaClientConsents clientConsents() {
        return new JpaClientConsents(transactionScoped, thisTransaction);
    }

    /**
     * What the running transaction keeps for its services, as the container's registry: the
     * resources of the innermost transaction running on this thread.
     */
    public TransactionSynchronizationRegistry registry() {
        return new TestRegistry();
    }

    /**
     * A page view as the container runs it ({@link PageViewTransaction}): one transaction that the
     * services called in {@code work} join, with its audit events in one batch. {@code work} tells
     * whether the page failed (a view action threw, which rolls the page back in the container).
     */
    public void pageView(Supplier<Boolean> work) {
        pageView(new TestUserTransaction(), work);
    }

    /**
     * A page view whose commit fails after its work and its audit batch were written, as when the
     * database fails the commit: the container rolls the transaction back and says so.
     */
    public void pageViewWhoseCommitFails(Supplier<Boolean> work) {
        pageView(new TestUserTransaction() {
            @Override
            public void commit() throws RollbackException {
                rollback();
                throw new RollbackException("The database failed the commit.");
            }
        }, work);
    }

    private void pageView(UserTransaction transaction, Supplier<Boolean> work) {
        PageViewTransaction.Open open = new PageViewTransaction(transaction, registry(), auditTrail()).begin();
        boolean failed = true;
        try {
            failed = work.get();
        } finally {
            open.end(failed);
        }
    }

    /** The most connections held at once while the work ran, and the statements it prepared. */
    public ConnectionCount.Watched watch(Runnable work) {
        return connections.watch(work);
    }

    /** Whether a transaction runs on this thread. */
    public boolean inTransaction() {
        return !transactions.get().isEmpty();
    }

    /** The registry's view of the transactions {@link #inNewTransaction} runs on this thread. */
    private final class TestRegistry implements TransactionSynchronizationRegistry {

        @Override
        public Object getTransactionKey() {
            return transactions.get().peek();
        }

        @Override
        public void putResource(Object key, Object value) {
            running().put(key, value);
        }

        @Override
        public Object getResource(Object key) {
            return running().get(key);
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            throw new UnsupportedOperationException("Alliance's services register no synchronization in these tests.");
        }

        @Override
        public int getTransactionStatus() {
            EntityManager current = transactions.get().peek();
            if (current == null) {
                return Status.STATUS_NO_TRANSACTION;
            }
            return current.getTransaction().getRollbackOnly() ? Status.STATUS_MARKED_ROLLBACK : Status.STATUS_ACTIVE;
        }

        @Override
        public void setRollbackOnly() {
            running();
            transactions.get().peek().getTransaction().setRollbackOnly();
        }

        @Override
        public boolean getRollbackOnly() {
            running();
            return transactions.get().peek().getTransaction().getRollbackOnly();
        }

        private Map<Object, Object> running() {
            Map<Object, Object> kept = resources.get().peek();
            if (kept == null) {
                throw new IllegalStateException("No transaction is running.");
            }
            return kept;
        }
    }

    /** A transaction begun and ended in two steps, as a page view's; the steps run the ones of {@link #inNewTransaction}. */
    private class TestUserTransaction implements UserTransaction {

        @Override
        public void begin() {
            EntityManager entityManager = entityManagerFactory.createEntityManager();
            transactions.get().push(entityManager);
            resources.get().push(new HashMap<>());
            entityManager.getTransaction().begin();
        }

        @Override
        public void commit() throws RollbackException {
            EntityManager entityManager = transactions.get().peek();
            try {
                if (entityManager.getTransaction().getRollbackOnly()) {
                    entityManager.getTransaction().rollback();
                    throw new RollbackException("The transaction was marked for rollback.");
                }
                entityManager.getTransaction().commit();
            } finally {
                end(entityManager);
            }
        }

        @Override
        public void rollback() {
            EntityManager entityManager = transactions.get().peek();
            try {
                if (entityManager.getTransaction().isActive()) {
                    entityManager.getTransaction().rollback();
                }
            } finally {
                end(entityManager);
            }
        }

        private void end(EntityManager entityManager) {
            transactions.get().pop();
            resources.get().pop();
            entityManager.close();
        }

        @Override
        public void setRollbackOnly() {
            transactions.get().peek().getTransaction().setRollbackOnly();
        }

        @Override
        public int getStatus() {
            return registry().getTransactionStatus();
        }

        @Override
        public void setTransactionTimeout(int seconds) {
        }
    }

    /** The staff kept by JPA on the transaction's entity manager. */
    public JpaStaffMembers staffMembers() {
        return new JpaStaffMembers(transactionScoped);
    }

    /** The door to clients' plans as the container wires it, for the given signed-in caller. */
    public CarePlanAccess carePlanAccess(Caller caller) {
        return carePlanAccess(caller, clock);
    }

    /** As {@link #carePlanAccess(Caller)}, deciding at the time of the given clock. */
    public CarePlanAccess carePlanAccess(Caller caller, Clock accessClock) {
        return CarePlanAccessWiring.wire(careTeams(), new FixedCaller(caller), auditTrail(),
                new JpaEmergencyAccesses(transactionScoped), accessClock, clientConsents(),
                consentDefaults);
    }

    /** The client's say over who sees what, for the given signed-in caller. */
    public ConsentService consentService(Caller caller) {
        return ConsentServiceWiring.wire(clientConsents(), consentDefaults,
                carePlanAccess(caller), clock);
    }

    /** The clinic's consent defaults the services use from now on; every discipline sees every label until set. */
    public void configureConsentDefaults(ConsentDefaults defaults) {
        this.consentDefaults = defaults;
    }

    /** Emergency access as the container wires it, for the given signed-in caller, opening at {@link #NOW} for an hour. */
    public EmergencyAccessService emergencyAccessService(Caller caller) {
        return emergencyAccessService(caller, clock);
    }

    /** As {@link #emergencyAccessService(Caller)}, opening accesses at the time of the given clock. */
    public EmergencyAccessService emergencyAccessService(Caller caller, Clock openingClock) {
        return EmergencyAccessServiceWiring.wire(careTeams(), new JpaClients(transactionScoped),
                new JpaStaffMembers(transactionScoped), new JpaEmergencyAccesses(transactionScoped),
                carePlanAccess(caller, openingClock), new FixedCaller(caller), auditTrail(),
                EmergencyAccessPeriod.ofMinutes(60), openingClock);
    }

    /** The audit trail, writing each batch of events in a transaction of its own. */
    /** What the services counted for the clinic's monitoring, since this database was opened. */
    public CountedMetrics metrics() {
        return metrics;
    }

    public AuditTrail auditTrail() {
        return AuditTrailInItsOwnTransaction.on(this);
    }

    /**
     * Runs the service calls at the same time, as simultaneous requests: each on a thread of its
     * own, in a transaction of its own, with an entity manager created on and confined to that
     * thread (the transaction-scoped entity manager follows the thread it is used on). Every thread
     * is started and waits until all are ready; then they are released together. Waits at most
     * {@code timeout} for all of them; a call that does not finish by then fails the test, rather
     * than let it hang.
     *
     * @return what each call returned or threw, in the order of {@code calls}
     */
    public <T> List<Attempt<T>> callTogether(List<? extends Supplier<T>> calls, Duration timeout) {
        return runTogether(calls.stream().<Supplier<T>>map(serviceCall -> () -> call(serviceCall)).toList(), timeout);
    }

    /**
     * Runs the work at the same time, each on a thread of its own, released together, as
     * {@link #callTogether} does, but without a transaction around it: for work that makes several
     * service calls, each with {@link #call} in a transaction of its own on its thread.
     */
    public <T> List<Attempt<T>> runTogether(List<? extends Supplier<T>> work, Duration timeout) {
        int count = work.size();
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(count, task -> {
            Thread thread = new Thread(task, "simultaneous-call-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        CountDownLatch ready = new CountDownLatch(count);
        CountDownLatch go = new CountDownLatch(1);
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            List<Future<Attempt<T>>> running = new ArrayList<>();
            for (Supplier<T> task : work) {
                running.add(threads.submit(() -> {
                    ready.countDown();
                    try {
                        if (!go.await(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                            throw new IllegalStateException("The threads were never released together.");
                        }
                        if (!transactions.get().isEmpty()) {
                            throw new IllegalStateException("A pooled thread still holds a transaction.");
                        }
                        return Attempt.returned(task.get());
                    } catch (RuntimeException | Error | InterruptedException failure) {
                        return Attempt.threw(failure);
                    }
                }));
            }
            if (!ready.await(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new AssertionError("Not all " + count + " threads started within " + timeout + ".");
            }
            go.countDown();
            List<Attempt<T>> attempts = new ArrayList<>();
            for (Future<Attempt<T>> task : running) {
                attempts.add(task.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
            }
            return attempts;
        } catch (TimeoutException e) {
            throw new AssertionError("Not all of " + count + " simultaneous calls finished within " + timeout
                    + ": a lock is waited for forever, or the threads wait for each other.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            threads.shutdownNow();
        }
    }

    /** What one of several simultaneous calls returned, or what it threw. */
    public record Attempt<T>(T result, Throwable failure) {

        static <T> Attempt<T> returned(T result) {
            return new Attempt<>(result, null);
        }

        static <T> Attempt<T> threw(Throwable failure) {
            return new Attempt<>(null, failure);
        }

        public boolean succeeded() {
            return failure == null;
        }
    }

    /** The id of the newest audit event, or 0; for reading what a call wrote afterwards. */
    public long lastAuditEventId() {
        return query("select coalesce(max(id), 0) from audit_event", result -> {
            result.next();
            return result.getLong(1);
        });
    }

    /** The audit events written after the given id, oldest first, as they are stored. */
    public List<AuditRow> auditEventsAfter(long id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select " + AuditRow.COLUMNS
                        + " from audit_event where id > ? order by id")) {
            select.setLong(1, id);
            try (ResultSet result = select.executeQuery()) {
                List<AuditRow> rows = new ArrayList<>();
                while (result.next()) {
                    rows.add(AuditRow.of(result));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public AuditRow auditEvent(long id) {
        List<AuditRow> rows = auditEventsAfter(id - 1);
        if (rows.isEmpty() || rows.get(0).id() != id) {
            throw new IllegalStateException("There is no audit event " + id);
        }
        return rows.get(0);
    }

    /** Runs one query through plain JDBC, outside Hibernate. */
    public <T> T query(String sql, SqlFunction<ResultSet, T> read) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            return read.apply(result);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The number a counting query finds. */
    public long count(String sql) {
        return query(sql, result -> {
            result.next();
            return result.getLong(1);
        });
    }

    /** The first column of the first row the query finds, or null when it finds none. */
    public String text(String sql) {
        return query(sql, result -> result.next() ? result.getString(1) : null);
    }

    /** The first column of every row the query finds, as ids. */
    public List<Long> ids(String sql) {
        return query(sql, result -> {
            List<Long> ids = new ArrayList<>();
            while (result.next()) {
                ids.add(result.getLong(1));
            }
            return ids;
        });
    }

    /** The first row the query finds, each column as text; empty when there is none. */
    public List<String> row(String sql) {
        return query(sql, result -> {
            List<String> columns = new ArrayList<>();
            if (result.next()) {
                for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                    columns.add(result.getString(i));
                }
            }
            return columns;
        });
    }

    @Override
    public void close() {
        entityManagerFactory.close();
        database.remove();
    }

    private EntityManager transactionScopedEntityManager() {
        InvocationHandler handler = (proxy, method, arguments) -> {
            switch (method.getName()) {
                case "toString":
                    return "transaction-scoped EntityManager of " + this;
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "equals":
                    return proxy == arguments[0];
                case "close":
                    throw new IllegalStateException("A transaction-scoped entity manager is closed with its transaction.");
                default:
                    break;
            }
            EntityManager current = transactions.get().peek();
            if (current == null) {
                throw new IllegalStateException("No transaction is running: use ClinicDatabase.call or inNewTransaction.");
            }
            try {
                return method.invoke(current, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(),
                new Class<?>[] {EntityManager.class}, handler);
    }

    /** A JDBC step that may throw. */
    @FunctionalInterface
    public interface SqlFunction<A, R> {
        R apply(A argument) throws SQLException;
    }
}
