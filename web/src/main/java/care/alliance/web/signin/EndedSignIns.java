package care.alliance.web.signin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.Duration;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The sign-ins that ended while their sessions were still open: the Keycloak sessions that a
 * back-channel logout named, and the accounts whose sessions clinic IT ended, with when. On a
 * cluster the logout reaches one node, and that node knows only the sessions signed in through it;
 * so the ends are kept in the data grid (Payara's JCache, over Hazelcast) where every node reads
 * them, and each node ends such a session at its next request. An entry lasts as long as a sign-in
 * can, so none outlives a session it could still end.
 */
@ApplicationScoped
public class EndedSignIns {

    static final String CACHE = "alliance-ended-sign-ins";
    private static final String PAYARA_CACHE_MANAGER = "payara/CacheManager";
    private static final Logger LOG = Logger.getLogger(EndedSignIns.class.getName());

    /** Ends by key ("sid:…" for a Keycloak session, "sub:…" for an account), as epoch milliseconds. */
    interface Store {
        void put(String key, long at);

        Long get(String key);
    }

    @Inject
    SignInSettings settings;

    private Store store;

    /** Kept on this node only: for tests, and for a server without JCache (one node). */
    static EndedSignIns onThisNode() {
        EndedSignIns ends = new EndedSignIns();
        ends.store = onThisNodeStore();
        return ends;
    }

    /**
     * Payara's own cache manager, over the data grid the node is a member of. (JCache's
     * {@code Caching.getCachingProvider()} finds Hazelcast's client instead, which waits for a
     * cluster at localhost:5701 that is not there.)
     */
    @PostConstruct
    void open() {
        try {
            CacheManager payaras = (CacheManager) new InitialContext().lookup(PAYARA_CACHE_MANAGER);
            store = shared(payaras, settings.sessionMaxLifetime().toSeconds());
        } catch (NamingException | ClassCastException | CacheException | IllegalStateException noJCache) {
            LOG.warning(() -> "No data grid cache here (" + noJCache + "): an ended sign-in is known"
                    + " to this node only");
            store = onThisNodeStore();
        }
    }

    /** A back-channel logout: the Keycloak session it names, or else every sign-in of its person until now. */
    void record(LogoutToken logout, Instant now) {
        if (logout.keycloakSession() != null) {
            store.put("sid:" + logout.keycloakSession(), now.toEpochMilli());
        } else {
            recordAllOf(logout.subject(), now);
        }
    }

    /** Every sign-in of the account until now; the person may sign in again afterwards. */
    void recordAllOf(String accountId, Instant now) {
        store.put("sub:" + accountId, now.toEpochMilli());
    }

    /** Whether this sign-in was ended, here or on another node, after it began. */
    boolean hasEnded(SignedIn signedIn) {
        if (signedIn.keycloakSession() != null && store.get("sid:" + signedIn.keycloakSession()) != null) {
            return true;
        }
        Long accountEnded = store.get("sub:" + signedIn.subject());
        return accountEnded != null && accountEnded >= signedIn.at().toEpochMilli();
    }

    private static Store shared(CacheManager manager, long lifetimeSeconds) {
        Cache<String, Long> cache = manager.getCache(CACHE, String.class, Long.class);
        if (cache == null) {
            try {
                cache = manager.createCache(CACHE, new MutableConfiguration<String, Long>()
                        .setTypes(String.class, Long.class)
                        .setExpiryPolicyFactory(CreatedExpiryPolicy.factoryOf(
                                new Duration(TimeUnit.SECONDS, lifetimeSeconds))));
            } catch (CacheException createdMeanwhile) {
                // another node made it at the same moment
                cache = manager.getCache(CACHE, String.class, Long.class);
            }
        }
        Cache<String, Long> ends = cache;
        return new Store() {
            @Override
            public void put(String key, long at) {
                ends.put(key, at);
            }

            @Override
            public Long get(String key) {
                return ends.get(key);
            }
        };
    }

    private static Store onThisNodeStore() {
        Map<String, Long> ends = new ConcurrentHashMap<>();
        return new Store() {
            @Override
            public void put(String key, long at) {
                ends.put(key, at);
            }

            @Override
            public Long get(String key) {
                return ends.get(key);
            }
        };
    }
}
