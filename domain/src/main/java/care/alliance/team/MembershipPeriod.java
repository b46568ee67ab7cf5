package care.alliance.team;

import care.alliance.rules.ClinicCalendar;
import care.alliance.rules.InvalidInput;
import care.alliance.rules.RuleWords;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The days a person is on a care team: from the first day, up to and including the last, if any;
 * both in the plan years of {@link ClinicCalendar}.
 */
@Embeddable
public class MembershipPeriod {

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    protected MembershipPeriod() {
    }

    private MembershipPeriod(LocalDate startsOn, LocalDate endsOn) {
        if (startsOn == null) {
            throw new InvalidInput(RuleWords.say("team.firstDayRequired"), "firstDayOnTeam");
        }
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw new InvalidInput(RuleWords.say("team.endsBeforeItStarts"));
        }
        this.startsOn = ClinicCalendar.planDate(startsOn, RuleWords.say("field.firstDayOnTeam"));
        this.endsOn = ClinicCalendar.planDate(endsOn, RuleWords.say("field.lastDayOnTeam"));
    }

    public static MembershipPeriod startingOn(LocalDate day) {
        return new MembershipPeriod(day, null);
    }

    /** The period with its last day; refused without one, or with one before the first day. */
    public MembershipPeriod endingOn(LocalDate lastDay) {
        if (lastDay == null) {
            throw new InvalidInput(RuleWords.say("team.lastDayRequired"), "lastDayOnTeam");
        }
        if (lastDay.isBefore(startsOn)) {
            throw new InvalidInput(RuleWords.say("team.endsBeforeItStartsOn", startsOn), "lastDayOnTeam");
        }
        return new MembershipPeriod(startsOn, lastDay);
    }

    /** Whether the period lasts until the given day or later: a period from that day on would overlap it. */
    boolean reachesTo(LocalDate day) {
        return endsOn == null || !endsOn.isBefore(day);
    }

    public boolean includes(LocalDate day) {
        return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public Optional<LocalDate> endsOn() {
        return Optional.ofNullable(endsOn);
    }
}
