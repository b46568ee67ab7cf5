package care.alliance.relationship;

import care.alliance.access.CarePlanAccess;
import care.alliance.access.PlanAccess;
import care.alliance.access.PlanOperation;
import care.alliance.access.ServiceWords;
import care.alliance.goal.ChangedMeanwhile;
import care.alliance.monitoring.ProductMetrics;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The working relationship: the client checks in after a session, a low or falling answer opens a
 * possible rupture for the team, and the client's therapist or care manager logs how it was
 * repaired. The whole team sees the trend; the client fills in, and is not shown the team's reading.
 */
@Stateless
@DeclareRoles({"psychiatrist", "primary-care", "therapist", "care-manager", "client", "clinic-admin"})
public class AllianceService {

    /** How many of the latest check-ins the care plan shows by default. */
    public static final int RECENT_CHECK_INS = 6;

    @Inject
    AllianceCheckIns checkIns;

    @Inject
    CarePlanAccess access;

    @Inject
    RuptureWatch watch;

    @Inject
    ProductMetrics metrics;

    Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));

    /** The client's check-in after a session; a possible rupture is opened when it shows one and none is open. */
    public AllianceCheckInView checkIn(long clientId, AllianceScores scores, String comment) {
        access.require(clientId, PlanOperation.CHECK_IN_ALLIANCE, "AllianceCheckIn", null);
        checkIns.takeTurnsForCheckIn(clientId);
        List<AllianceCheckIn> earlier = checkIns.ofClient(clientId);
        AllianceCheckIn checkIn = new AllianceCheckIn(clientId, scores, comment, access.caller().username(),
                clock.instant());
        checkIns.add(checkIn);
        boolean alreadyOpen = checkIns.rupturesOf(clientId).stream().anyMatch(rupture -> !rupture.isRepaired());
        if (!alreadyOpen) {
            PossibleRupture.noticedIn(checkIn, earlier, watch).ifPresent(rupture -> {
                checkIns.add(rupture);
                metrics.ruptureFlagged();
            });
        }
        checkIns.flush();
        return AllianceCheckInView.of(checkIn);
    }

    /** Every check-in of the client, oldest first, and every possible rupture, newest first. */
    public AllianceView allianceOf(long clientId) {
        access.require(clientId, PlanOperation.VIEW_ALLIANCE, "AllianceCheckIn", null);
        List<AllianceCheckIn> all = checkIns.ofClient(clientId);
        return new AllianceView(all.stream().map(AllianceCheckInView::of).toList(), all.size(),
                checkIns.rupturesOf(clientId).stream().map(RuptureView::of).toList());
    }

    /**
     * The client's last {@value #RECENT_CHECK_INS} check-ins, how many there are in all, and every
     * possible rupture (none read when there is none), audited as {@link #allianceOf}: what the
     * care plan shows, at the same cost however long the client's history.
     */
    public AllianceView recentAllianceOf(long clientId) {
        access.require(clientId, PlanOperation.VIEW_ALLIANCE, "AllianceCheckIn", null);
        RecentCheckIns recent = checkIns.lastOfClient(clientId, RECENT_CHECK_INS);
        return new AllianceView(recent.checkIns().stream().map(AllianceCheckInView::of).toList(), recent.checkInCount(),
                recent.ruptureCount() == 0 ? List.of()
                        : checkIns.rupturesOf(clientId).stream().map(RuptureView::of).toList());
    }

    public RuptureView logRepair(long ruptureId, long seenVersion, String whatHappened, String howAddressed,
            String outcome) {
        PossibleRupture rupture = access.found(checkIns.findRupture(ruptureId), PlanOperation.LOG_REPAIR,
                "PossibleRupture", ruptureId);
        PlanAccess allowed = access.require(rupture.clientId(), PlanOperation.LOG_REPAIR, "PossibleRupture", ruptureId);
        if (rupture.version() != seenVersion) {
            throw new ChangedMeanwhile(rupture.repair()
                    .map(repair -> ServiceWords.say("changed.rupture", repair.repairedBy()))
                    .orElseGet(() -> ServiceWords.say("changed.ruptureOther")));
        }
        rupture.repair(new Repair(whatHappened, howAddressed, outcome, access.caller().username(), allowed.party(),
                clock.instant()));
        checkIns.flush();
        return RuptureView.of(rupture);
    }
}
