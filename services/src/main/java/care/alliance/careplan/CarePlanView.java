package care.alliance.careplan;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The plan's concerns (client's words first), strengths and review date, as pages show them. */
public record CarePlanView(long clientId, long version, List<ConcernView> concerns, List<String> strengths,
        LocalDate nextReviewOn, boolean reviewDue) implements Serializable {

    /** One concern: the client's words, and the team's summary where the reader may see it. */
    public record ConcernView(String clientWords, String clinicalSummary) implements Serializable {
    }

    static CarePlanView of(CarePlan plan, LocalDate today, boolean withClinicalSummaries) {
        return new CarePlanView(plan.clientId(), plan.version(),
                plan.concerns().stream().map(concern -> new ConcernView(concern.clientWords(),
                        withClinicalSummaries ? concern.clinicalSummary() : null)).toList(),
                plan.strengths(), plan.nextReviewOn(), plan.isReviewDue(today));
    }

    static CarePlanView empty(long clientId) {
        return new CarePlanView(clientId, -1, List.of(), List.of(), null, false);
    }
}
