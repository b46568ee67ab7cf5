package care.alliance.task;

import static care.alliance.team.SmallClinic.ALEX_PORTAL;
import static care.alliance.team.SmallClinic.BLAKE_PORTAL;
import static care.alliance.team.SmallClinic.LENA;
import static care.alliance.team.SmallClinic.MARIA;
import static care.alliance.team.SmallClinic.NOOR;
import static care.alliance.team.SmallClinic.PRIYA;
import static care.alliance.team.SmallClinic.SAM;
import static care.alliance.team.SmallClinic.Person.ALEX;
import static care.alliance.team.SmallClinic.Person.BLAKE;
import static care.alliance.testing.ClinicDatabase.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.alliance.access.AccessRefused;
import care.alliance.access.Caller;
import care.alliance.goal.ChangedMeanwhile;
import care.alliance.goal.GoalView;
import care.alliance.goal.LifeArea;
import care.alliance.goal.Party;
import care.alliance.rules.ChangeRefused;
import care.alliance.team.Discipline;
import care.alliance.team.SmallClinic;
import care.alliance.testing.ClinicDatabase;
import care.alliance.testing.PlanGoals;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The steps toward a client's goals through {@link TaskService}, with real persistence; what a call
 * did is read back through plain JDBC.
 */
class TaskServiceTest {

    private ClinicDatabase database;
    private PlanGoals goals;
    private long alex;
    private long blake;

    @BeforeEach
    void openTheClinic() {
        database = ClinicDatabase.migrated();
        SmallClinic clinic = SmallClinic.openIn(database);
        goals = new PlanGoals(database);
        alex = clinic.clientId(ALEX);
        blake = clinic.clientId(BLAKE);
    }

    @AfterEach
    void closeTheClinic() {
        database.close();
    }

    private <T> T as(Caller caller, Function<TaskService, T> call) {
        TaskService service = database.taskService(caller);
        return database.call(() -> call.apply(service));
    }

    /** A task's row, as stored. */
    record Stored(long version, long clientId, String description, String assigneeParty, String assigneeUsername,
            String status, Instant clientAgreedAt, String createdBy, Instant doneAt) {
    }

