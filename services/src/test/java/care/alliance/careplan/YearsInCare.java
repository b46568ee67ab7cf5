package care.alliance.careplan;

import static care.alliance.testing.ClinicDatabase.NOW;
import static care.alliance.testing.ClinicDatabase.TODAY;

import care.alliance.client.Client;
import care.alliance.goal.Goal;
import care.alliance.goal.GoalContent;
import care.alliance.goal.LifeArea;
import care.alliance.goal.Party;
import care.alliance.goal.Response;
import care.alliance.measure.Answers;
import care.alliance.measure.Difficulty;
import care.alliance.measure.Instrument;
import care.alliance.measure.JpaMeasures;
import care.alliance.measure.MeasureResult;
import care.alliance.person.PersonName;
import care.alliance.progress.ProgressCheckIn;
import care.alliance.progress.Rating;
import care.alliance.relationship.AllianceCheckIn;
import care.alliance.relationship.AllianceScores;
import care.alliance.task.Assignee;
import care.alliance.task.Frequency;
import care.alliance.task.Task;
import care.alliance.team.CareTeam;
import care.alliance.team.Discipline;
import care.alliance.team.JpaStaffMembers;
import care.alliance.team.TeamRole;
import care.alliance.testing.ClinicDatabase;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;

/**
 * A client of the small clinic in care for some years, as the benchmark draws them: a year brings
 * 12 goals, 40 tasks, 60 progress check-ins, 20 alliance check-ins and 24 questionnaires, and of
 * the goals only the last four are current, the others achieved or discontinued, their tasks done.
 * A client new to care has one goal just proposed. Maria Gomez leads the team, Sam Rivera is on it.
 */
public final class YearsInCare {

    public static final int GOALS_A_YEAR = 12;
    public static final int CURRENT_GOALS = 4;
    public static final int TASKS_A_YEAR = 40;
    public static final int PROGRESS_A_YEAR = 60;
    public static final int ALLIANCE_A_YEAR = 20;
    public static final int MEASURES_A_YEAR = 12;

    private static final String THERAPIST = "sam.rivera";
    private static final String CARE_MANAGER = "maria.gomez";

    private YearsInCare() {
    }

    /** A new client, in care for {@code years} (0: since this week), with their team and plan; their id. */
    public static long admit(ClinicDatabase database, String family, int years) {
        return database.inTransaction(em -> {
            Instant start = years == 0 ? NOW.minus(Duration.ofDays(2)) : NOW.minus(Duration.ofDays(365L * years));
            Client client = new Client(new PersonName("Robin", family), LocalDate.of(1980, 5, 5), TODAY);
            em.persist(client);
            JpaStaffMembers staff = new JpaStaffMembers(em);
            CareTeam team = new CareTeam(client);
            LocalDate joined = LocalDate.ofInstant(start, ZoneOffset.UTC);
            team.appoint(staff.withUsername(CARE_MANAGER).orElseThrow(), TeamRole.LEAD, joined);
            team.appoint(staff.withUsername(THERAPIST).orElseThrow(), TeamRole.MEMBER, joined);
            em.persist(team);
            CarePlan plan = new CarePlan(client.id());
            plan.addConcern(new Concern("I can't get going in the mornings", "Low mood, PHQ-9 15 at intake"));
            plan.addStrength("A brother who calls every week");
            em.persist(plan);
            em.flush();
            writeHistory(em, client.id(), start, years);
            return client.id();
        });
    }

