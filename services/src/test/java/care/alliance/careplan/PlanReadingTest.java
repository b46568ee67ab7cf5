package care.alliance.careplan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import care.alliance.careplan.PlanReading.Opening;
import care.alliance.careplan.PlanReading.Reader;
import care.alliance.team.Discipline;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanReadingTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    private static Opening sam(String at) {
        return new Opening(Instant.parse(at), "sam", "Sam Rivera, LCSW", Discipline.PSYCHOTHERAPY);
    }

    private static Opening priya(String at) {
        return new Opening(Instant.parse(at), "priya", "Priya Patel, MD", Discipline.PSYCHIATRY);
    }

    @Test
    void openingsAreGroupedByTheClinicsDayAndByPersonTheMostRecentFirst() {
        List<PlanReading> days = PlanReading.byDay(List.of(
                sam("2026-03-02T15:00:00Z"), priya("2026-03-02T16:30:00Z"), sam("2026-03-02T20:00:00Z"),
                // 03:00 UTC on the 3rd is still the evening of the 2nd in Chicago
                priya("2026-03-03T03:00:00Z"), sam("2026-03-03T15:00:00Z")), CHICAGO);

        assertEquals(List.of(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 2)),
                days.stream().map(PlanReading::day).toList());
        assertEquals(List.of(new Reader("Sam Rivera, LCSW", Discipline.PSYCHOTHERAPY,
                List.of(Instant.parse("2026-03-03T15:00:00Z")))), days.get(0).readers());
        assertEquals(List.of(
                new Reader("Priya Patel, MD", Discipline.PSYCHIATRY,
                        List.of(Instant.parse("2026-03-02T16:30:00Z"), Instant.parse("2026-03-03T03:00:00Z"))),
                new Reader("Sam Rivera, LCSW", Discipline.PSYCHOTHERAPY,
                        List.of(Instant.parse("2026-03-02T15:00:00Z"), Instant.parse("2026-03-02T20:00:00Z")))),
                days.get(1).readers(), "Priya looked last that day; each person's times earliest first");
    }

    @Test
    void theReadsOfOnePageViewAreOneOpening() {
        List<PlanReading> days = PlanReading.byDay(List.of(sam("2026-03-02T15:00:00Z"), sam("2026-03-02T15:00:00.300Z"),
                sam("2026-03-02T15:00:59Z"), sam("2026-03-02T15:01:00Z")), CHICAGO);

        assertEquals(List.of(Instant.parse("2026-03-02T15:00:00Z"), Instant.parse("2026-03-02T15:01:00Z")),
                days.get(0).readers().get(0).openedAt());
    }

    @Test
    void nobodyLookedIsNoDay() {
        assertEquals(List.of(), PlanReading.byDay(List.of(), CHICAGO));
    }
}
