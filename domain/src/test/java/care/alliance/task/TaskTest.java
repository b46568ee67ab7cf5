package care.alliance.task;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.alliance.goal.Goal;
import care.alliance.goal.GoalContent;
import care.alliance.goal.GoalStatus;
import care.alliance.goal.LifeArea;
import care.alliance.goal.Party;
import care.alliance.goal.Response;
import care.alliance.rules.ChangeRefused;
import care.alliance.rules.InvalidInput;
import care.alliance.team.Discipline;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class TaskTest {

    private static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 2);
    private static final long CLIENT = 7L;

    // ------------------------------------------------------------------------------------- goals

    private static GoalContent walking() {
        return new GoalContent("I want to get out of the house and walk most days", null, LifeArea.MENTAL_HEALTH,
                EnumSet.of(Discipline.PSYCHOTHERAPY), null);
    }

    private static GoalContent tablets(String words) {
        return new GoalContent(words, null, LifeArea.MEDICATION, EnumSet.of(Discipline.PSYCHIATRY), null);
    }

    /** A goal in the given status: proposed by the therapist, agreed by the client, then moved on. */
    private static Goal walkingGoal(GoalStatus status) {
        Goal goal = Goal.propose(CLIENT, walking(), "sam.rivera", Party.PSYCHOTHERAPY, T0);
        if (status == GoalStatus.PROPOSED) {
            return goal;
        }
        goal.respond(Party.CLIENT, "alex.morgan", Response.AGREE, null, T0.plusSeconds(60));
        switch (status) {
            case REVISED -> goal.revise(new GoalContent("Walk three days a week", null, LifeArea.MENTAL_HEALTH,
                    EnumSet.of(Discipline.PSYCHOTHERAPY), null), "sam.rivera", Party.PSYCHOTHERAPY, "too much", T0.plusSeconds(120));
            case PAUSED -> goal.pause("maria.gomez", "in hospital", T0.plusSeconds(120));
            case ACHIEVED -> goal.markAchieved("sam.rivera", T0.plusSeconds(120));
            case DISCONTINUED -> goal.discontinue("sam.rivera", "moved away", T0.plusSeconds(120));
            default -> { }
        }
        assertEquals(status, goal.status(), "the goal is set up in the status the test needs");
        return goal;
    }

    private static Goal agreedWalkingGoal() {
        return walkingGoal(GoalStatus.AGREED);
    }

    private static Goal agreedMedicationGoal() {
        Goal goal = Goal.propose(CLIENT, tablets("Take my tablets every evening"), "priya.patel", Party.PSYCHIATRY, T0);
        goal.respond(Party.CLIENT, "alex.morgan", Response.AGREE, null, T0.plusSeconds(60));
        assertEquals(GoalStatus.AGREED, goal.status());
        return goal;
    }

    // ------------------------------------------------------------------------------------- tasks

    private static Task task(Goal goal, Assignee assignee, LocalDate dueOn, Frequency frequency, Party author) {
        return new Task(goal, "Walk around the park", assignee, dueOn, frequency, "author", author, T0.plusSeconds(600));
    }

    private static Task withDescription(String description) {
        return new Task(agreedWalkingGoal(), description, Assignee.client(), null, Frequency.WEEKLY, "sam.rivera",
                Party.PSYCHOTHERAPY, T0.plusSeconds(600));
    }

    private static Task therapistsTaskDue(LocalDate dueOn) {
        return task(agreedWalkingGoal(), Assignee.discipline(Party.PSYCHOTHERAPY), dueOn, null, Party.PSYCHOTHERAPY);
    }

    private static Task clientsWeeklyTaskSetByTherapist() {
        return task(agreedWalkingGoal(), Assignee.client(), null, Frequency.WEEKLY, Party.PSYCHOTHERAPY);
    }

    // ----------------------------------------------------------------------------- when it is done

    @Test
    void aTaskNeedsADueDateOrAFrequency() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> task(agreedWalkingGoal(), Assignee.client(), null, null, Party.PSYCHOTHERAPY));
        assertTrue(refused.getMessage().contains("due date"));

        Task due = task(agreedWalkingGoal(), Assignee.client(), TODAY.plusDays(7), null, Party.PSYCHOTHERAPY);
        Task repeating = task(agreedWalkingGoal(), Assignee.client(), null, Frequency.DAILY, Party.PSYCHOTHERAPY);
        Task both = task(agreedWalkingGoal(), Assignee.client(), TODAY.plusDays(30), Frequency.WEEKLY, Party.PSYCHOTHERAPY);

        assertEquals(TODAY.plusDays(7), due.dueOn());
        assertNull(due.frequency());
        assertEquals(Frequency.DAILY, repeating.frequency());
        assertNull(repeating.dueOn());
        assertEquals(TODAY.plusDays(30), both.dueOn());
        assertEquals(Frequency.WEEKLY, both.frequency());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2000-01-01", "2100-12-31"})
    void aDueDateMayBeAnyDayOfThePlanYears(String day) {
        assertEquals(LocalDate.parse(day), therapistsTaskDue(LocalDate.parse(day)).dueOn());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1999-12-31", "2101-01-01", "0001-01-01", "+999999999-12-31"})
    void aDueDateOutsideThePlanYearsIsRefusedNamingIt(String day) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> therapistsTaskDue(LocalDate.parse(day)));
        assertEquals("The task's due date must be between 1 January 2000 and 31 December 2100; check the year.",
                refused.getMessage());
        assertEquals(Optional.of("taskDue"), refused.field(), "the page says it beside the due date");
    }

    @Test
    void aTaskNeedsSomeoneToDoIt() {
        assertThrows(IllegalArgumentException.class,
                () -> task(agreedWalkingGoal(), null, TODAY, null, Party.PSYCHOTHERAPY));
        assertThrows(IllegalArgumentException.class, () -> Assignee.discipline(Party.CLIENT),
                "the client is not a discipline of the team");
        assertThrows(IllegalArgumentException.class, () -> Assignee.discipline(null));
        assertThrows(IllegalArgumentException.class, () -> Assignee.person("  ", Party.CARE_MANAGEMENT));
        assertEquals("maria.gomez", Assignee.person(" maria.gomez ", Party.CARE_MANAGEMENT).username());
        assertThrows(InvalidInput.class, () -> Assignee.person("maria\u0000gomez", Party.CARE_MANAGEMENT));
        assertThrows(InvalidInput.class, () -> Assignee.person("maria\ngomez", Party.CARE_MANAGEMENT));
        assertThrows(InvalidInput.class, () -> Assignee.person("m".repeat(Assignee.USERNAME_LENGTH + 1),
                Party.CARE_MANAGEMENT));
    }

    // --------------------------------------------------------------------------------- description

    @Test
    void theDescriptionIsRequired() {
        assertThrows(IllegalArgumentException.class, () -> withDescription(null));
        assertThrows(IllegalArgumentException.class, () -> withDescription(""));
        assertThrows(IllegalArgumentException.class, () -> withDescription(" \t "));
    }

    @Test
    void theDescriptionHasAtMost300Characters() {
        assertEquals(300, withDescription("x".repeat(300)).description().length());
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> withDescription("x".repeat(301)));
        assertTrue(refused.getMessage().contains("300"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "Walk <b>every</b> day", "</p>", "<!-- hidden -->",
            "Walk &amp; talk", "Walk &#60; 5 km"})
    void theDescriptionMayNotCarryMarkup(String markup) {
        assertThrows(IllegalArgumentException.class, () -> withDescription(markup));
    }

    @Test
    void theDescriptionIsTrimmedAndPlainComparisonsAreWords() {
        assertEquals("Walk 3 < 4 km & rest", withDescription("  Walk 3 < 4 km & rest  ").description());
    }

    // -------------------------------------------------------------------------------- the goal's life

    @ParameterizedTest
    @EnumSource(value = GoalStatus.class, names = {"ACHIEVED", "DISCONTINUED"})
    void aTaskOfAClosedGoalIsRefused(GoalStatus closed) {
        Goal goal = walkingGoal(closed);

        ChangeRefused refused = assertThrows(ChangeRefused.class,
                () -> task(goal, Assignee.client(), TODAY, null, Party.PSYCHOTHERAPY));
        assertTrue(refused.getMessage().contains("closed"));
    }

    @ParameterizedTest
    @EnumSource(value = GoalStatus.class, names = {"PROPOSED", "AGREED", "REVISED", "PAUSED"})
    void aGoalThatIsStillOpenTakesTasks(GoalStatus open) {
        Goal goal = walkingGoal(open);

        Task task = task(goal, Assignee.client(), TODAY, null, Party.PSYCHOTHERAPY);

        assertSame(goal, task.goal());
        assertEquals(TaskStatus.OPEN, task.status());
    }

    @Test
    void aTaskBelongsToTheClientOfItsGoal() {
        Task task = clientsWeeklyTaskSetByTherapist();

        assertEquals(CLIENT, task.clientId());
        assertFalse(task.isAboutMedication());
        assertEquals("Walk around the park", task.description());
        assertEquals(Assignee.client(), task.assignee());
        assertNull(task.doneAt());
    }

    // ---------------------------------------------------------------------------- medication tasks

    @ParameterizedTest
    @EnumSource(value = Party.class, names = {"PSYCHIATRY", "PRIMARY_CARE"})
    void prescribersMayCreateChangeAndDropMedicationTasks(Party prescriber) {
        Task task = task(agreedMedicationGoal(), Assignee.client(), null, Frequency.DAILY, prescriber);

        assertTrue(task.isAboutMedication());
        assertDoesNotThrow(() -> task.requireMayChange(prescriber));
        task.drop(prescriber);
        assertEquals(TaskStatus.DROPPED, task.status());
    }

    @ParameterizedTest
    @EnumSource(value = Party.class, names = {"PSYCHOTHERAPY", "CARE_MANAGEMENT", "CLIENT"})
    void othersMayNotCreateMedicationTasks(Party other) {
        Goal goal = agreedMedicationGoal();

        ChangeRefused refused = assertThrows(ChangeRefused.class,
                () -> task(goal, Assignee.client(), null, Frequency.DAILY, other));
        assertTrue(refused.getMessage().contains("psychiatry or primary care"));
    }

    @ParameterizedTest
    @EnumSource(value = Party.class, names = {"PSYCHOTHERAPY", "CARE_MANAGEMENT", "CLIENT"})
    void othersMayNotChangeOrDropMedicationTasks(Party other) {
        Task task = task(agreedMedicationGoal(), Assignee.client(), null, Frequency.DAILY, Party.PSYCHIATRY);

        assertThrows(ChangeRefused.class, () -> task.requireMayChange(other));
        ChangeRefused refused = assertThrows(ChangeRefused.class, () -> task.drop(other));
        assertTrue(refused.getMessage().contains("psychiatry or primary care"));
        assertEquals(TaskStatus.OPEN, task.status(), "a refused drop changes nothing");
    }

    @ParameterizedTest
    @EnumSource(value = Party.class, names = {"PSYCHIATRY", "PRIMARY_CARE", "PSYCHOTHERAPY", "CARE_MANAGEMENT"})
    void everyDisciplineMayCreateChangeAndDropTasksOfOtherGoals(Party discipline) {
        Task task = task(agreedWalkingGoal(), Assignee.discipline(discipline), TODAY, null, discipline);

        assertDoesNotThrow(() -> task.requireMayChange(discipline));
        task.drop(discipline);
        assertEquals(TaskStatus.DROPPED, task.status());
    }

    // ------------------------------------------------------------------------ the client's agreement

    @Test
    void aTaskGivenToTheClientWaitsForTheClientsAgreement() {
        Task task = clientsWeeklyTaskSetByTherapist();

        assertTrue(task.awaitsClientAgreement());
        assertNull(task.clientAgreedAt());

        task.agreeAsClient(T0.plusSeconds(900));

        assertFalse(task.awaitsClientAgreement());
        assertEquals(T0.plusSeconds(900), task.clientAgreedAt());
    }

    @Test
    void aTaskTheClientGivesThemselvesIsAgreedWhenCreated() {
        Task task = task(agreedWalkingGoal(), Assignee.client(), null, Frequency.WEEKLY, Party.CLIENT);

        assertFalse(task.awaitsClientAgreement());
        assertEquals(T0.plusSeconds(600), task.clientAgreedAt());
    }

    @Test
    void aMedicationTaskGivenToTheClientByAPrescriberWaitsForTheClientsAgreement() {
        Task task = task(agreedMedicationGoal(), Assignee.client(), null, Frequency.DAILY, Party.PSYCHIATRY);

        assertTrue(task.awaitsClientAgreement());
    }

    @Test
    void aTaskOfTheTeamNeverWaitsForTheClient() {
        Task forDiscipline = task(agreedWalkingGoal(), Assignee.discipline(Party.CARE_MANAGEMENT), TODAY, null, Party.CLIENT);
        Task forPerson = task(agreedWalkingGoal(), Assignee.person("maria.gomez", Party.CARE_MANAGEMENT), TODAY, null,
                Party.PSYCHOTHERAPY);

        assertFalse(forDiscipline.awaitsClientAgreement());
        assertNull(forDiscipline.clientAgreedAt(), "the client did not agree to a task that is not theirs");
        assertFalse(forPerson.awaitsClientAgreement());
    }

    @Test
    void onlyATaskGivenToTheClientCanBeAgreedByTheClient() {
        Task task = therapistsTaskDue(TODAY);

        assertThrows(ChangeRefused.class, () -> task.agreeAsClient(T0.plusSeconds(900)));
        assertNull(task.clientAgreedAt());
    }

    @Test
    void agreeingAgainKeepsTheTimeOfTheFirstAgreement() {
        Task task = clientsWeeklyTaskSetByTherapist();
        task.agreeAsClient(T0.plusSeconds(900));

        task.agreeAsClient(T0.plusSeconds(1800));

        assertEquals(T0.plusSeconds(900), task.clientAgreedAt());
    }

    // ---------------------------------------------------------------------------------- its status

    @Test
    void anOpenTaskCanBeMarkedDone() {
        Task task = clientsWeeklyTaskSetByTherapist();

        task.markDone(Party.CLIENT, T0.plusSeconds(900));

        assertEquals(TaskStatus.DONE, task.status());
        assertEquals(T0.plusSeconds(900), task.doneAt());
    }

    @Test
    void aTaskThatIsDoneCannotBeMarkedDoneAgain() {
        Task task = clientsWeeklyTaskSetByTherapist();
        task.markDone(Party.CLIENT, T0.plusSeconds(900));

        assertThrows(ChangeRefused.class, () -> task.markDone(Party.CLIENT, T0.plusSeconds(1800)));
        assertEquals(T0.plusSeconds(900), task.doneAt(), "a refused change changes nothing");
    }

    @Test
    void aDroppedTaskCannotBeMarkedDone() {
        Task task = clientsWeeklyTaskSetByTherapist();
        task.drop(Party.PSYCHOTHERAPY);

        assertThrows(ChangeRefused.class, () -> task.markDone(Party.CLIENT, T0.plusSeconds(900)));
        assertEquals(TaskStatus.DROPPED, task.status());
        assertNull(task.doneAt());
    }

    @Test
    void reopeningADoneTaskMakesItOpenAndForgetsWhenItWasDone() {
        Task task = clientsWeeklyTaskSetByTherapist();
        task.markDone(Party.CLIENT, T0.plusSeconds(900));

        task.reopen(Party.PSYCHOTHERAPY);

        assertEquals(TaskStatus.OPEN, task.status());
        assertNull(task.doneAt());
    }

    @Test
    void aDroppedTaskCanBeReopened() {
        Task task = clientsWeeklyTaskSetByTherapist();
        task.drop(Party.CARE_MANAGEMENT);

        task.reopen(Party.PSYCHOTHERAPY);

        assertEquals(TaskStatus.OPEN, task.status());
    }

    @Test
    void anOpenTaskCannotBeReopened() {
        Task task = clientsWeeklyTaskSetByTherapist();

        ChangeRefused refused = assertThrows(ChangeRefused.class, () -> task.reopen(Party.PSYCHOTHERAPY));
        assertTrue(refused.getMessage().contains("already open"));
        assertEquals(TaskStatus.OPEN, task.status());
    }

    @Test
    void onlyAnOpenTaskCanBeDropped() {
        Task done = clientsWeeklyTaskSetByTherapist();
        done.markDone(Party.CLIENT, T0.plusSeconds(900));
        Task dropped = clientsWeeklyTaskSetByTherapist();
        dropped.drop(Party.PSYCHOTHERAPY);

        assertThrows(ChangeRefused.class, () -> done.drop(Party.PSYCHOTHERAPY));
        assertThrows(ChangeRefused.class, () -> dropped.drop(Party.PSYCHOTHERAPY));
        assertEquals(TaskStatus.DONE, done.status());
        assertEquals(TaskStatus.DROPPED, dropped.status());
    }

    // ------------------------------------------------------------------------------------ overdue

    @Test
    void anOpenTaskIsOverdueTheDayAfterItWasDue() {
        assertTrue(therapistsTaskDue(TODAY.minusDays(1)).isOverdue(TODAY));
        assertTrue(therapistsTaskDue(TODAY.minusDays(30)).isOverdue(TODAY));
    }

    @Test
    void aTaskIsNotOverdueOnOrBeforeItsDueDate() {
        assertFalse(therapistsTaskDue(TODAY).isOverdue(TODAY));
        assertFalse(therapistsTaskDue(TODAY.plusDays(1)).isOverdue(TODAY));
    }

    @Test
    void aDoneOrDroppedTaskIsNeverOverdue() {
        Task done = therapistsTaskDue(TODAY.minusDays(3));
        done.markDone(Party.CLIENT, T0);
        Task dropped = therapistsTaskDue(TODAY.minusDays(3));
        dropped.drop(Party.PSYCHOTHERAPY);

        assertFalse(done.isOverdue(TODAY));
        assertFalse(dropped.isOverdue(TODAY));
    }

    @Test
    void aRepeatingTaskWithoutADueDateIsNeverOverdue() {
        Task task = clientsWeeklyTaskSetByTherapist();

        assertFalse(task.isOverdue(TODAY.plusYears(1)));
    }

    @Test
    void aReopenedTaskPastItsDueDateIsOverdueAgain() {
        Task task = therapistsTaskDue(TODAY.minusDays(3));
        task.markDone(Party.CLIENT, T0);
        assertFalse(task.isOverdue(TODAY));

        task.reopen(Party.PSYCHOTHERAPY);

        assertTrue(task.isOverdue(TODAY));
    }

    // ------------------------------------------------------- rules that follow the goal as it is now

    @Test
    void aTaskFollowsItsGoalWhenTheGoalBecomesAMedicationGoal() {
        Goal goal = agreedWalkingGoal();
        Task task = task(goal, Assignee.client(), TODAY.plusDays(7), null, Party.PSYCHOTHERAPY);

        goal.revise(tablets("Take my tablets before the walk"), "priya.patel", Party.PSYCHIATRY, "new prescription",
                T0.plusSeconds(900));

        assertTrue(task.isAboutMedication());
        assertThrows(ChangeRefused.class, () -> task.drop(Party.PSYCHOTHERAPY));
        task.drop(Party.PSYCHIATRY);
        assertEquals(TaskStatus.DROPPED, task.status());
    }

    @Test
    void onlyAPrescriberReopensATaskOfAMedicationGoal() {
        Task task = task(agreedMedicationGoal(), Assignee.client(), TODAY.plusDays(7), null, Party.PSYCHIATRY);
        task.drop(Party.PSYCHIATRY);

        assertThrows(ChangeRefused.class, () -> task.reopen(Party.CARE_MANAGEMENT));
        assertEquals(TaskStatus.DROPPED, task.status());
        task.reopen(Party.PRIMARY_CARE);
        assertEquals(TaskStatus.OPEN, task.status());
    }

    @Test
    void theTasksOfAClosedGoalStayAsTheyWere() {
        Goal goal = agreedWalkingGoal();
        Task task = task(goal, Assignee.client(), TODAY.minusDays(3), null, Party.PSYCHOTHERAPY);

        goal.markAchieved("sam.rivera", T0.plusSeconds(900));

        assertThrows(ChangeRefused.class, () -> task.markDone(Party.CLIENT, T0.plusSeconds(1000)));
        assertThrows(ChangeRefused.class, () -> task.agreeAsClient(T0.plusSeconds(1000)));
        assertEquals(TaskStatus.OPEN, task.status());
        assertFalse(task.isOverdue(TODAY), "a closed goal's task is not overdue");
    }

    @Test
    void aTaskNeedsItsAuthorTheirPartyAndATime() {
        Goal goal = agreedWalkingGoal();

        assertThrows(IllegalArgumentException.class, () -> new Task(goal, "Walk", Assignee.client(), TODAY, null,
                null, Party.PSYCHOTHERAPY, T0));
        assertThrows(IllegalArgumentException.class, () -> new Task(goal, "Walk", Assignee.client(), TODAY, null,
                "sam.rivera", null, T0));
        assertThrows(IllegalArgumentException.class, () -> new Task(goal, "Walk", Assignee.client(), TODAY, null,
                "sam.rivera", Party.PSYCHOTHERAPY, null));
    }

    @Test
    void aMedicationTaskIsTickedOffByAPrescriberOrByTheClientWhenItIsTheirs() {
        Goal medication = agreedMedicationGoal();
        Task forPrimaryCare = task(medication, Assignee.discipline(Party.PRIMARY_CARE), TODAY.plusDays(7), null, Party.PSYCHIATRY);
        Task forClient = task(medication, Assignee.client(), TODAY.plusDays(7), null, Party.PSYCHIATRY);

        assertThrows(ChangeRefused.class, () -> forPrimaryCare.markDone(Party.PSYCHOTHERAPY, T0.plusSeconds(900)));
        assertThrows(ChangeRefused.class, () -> forPrimaryCare.markDone(Party.CARE_MANAGEMENT, T0.plusSeconds(900)));
        assertEquals(TaskStatus.OPEN, forPrimaryCare.status());
        forPrimaryCare.markDone(Party.PRIMARY_CARE, T0.plusSeconds(900));
        forClient.markDone(Party.CLIENT, T0.plusSeconds(900));

        assertEquals(TaskStatus.DONE, forPrimaryCare.status());
        assertEquals(TaskStatus.DONE, forClient.status());
    }
}
