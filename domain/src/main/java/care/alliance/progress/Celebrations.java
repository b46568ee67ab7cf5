package care.alliance.progress;

import care.alliance.goal.Goal;
import care.alliance.goal.GoalStatus;
import care.alliance.task.Task;
import care.alliance.task.TaskStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a client has to celebrate: a goal's target reached in the last weeks, the goals they
 * achieved, and a streak of weeks in a row in which they ticked off at least one of their own
 * steps. A streak is still alive while the current week has just begun without a step.
 */
public final class Celebrations {

    /** A target reached longer ago than this is history, not news. */
    public static final int TARGET_NEWS_DAYS = 30;
    /** Two weeks in a row make a streak worth celebrating. */
    public static final int STREAK_WEEKS = 2;

    private Celebrations() {
    }

    /** The client's celebrations, newest first. */
    public static List<Celebration> of(List<Goal> goals, List<ProgressCheckIn> checkIns, List<Task> tasks,
            LocalDate today, ZoneId zone) {
        List<Celebration> celebrations = new ArrayList<>();
        targetsReached(checkIns, today, zone).forEach(celebrations::add);
        goals.stream()
                .filter(goal -> goal.status() == GoalStatus.ACHIEVED)
                .map(goal -> new Celebration(Celebration.Kind.GOAL_ACHIEVED, words(goal), 0, goal.lastChangedAt()))
                .forEach(celebrations::add);
        streak(tasks, today, zone).ifPresent(celebrations::add);
        celebrations.sort(Comparator.comparing(Celebration::at).reversed());
        return celebrations;
    }

    /** The latest target reached of each goal still worked on; a goal's check-ins share one goal instance. */
    private static List<Celebration> targetsReached(List<ProgressCheckIn> checkIns, LocalDate today, ZoneId zone) {
        Instant since = today.minusDays(TARGET_NEWS_DAYS).atStartOfDay(zone).toInstant();
        return checkIns.stream()
                .filter(ProgressCheckIn::reachedTarget)
                .filter(checkIn -> !checkIn.checkedInAt().isBefore(since))
                .filter(checkIn -> checkIn.goal().status() != GoalStatus.DISCONTINUED)
                .collect(Collectors.toMap(ProgressCheckIn::goal, Function.identity(),
                        (one, other) -> one.checkedInAt().isAfter(other.checkedInAt()) ? one : other))
                .values().stream()
                .map(checkIn -> new Celebration(Celebration.Kind.TARGET_REACHED, words(checkIn.goal()), 0,
                        checkIn.checkedInAt()))
                .toList();
    }

    /** Weeks counted back from today in blocks of seven days, each with at least one of the client's steps done. */
    private static Optional<Celebration> streak(List<Task> tasks, LocalDate today, ZoneId zone) {
        List<Instant> stepsDone = tasks.stream()
                .filter(task -> task.assignee().isClient() && task.status() == TaskStatus.DONE && task.doneAt() != null)
                .map(Task::doneAt)
                .filter(at -> !at.atZone(zone).toLocalDate().isAfter(today))
                .toList();
        List<LocalDate> doneOn = stepsDone.stream().map(at -> at.atZone(zone).toLocalDate()).toList();
        int week = hasStepIn(doneOn, today, 0) ? 0 : 1;
        int weeks = 0;
        while (hasStepIn(doneOn, today, week + weeks)) {
            weeks++;
        }
        if (weeks < STREAK_WEEKS) {
            return Optional.empty();
        }
        Instant latest = stepsDone.stream().max(Comparator.naturalOrder()).orElseThrow();
        return Optional.of(new Celebration(Celebration.Kind.TASK_STREAK, null, weeks, latest));
    }

    private static boolean hasStepIn(List<LocalDate> doneOn, LocalDate today, int weeksBack) {
        LocalDate last = today.minusWeeks(weeksBack);
        LocalDate first = last.minusDays(6);
        return doneOn.stream().anyMatch(day -> !day.isBefore(first) && !day.isAfter(last));
    }

    private static String words(Goal goal) {
        return goal.currentContent().clientWords();
    }
}
