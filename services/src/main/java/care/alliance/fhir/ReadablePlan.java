package care.alliance.fhir;

import care.alliance.careplan.CarePlanView;
import care.alliance.client.PreferencesView;
import care.alliance.goal.GoalView;
import care.alliance.measure.MeasureResultView;
import care.alliance.measure.ScoreView;
import care.alliance.note.NoteView;
import care.alliance.task.TaskView;
import care.alliance.team.CareTeamView;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the caller may read of a client's plan, as the plan's services gave it to them: the team
 * reads every questionnaire with its answers, the client their own totals and bands. A goal withheld
 * from the caller arrives as a placeholder and is left out here, with the tasks and notes on it,
 * so no mapper ever sees it.
 */
public record ReadablePlan(CareTeamView team, PreferencesView client, CarePlanView plan, List<GoalView> goals,
        List<TaskView> tasks, List<NoteView> notes, List<MeasureResultView> measures, List<ScoreView> scores,
        Instant exportedAt) {

    public ReadablePlan {
        List<GoalView> shown = goals.stream().filter(goal -> !goal.withheld()).toList();
        Set<Long> shownIds = shown.stream().map(GoalView::id).collect(Collectors.toSet());
        goals = shown;
        tasks = tasks.stream().filter(task -> shownIds.contains(task.goalId())).toList();
        notes = notes.stream().filter(note -> note.goalId() == null || shownIds.contains(note.goalId())).toList();
        measures = List.copyOf(measures);
        scores = List.copyOf(scores);
    }

    public long clientId() {
        return team.clientId();
    }
}