    private static void writeHistory(EntityManager em, long client, Instant start, int years) {
        int goalCount = years == 0 ? 1 : GOALS_A_YEAR * years;
        Duration step = Duration.between(start, NOW).dividedBy(goalCount + 1);
        List<Goal> goals = new ArrayList<>();
        for (int g = 0; g < goalCount; g++) {
            Instant at = start.plus(step.multipliedBy(g));
            Goal goal = Goal.propose(client, new GoalContent("Step " + (g + 1) + ": see a friend each week",
                    "Behavioural activation, stage " + (g + 1), g % 2 == 0 ? LifeArea.MENTAL_HEALTH : LifeArea.SOCIAL,
                    EnumSet.of(Discipline.PSYCHOTHERAPY), null), THERAPIST, Party.PSYCHOTHERAPY, at);
            if (years > 0) {
                goal.respond(Party.CLIENT, "robin", Response.AGREE, null, at.plus(Duration.ofHours(1)));
            }
            em.persist(goal);
            goals.add(goal);
        }
        if (years == 0) {
            return;
        }
        int firstCurrent = goalCount - CURRENT_GOALS;
        for (int t = 0; t < TASKS_A_YEAR * years; t++) {
            Goal goal = goals.get(t % goalCount);
            int nth = t / goalCount;
            Instant at = goal.lastChangedAt().plus(Duration.ofDays(1 + nth));
            boolean forClient = t % 2 == 0;
            Task task = new Task(goal, "Step " + (t + 1) + (forClient ? ": walk to the shop" : ": find a walking group"),
                    forClient ? Assignee.client() : Assignee.discipline(Party.CARE_MANAGEMENT),
                    forClient ? null : LocalDate.ofInstant(at, ZoneOffset.UTC).plusDays(14),
                    forClient ? Frequency.WEEKLY : null, CARE_MANAGER, Party.CARE_MANAGEMENT, at);
            if (t % goalCount < firstCurrent || nth % 2 == 0) {
                task.markDone(Party.CARE_MANAGEMENT, at.plus(Duration.ofDays(7)));
            }
            em.persist(task);
        }
        for (int p = 0; p < PROGRESS_A_YEAR * years; p++) {
            Goal goal = goals.get(p % goalCount);
            int nth = p / goalCount;
            Instant at = earlierThanNow(goal.lastChangedAt().plus(Duration.ofDays(5L * (nth + 1))));
            boolean byClient = p % 3 != 0;
            em.persist(new ProgressCheckIn(goal, new Rating((nth * 2 + 3) % 11), null,
                    p % 4 == 0 ? "Two walks this week, one with my brother" : null, byClient ? "robin" : THERAPIST,
                    byClient ? Party.CLIENT : Party.PSYCHOTHERAPY, at));
        }
        for (int g = 0; g < firstCurrent; g++) {
            Goal goal = goals.get(g);
            Instant closedAt = goal.lastChangedAt().plus(Duration.ofDays(60));
            if (g % 3 == 0) {
                goal.discontinue(THERAPIST, "No longer what matters most", closedAt);
            } else {
                goal.markAchieved(THERAPIST, closedAt);
            }
        }
        Duration between = Duration.between(start, NOW).dividedBy(ALLIANCE_A_YEAR * years + 1);
        for (int a = 0; a < ALLIANCE_A_YEAR * years; a++) {
            em.persist(new AllianceCheckIn(client, AllianceScores.of(4 + a % 2, 4, 4 + (a + 1) % 2),
                    a % 5 == 0 ? "Good to talk it through" : null, "robin", start.plus(between.multipliedBy(a + 1))));
        }
        em.flush();
        JpaMeasures measures = new JpaMeasures(em);
        for (int m = 0; m < MEASURES_A_YEAR * years; m++) {
            LocalDate completedOn = TODAY.minusDays(30L * (MEASURES_A_YEAR * years - 1 - m));
            int level = Math.max(0, 3 - m * 4 / (MEASURES_A_YEAR * years));
            measures.add(MeasureResult.enteredFromPaper(client, Answers.of(Instrument.PHQ_9,
                    answers(9, level, 0), Difficulty.SOMEWHAT_DIFFICULT), completedOn, CARE_MANAGER,
                    Party.CARE_MANAGEMENT, completedOn.atTime(10, 0).toInstant(ZoneOffset.UTC), TODAY));
            measures.add(MeasureResult.enteredFromPaper(client, Answers.of(Instrument.GAD_7,
                    answers(7, level, level), Difficulty.SOMEWHAT_DIFFICULT), completedOn, CARE_MANAGER,
                    Party.CARE_MANAGEMENT, completedOn.atTime(10, 5).toInstant(ZoneOffset.UTC), TODAY));
        }
        em.flush();
    }

    /** Every item answered at the level, the last at {@code last} (item 9 of a PHQ-9 stays at 0: no safety flag). */
    private static List<Integer> answers(int items, int level, int last) {
        List<Integer> answers = new ArrayList<>(Collections.nCopies(items - 1, level));
        answers.add(last);
        return answers;
    }

    private static Instant earlierThanNow(Instant at) {
        return at.isAfter(NOW) ? NOW.minus(Duration.ofHours(1)) : at;
    }
}
