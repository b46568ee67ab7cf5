package care.alliance.careplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.alliance.rules.InvalidInput;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CarePlanTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 2);
    private static final long CLIENT = 7L;

    private static final Concern SLEEP = new Concern("I can't sleep and I feel low most days", "Depressive episode, insomnia");
    private static final Concern WORK = new Concern("I'm scared of losing my job", null);

    private static CarePlan planWithConcerns(Concern... concerns) {
        CarePlan plan = new CarePlan(CLIENT);
        for (Concern concern : concerns) {
            plan.addConcern(concern);
        }
        return plan;
    }

    private static CarePlan planWithStrengths(String... strengths) {
        CarePlan plan = new CarePlan(CLIENT);
        for (String strength : strengths) {
            plan.addStrength(strength);
        }
        return plan;
    }

    // ---------------------------------------------------------------------------------- concerns

    @Test
    void aConcernNeedsTheClientsWords() {
        assertThrows(IllegalArgumentException.class, () -> new Concern(null, "Low mood"));
        assertThrows(IllegalArgumentException.class, () -> new Concern("", "Low mood"));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new Concern("   ", "Low mood"));
        assertTrue(refused.getMessage().contains("client's words"));
    }

    @Test
    void theClientsWordsHaveAtMost500Characters() {
        assertEquals(500, new Concern("x".repeat(500), null).clientWords().length());
        assertThrows(IllegalArgumentException.class, () -> new Concern("x".repeat(501), null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "I feel <em>low</em>", "&quot;low&quot;"})
    void theClientsWordsMayNotCarryMarkup(String markup) {
        assertThrows(IllegalArgumentException.class, () -> new Concern(markup, null));
    }

    @Test
    void theClientsWordsAreTrimmedAndKeptAsTyped() {
        assertEquals("Sleep < 5 hours & tired", new Concern("  Sleep < 5 hours & tired ", null).clientWords());
    }

    @Test
    void theClinicalSummaryIsOptional() {
        assertNull(new Concern("I feel low", null).clinicalSummary());
        assertNull(new Concern("I feel low", "  ").clinicalSummary());
        assertEquals("Moderate depression", new Concern("I feel low", " Moderate depression ").clinicalSummary());
    }

    @Test
    void theClinicalSummaryIsLimitedAndPlain() {
        assertEquals(2000, new Concern("I feel low", "x".repeat(2000)).clinicalSummary().length());
        assertThrows(IllegalArgumentException.class, () -> new Concern("I feel low", "x".repeat(2001)));
        assertThrows(IllegalArgumentException.class, () -> new Concern("I feel low", "<b>MDD</b>"));
    }

    @Test
    void concernsAreKeptInTheOrderTheyWereAdded() {
        CarePlan plan = planWithConcerns(SLEEP, WORK);

        assertEquals(List.of(SLEEP, WORK), plan.concerns());
        assertEquals(CLIENT, plan.clientId());
    }

    @Test
    void removingAConcernKeepsTheOthersInOrder() {
        Concern third = new Concern("I don't see my friends any more", null);
        CarePlan plan = planWithConcerns(SLEEP, WORK, third);

        plan.removeConcern(1);

        assertEquals(List.of(SLEEP, third), plan.concerns());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 2, 3, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void removingAConcernThatDoesNotExistIsRefused(int index) {
        CarePlan plan = planWithConcerns(SLEEP, WORK);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> plan.removeConcern(index));
        assertTrue(refused.getMessage().contains("no such entry"));
        assertEquals(List.of(SLEEP, WORK), plan.concerns(), "a refused removal changes nothing");
    }

    @Test
    void nothingCanBeRemovedFromAnEmptyPlan() {
        CarePlan plan = new CarePlan(CLIENT);

        assertThrows(IllegalArgumentException.class, () -> plan.removeConcern(0));
        assertThrows(IllegalArgumentException.class, () -> plan.removeStrength(0));
    }

    @Test
    void thePlansListsCannotBeChangedFromOutside() {
        CarePlan plan = planWithConcerns(SLEEP);
        plan.addStrength("Loves her dog");

        assertThrows(UnsupportedOperationException.class, () -> plan.concerns().add(WORK));
        assertThrows(UnsupportedOperationException.class, () -> plan.strengths().clear());
        assertEquals(1, plan.concerns().size());
        assertEquals(1, plan.strengths().size());
    }

    // --------------------------------------------------------------------------------- strengths

    @Test
    void aStrengthIsRequiredLimitedAndPlain() {
        CarePlan plan = new CarePlan(CLIENT);

        assertThrows(IllegalArgumentException.class, () -> plan.addStrength(null));
        assertThrows(IllegalArgumentException.class, () -> plan.addStrength("  "));
        assertThrows(IllegalArgumentException.class, () -> plan.addStrength("x".repeat(501)));
        assertThrows(IllegalArgumentException.class, () -> plan.addStrength("<b>Funny</b>"));
        assertThrows(IllegalArgumentException.class, () -> plan.addStrength("Kind &amp; patient"));
        assertTrue(plan.strengths().isEmpty(), "refused strengths are not added");

        plan.addStrength("x".repeat(500));
        plan.addStrength("  Kind & patient, 2 < 3 ");

        assertEquals(List.of("x".repeat(500), "Kind & patient, 2 < 3"), plan.strengths());
    }

    @Test
    void removingAStrengthKeepsTheOthersInOrder() {
        CarePlan plan = planWithStrengths("Loves her dog", "Good friends", "Likes to cook");

        plan.removeStrength(0);

        assertEquals(List.of("Good friends", "Likes to cook"), plan.strengths());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 2, 10})
    void removingAStrengthThatDoesNotExistIsRefused(int index) {
        CarePlan plan = planWithStrengths("Loves her dog", "Good friends");

        assertThrows(IllegalArgumentException.class, () -> plan.removeStrength(index));
        assertEquals(List.of("Loves her dog", "Good friends"), plan.strengths());
    }

    // ------------------------------------------------------------------------------------ review

    @Test
    void aNewPlanHasNoReviewAndNoReviewIsDue() {
        CarePlan plan = new CarePlan(CLIENT);

        assertNull(plan.nextReviewOn());
        assertFalse(plan.isReviewDue(TODAY));
    }

    @Test
    void aReviewCannotBePlannedInThePast() {
        CarePlan plan = new CarePlan(CLIENT);
        plan.scheduleReview(TODAY.plusDays(30), TODAY);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> plan.scheduleReview(TODAY.minusDays(1), TODAY));
        assertTrue(refused.getMessage().contains("today or later"));
        assertEquals(TODAY.plusDays(30), plan.nextReviewOn(), "a refused date changes nothing");
    }

    @Test
    void aReviewMayBePlannedForTodayOrLater() {
        CarePlan plan = new CarePlan(CLIENT);

        plan.scheduleReview(TODAY, TODAY);
        assertEquals(TODAY, plan.nextReviewOn());

        plan.scheduleReview(TODAY.plusMonths(3), TODAY);
        assertEquals(TODAY.plusMonths(3), plan.nextReviewOn());
    }

    @Test
    void aReviewMayBePlannedUpToTheLastDayOfThePlanYears() {
        CarePlan plan = new CarePlan(CLIENT);

        plan.scheduleReview(LocalDate.of(2100, 12, 31), TODAY);

        assertEquals(LocalDate.of(2100, 12, 31), plan.nextReviewOn());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2101-01-01", "+999999999-12-31"})
    void aReviewBeyondThePlanYearsIsRefusedNamingTheReviewDate(String on) {
        CarePlan plan = new CarePlan(CLIENT);
        plan.scheduleReview(TODAY.plusDays(30), TODAY);

        InvalidInput refused = assertThrows(InvalidInput.class, () -> plan.scheduleReview(LocalDate.parse(on), TODAY));
        assertEquals("The review date must be between 1 January 2000 and 31 December 2100; check the year.",
                refused.getMessage());
        assertEquals(Optional.of("reviewDate"), refused.field(), "the page says it beside the review date");
        assertEquals(TODAY.plusDays(30), plan.nextReviewOn(), "a refused date changes nothing");
    }

    @Test
    void aReviewInYearOneIsRefusedAsInThePast() {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> new CarePlan(CLIENT).scheduleReview(LocalDate.of(1, 1, 1), TODAY));
        assertEquals("A review is planned for today or later.", refused.getMessage());
    }

    @Test
    void aStrengthKeepsNoControlCodes() {
        CarePlan plan = new CarePlan(CLIENT);

        assertThrows(InvalidInput.class, () -> plan.addStrength("Kind\u0000"));
        assertThrows(InvalidInput.class, () -> plan.addStrength("Kind\u009B"));
        assertTrue(plan.strengths().isEmpty());
    }

    @Test
    void aPlannedReviewCanBeCleared() {
        CarePlan plan = new CarePlan(CLIENT);
        plan.scheduleReview(TODAY.plusDays(30), TODAY);

        plan.scheduleReview(null, TODAY);

        assertNull(plan.nextReviewOn());
        assertFalse(plan.isReviewDue(TODAY.plusDays(60)));
    }

    @Test
    void aReviewIsDueOnItsDateAndAfter() {
        CarePlan plan = new CarePlan(CLIENT);
        LocalDate reviewOn = TODAY.plusDays(30);
        plan.scheduleReview(reviewOn, TODAY);

        assertFalse(plan.isReviewDue(TODAY));
        assertFalse(plan.isReviewDue(reviewOn.minusDays(1)));
        assertTrue(plan.isReviewDue(reviewOn));
        assertTrue(plan.isReviewDue(reviewOn.plusDays(10)));
    }

    @Test
    void aMissingConcernIsRefusedAndThePlanStaysReadable() {
        CarePlan plan = new CarePlan(7L);

        assertThrows(IllegalArgumentException.class, () -> plan.addConcern(null));
        assertEquals(0, plan.concerns().size());
    }
}