    private Stored stored(long taskId) {
        return database.query("select version, client_id, description, assignee_party, assignee_username, status,"
                + " client_agreed_at, created_by, done_at from goal_task where id = " + taskId, row -> {
                    if (!row.next()) {
                        throw new AssertionError("there is no task " + taskId);
                    }
                    return new Stored(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4),
                            row.getString(5), row.getString(6), instant(row.getObject(7, java.time.OffsetDateTime.class)),
                            row.getString(8), instant(row.getObject(9, java.time.OffsetDateTime.class)));
                });
    }

    private static Instant instant(java.time.OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    private long tasksOfClient(long clientId) {
        return database.query("select count(*) from goal_task where client_id = " + clientId, row -> {
            row.next();
            return row.getLong(1);
        });
    }

    private GoalView agreedGoal() {
        return goals.agreedWithCareManagement(MARIA, ALEX_PORTAL, alex);
    }

    private GoalView agreedMedicationGoal() {
        return goals.agreed(PRIYA, ALEX_PORTAL, alex, PlanGoals.content("Take my tablets every evening",
                LifeArea.MEDICATION, null, Discipline.PSYCHIATRY));
    }

    @Test
    void theTeamGivesTheClientATaskTheClientTakesItOnAndTicksItOff() {
        GoalView goal = agreedGoal();

        TaskView given = as(SAM, tasks -> tasks.addTask(goal.id(), "Write down three good things each evening",
                Assignee.client(), null, Frequency.DAILY));

        assertTrue(given.awaitsClientAgreement(), "the client has not taken it on yet");
        assertEquals(TaskStatus.OPEN, given.status());
        Stored open = stored(given.id());
        assertEquals(new Stored(open.version(), alex, "Write down three good things each evening", "CLIENT", null,
                "OPEN", null, "sam.rivera", null), open);

        TaskView agreed = as(ALEX_PORTAL, tasks -> tasks.agreeToTask(given.id(), given.version()));
        assertFalse(agreed.awaitsClientAgreement());
        Stored agreedRow = stored(given.id());
        assertNotNull(agreedRow.clientAgreedAt(), "the client's agreement is recorded");
        assertTrue(agreedRow.version() > open.version());

        TaskView done = as(ALEX_PORTAL, tasks -> tasks.markDone(given.id(), agreed.version()));
        assertEquals(TaskStatus.DONE, done.status());
        Stored doneRow = stored(given.id());
        assertEquals("DONE", doneRow.status());
        assertNotNull(doneRow.doneAt());
        assertEquals(agreedRow.clientAgreedAt(), doneRow.clientAgreedAt());
    }

    @Test
    void theClientSetsTasksOnlyForThemselfAndTheyNeedNoFurtherAgreement() {
        GoalView goal = agreedGoal();

        TaskView own = as(ALEX_PORTAL, tasks -> tasks.addTask(goal.id(), "Walk round the block", Assignee.client(),
                TODAY.plusDays(3), null));
        assertFalse(own.awaitsClientAgreement(), "set by the client for themself");
        assertEquals(Party.CLIENT, own.assigneeParty());
        Stored row = stored(own.id());
        assertEquals("alex.morgan", row.createdBy());
        assertNotNull(row.clientAgreedAt());

        long before = tasksOfClient(alex);
        assertThrows(ChangeRefused.class, () -> as(ALEX_PORTAL, tasks -> tasks.addTask(goal.id(),
                "Call me on Fridays", Assignee.discipline(Party.CARE_MANAGEMENT), null, Frequency.WEEKLY)));
        assertThrows(ChangeRefused.class, () -> as(ALEX_PORTAL, tasks -> tasks.addTask(goal.id(),
                "Check my blood pressure", Assignee.person("lena.fischer", Party.PRIMARY_CARE), TODAY, null)));
        assertThrows(ChangeRefused.class, () -> as(ALEX_PORTAL, tasks -> tasks.addTask(goal.id(),
                "Someone does it", null, TODAY, null)));
        assertEquals(before, tasksOfClient(alex), "none of the refused tasks was stored");
    }

    @Test
    void theClientDoesNotTickOffTheTeamsTasks() {
        GoalView goal = agreedGoal();
        TaskView teams = as(MARIA, tasks -> tasks.addTask(goal.id(), "Find a cooking class nearby",
                Assignee.discipline(Party.CARE_MANAGEMENT), TODAY.plusWeeks(1), null));
        assertFalse(teams.awaitsClientAgreement(), "not the client's task");
        Stored before = stored(teams.id());

        assertThrows(ChangeRefused.class, () -> as(ALEX_PORTAL, tasks -> tasks.markDone(teams.id(), teams.version())));
        assertEquals(before, stored(teams.id()), "still open");
        assertThrows(ChangeRefused.class, () -> as(ALEX_PORTAL, tasks -> tasks.agreeToTask(teams.id(), teams.version())),
                "only the client's own tasks need the client's agreement");
        assertEquals(before, stored(teams.id()));

        TaskView done = as(MARIA, tasks -> tasks.markDone(teams.id(), teams.version()));
        assertEquals("DONE", stored(teams.id()).status());
        assertThrows(ChangeRefused.class, () -> as(ALEX_PORTAL, tasks -> tasks.reopen(teams.id(), done.version())));
        assertEquals("DONE", stored(teams.id()).status());
        TaskView reopened = as(MARIA, tasks -> tasks.reopen(teams.id(), done.version()));
        assertEquals(TaskStatus.OPEN, reopened.status());
        assertNull(stored(teams.id()).doneAt());
    }

    @Test
    void theTeamDropsATaskAndTheClientCannot() {
        GoalView goal = agreedGoal();
        TaskView task = as(MARIA, tasks -> tasks.addTask(goal.id(), "Try the breathing app", Assignee.client(), null,
                Frequency.SEVERAL_TIMES_A_WEEK));
        assertThrows(AccessRefused.class, () -> as(ALEX_PORTAL, tasks -> tasks.drop(task.id(), task.version())));
        assertEquals("OPEN", stored(task.id()).status());
        as(SAM, tasks -> tasks.drop(task.id(), task.version()));
        assertEquals("DROPPED", stored(task.id()).status());
    }

    @Test
    void tasksOfAMedicationGoalAreSetAndChangedOnlyByPrescribers() {
        GoalView medication = agreedMedicationGoal();
        long before = tasksOfClient(alex);

        assertThrows(ChangeRefused.class, () -> as(SAM, tasks -> tasks.addTask(medication.id(),
                "Note side effects", Assignee.client(), null, Frequency.DAILY)), "therapists view medication tasks");
        assertThrows(ChangeRefused.class, () -> as(MARIA, tasks -> tasks.addTask(medication.id(),
                "Note side effects", Assignee.client(), null, Frequency.DAILY)), "care managers view medication tasks");
        assertThrows(ChangeRefused.class, () -> as(ALEX_PORTAL, tasks -> tasks.addTask(medication.id(),
                "Halve my dose", Assignee.client(), null, Frequency.DAILY)), "the client views medication tasks");
        assertEquals(before, tasksOfClient(alex), "none stored");

        TaskView byPsychiatry = as(PRIYA, tasks -> tasks.addTask(medication.id(), "Note side effects",
                Assignee.client(), null, Frequency.DAILY));
        TaskView byPrimaryCare = as(LENA, tasks -> tasks.addTask(medication.id(), "Blood test for lithium level",
                Assignee.discipline(Party.PRIMARY_CARE), TODAY.plusWeeks(2), null));
        assertTrue(byPsychiatry.medication());
        assertTrue(byPrimaryCare.medication());
        assertEquals(before + 2, tasksOfClient(alex));

        assertThrows(ChangeRefused.class, () -> as(SAM, tasks -> tasks.drop(byPrimaryCare.id(), byPrimaryCare.version())));
        assertThrows(ChangeRefused.class, () -> as(MARIA, tasks -> tasks.drop(byPrimaryCare.id(), byPrimaryCare.version())));
        assertThrows(ChangeRefused.class, () -> as(SAM, tasks -> tasks.markDone(byPrimaryCare.id(), byPrimaryCare.version())),
                "therapists do not tick off medication tasks");
        assertEquals("OPEN", stored(byPrimaryCare.id()).status());
        as(LENA, tasks -> tasks.drop(byPrimaryCare.id(), byPrimaryCare.version()));
        assertEquals("DROPPED", stored(byPrimaryCare.id()).status());
    }

    @Test
    void aChangeOnAStaleVersionIsRefusedAndChangesNothing() {
        GoalView goal = agreedGoal();
        TaskView task = as(MARIA, tasks -> tasks.addTask(goal.id(), "Phone a friend", Assignee.client(), null,
                Frequency.WEEKLY));
        TaskView agreed = as(ALEX_PORTAL, tasks -> tasks.agreeToTask(task.id(), task.version()));
        Stored before = stored(task.id());

        ChangedMeanwhile stale = assertThrows(ChangedMeanwhile.class,
                () -> as(MARIA, tasks -> tasks.markDone(task.id(), task.version())));
        assertTrue(stale.getMessage().contains("not saved"), stale.getMessage());
        assertEquals(agreed, stale.currentAs(TaskView.class).orElseThrow(), "the task as it is now comes back");
        assertThrows(ChangedMeanwhile.class, () -> as(SAM, tasks -> tasks.drop(task.id(), task.version())));
        assertThrows(ChangedMeanwhile.class, () -> as(ALEX_PORTAL, tasks -> tasks.markDone(task.id(), agreed.version() + 1)));
        assertEquals(before, stored(task.id()), "nothing of the stale changes was stored");
    }

    @Test
    void tasksOfListsTheClientsTasksWithTheirGoalsWordsForTheTeamAndTheClient() {
        GoalView walking = agreedGoal();
        GoalView medication = agreedMedicationGoal();
        TaskView walk = as(MARIA, tasks -> tasks.addTask(walking.id(), "Walk to the shop", Assignee.client(),
                TODAY.plusDays(2), null));
        TaskView blood = as(LENA, tasks -> tasks.addTask(medication.id(), "Blood test", Assignee.person("lena.fischer",
                Party.PRIMARY_CARE), TODAY.plusDays(5), null));
        GoalView blakes = goals.agreedWithCareManagement(MARIA, BLAKE_PORTAL, blake);
        as(MARIA, tasks -> tasks.addTask(blakes.id(), "Blake's own step", Assignee.client(), TODAY, null));

        for (Caller reader : List.of(SAM, ALEX_PORTAL)) {
            List<TaskView> listed = as(reader, tasks -> tasks.tasksOf(alex));
            assertEquals(List.of(walk.id(), blood.id()), listed.stream().map(TaskView::id).toList(),
                    "only Alex's tasks, by due date, for " + reader.username());
            TaskView first = listed.get(0);
            assertEquals(walking.clientWords(), first.goalWords());
            assertEquals(walking.id(), first.goalId());
            assertEquals("Walk to the shop", first.description());
            assertTrue(first.awaitsClientAgreement());
            assertTrue(first.isForClient());
            TaskView second = listed.get(1);
            assertEquals("Take my tablets every evening", second.goalWords());
            assertEquals("lena.fischer", second.assigneeUsername());
            assertEquals(Party.PRIMARY_CARE, second.assigneeParty());
            assertTrue(second.medication());
            assertFalse(second.overdue());
        }
    }

    @Test
    void aGoalsPageReadsOnlyThatGoalsTasksAndOnlyForThoseWhoMayReadTheGoal() {
        GoalView walking = agreedGoal();
        GoalView medication = agreedMedicationGoal();
        TaskView later = as(MARIA, tasks -> tasks.addTask(walking.id(), "Walk to the park", Assignee.client(),
                TODAY.plusDays(6), null));
        TaskView sooner = as(MARIA, tasks -> tasks.addTask(walking.id(), "Walk to the shop", Assignee.client(),
                TODAY.plusDays(2), null));
        as(LENA, tasks -> tasks.addTask(medication.id(), "Blood test", Assignee.person("lena.fischer",
                Party.PRIMARY_CARE), TODAY.plusDays(1), null));

        for (Caller reader : List.of(SAM, ALEX_PORTAL)) {
            assertEquals(List.of(sooner.id(), later.id()),
                    as(reader, tasks -> tasks.tasksOfGoal(walking.id())).stream().map(TaskView::id).toList(),
                    "only the walking goal's tasks, soonest due first, for " + reader.username());
        }
        for (Caller outsider : List.of(BLAKE_PORTAL, NOOR)) {
            assertThrows(AccessRefused.class, () -> as(outsider, tasks -> tasks.tasksOfGoal(walking.id())),
                    outsider.username() + " is not on Alex's plan");
        }
    }
}
