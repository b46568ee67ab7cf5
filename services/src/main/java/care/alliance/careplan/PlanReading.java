package care.alliance.careplan;

import care.alliance.team.Discipline;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One day of "who looked at my plan": each clinician who opened the client's plan that day, with
 * their discipline and the times they opened it, the most recent first. One page shows the plan
 * through several reads, each audited: reads by the same person within a minute are one opening.
 * A clinician off the team who opened it in an emergency is also listed with the reason they gave.
 */
public record PlanReading(LocalDate day, List<Reader> readers, List<EmergencyOpening> emergencies)
        implements Serializable {

    /** A clinician by the name they sign with, and the times of day they opened the plan. */
    public record Reader(String name, Discipline discipline, List<Instant> openedAt) implements Serializable {
    }

    /** An emergency access to the plan: who, in which discipline, when, and the reason they gave. */
    public record EmergencyOpening(String name, Discipline discipline, Instant openedAt, String reason)
            implements Serializable {
    }

    /** One opening of the plan, as the audit recorded it. */
    public record Opening(Instant at, String accountId, String name, Discipline discipline) {
    }

    /** Reads of the plan closer together than this are one opening of it. */
    static final Duration ONE_OPENING = Duration.ofMinutes(1);

    /** The openings grouped by day in the clinic's zone and by person, newest day and person first. */
    public static List<PlanReading> byDay(List<Opening> openings, ZoneId zone) {
        return byDay(openings, List.of(), zone);
    }

    /**
     * As {@link #byDay(List, ZoneId)}, with the emergency accesses on the day each was opened, the
     * newest first; a day with an emergency access and no opening is shown too.
     */
    public static List<PlanReading> byDay(List<Opening> openings, List<EmergencyOpening> emergencies, ZoneId zone) {
        Map<LocalDate, Map<String, List<Opening>>> days = new TreeMap<>(Comparator.reverseOrder());
        openings.stream().sorted(Comparator.comparing(Opening::at).reversed())
                .forEach(opening -> days.computeIfAbsent(LocalDate.ofInstant(opening.at(), zone), day -> new LinkedHashMap<>())
                        .computeIfAbsent(opening.accountId(), person -> new ArrayList<>()).add(opening));
        Map<LocalDate, List<EmergencyOpening>> emergencyDays = new LinkedHashMap<>();
        emergencies.stream().sorted(Comparator.comparing(EmergencyOpening::openedAt).reversed())
                .forEach(emergency -> {
                    LocalDate day = LocalDate.ofInstant(emergency.openedAt(), zone);
                    days.computeIfAbsent(day, none -> new LinkedHashMap<>());
                    emergencyDays.computeIfAbsent(day, none -> new ArrayList<>()).add(emergency);
                });
        return days.entrySet().stream().map(day -> new PlanReading(day.getKey(), day.getValue().values().stream()
                .map(same -> new Reader(same.get(0).name(), same.get(0).discipline(), distinct(same)))
                .toList(), emergencyDays.getOrDefault(day.getKey(), List.of()))).toList();
    }

    /** The times of one person's openings, earliest first, without the reads that followed within a minute. */
    private static List<Instant> distinct(List<Opening> openings) {
        List<Instant> kept = new ArrayList<>();
        openings.stream().map(Opening::at).sorted().forEach(at -> {
            if (kept.isEmpty() || Duration.between(kept.get(kept.size() - 1), at).compareTo(ONE_OPENING) >= 0) {
                kept.add(at);
            }
        });
        return kept;
    }
}
