package care.alliance.clinicimport;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The imports under way on this server, each seen only by the person who started it. A finished
 * import is forgotten once its summary has been shown, or an hour after it ended if nobody came
 * back for it, so that its temporary passwords do not stay in memory.
 */
@ApplicationScoped
public class ImportRuns {

    private static final Duration KEPT_UNSHOWN = Duration.ofHours(1);

    private final Map<UUID, ImportRun> runs = new ConcurrentHashMap<>();

    Clock clock = Clock.systemUTC();

    ImportRun begin(String ownerAccountId, List<PlannedRow> planned) {
        runs.values().removeIf(run -> run.finishedBefore(clock.instant().minus(KEPT_UNSHOWN)));
        ImportRun run = new ImportRun(ownerAccountId, planned);
        runs.put(run.id(), run);
        return run;
    }

    Optional<ImportRun> of(UUID id, String accountId) {
        return Optional.ofNullable(id == null ? null : runs.get(id)).filter(run -> run.isOf(accountId));
    }

    void forget(UUID id) {
        runs.remove(id);
    }
}
