package care.alliance.measure;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * When a client's questionnaire is next due, how often, whether the team paused it, and whether it
 * is due or overdue today (and by how many days).
 */
public record DueView(Instrument instrument, int everyWeeks, boolean paused, LocalDate nextDueOn, DueStatus status,
        long daysPastDue) implements Serializable {

    static DueView of(MeasureSchedule schedule, Optional<LocalDate> lastCompletedOn, LocalDate today) {
        LocalDate next = schedule.nextDueOn(lastCompletedOn);
        DueStatus status = schedule.statusOn(today, lastCompletedOn);
        return new DueView(schedule.instrument(), schedule.everyWeeks(), schedule.isPaused(), next, status,
                status == DueStatus.NOT_DUE ? 0 : ChronoUnit.DAYS.between(next, today));
    }

    public boolean isDue() {
        return status != DueStatus.NOT_DUE;
    }

    public boolean isOverdue() {
        return status == DueStatus.OVERDUE;
    }
}
