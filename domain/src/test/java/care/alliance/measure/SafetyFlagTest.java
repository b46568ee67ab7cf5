package care.alliance.measure;

import static care.alliance.measure.MeasureFixtures.CLIENT;
import static care.alliance.measure.MeasureFixtures.NOW;
import static care.alliance.measure.MeasureFixtures.TODAY;
import static care.alliance.measure.MeasureFixtures.totalling;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.alliance.goal.Party;
import care.alliance.rules.ChangeRefused;
import care.alliance.rules.InvalidInput;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SafetyFlagTest {

    private static final Instant THREE_HOURS_LATER = NOW.plus(Duration.ofHours(3));

    private static MeasureResult phq9WithItem9(int item9) {
        return MeasureResult.filledInByClient(CLIENT, totalling(Instrument.PHQ_9, 14, item9), "alex.morgan", NOW, TODAY);
    }

    private static SafetyFlag raised() {
        return SafetyFlag.raisedBy(phq9WithItem9(1)).orElseThrow();
    }

    private static FollowUp followUpBy(Party party, Instant reached, Instant at) {
        return new FollowUp(reached, "Passive thoughts, no plan or intent; protective factors: children, faith.",
                FollowUpOutcome.SAFETY_PLAN_REVIEWED, "sam.rivera", party, at);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void anyItem9AnswerAboveZeroRaisesTheFlagTheMomentItIsRecorded(int answer) {
        SafetyFlag flag = SafetyFlag.raisedBy(phq9WithItem9(answer)).orElseThrow();

        assertEquals(NOW, flag.raisedAt());
        assertEquals(answer, flag.itemAnswer());
        assertEquals(CLIENT, flag.clientId());
        assertFalse(flag.isClosed());
    }

    @Test
    void item9AtZeroRaisesNoFlagWhateverTheTotal() {
        assertEquals(Optional.empty(), SafetyFlag.raisedBy(MeasureResult.filledInByClient(CLIENT,
                totalling(Instrument.PHQ_9, 24, 0), "alex.morgan", NOW, TODAY)));
        assertEquals(Optional.empty(), SafetyFlag.raisedBy(MeasureResult.filledInByClient(CLIENT,
                totalling(Instrument.GAD_7, 21), "alex.morgan", NOW, TODAY)));
    }

    @Test
    void anOpenFlagKnowsHowLongItHasBeenOpen() {
        assertEquals(Duration.ofHours(3), raised().timeOpen(THREE_HOURS_LATER));
    }

    @ParameterizedTest
    @EnumSource(value = Party.class, names = "CLIENT", mode = EnumSource.Mode.EXCLUDE)
    void aClinicianOfTheTeamClosesItByLoggingTheFollowUp(Party party) {
        SafetyFlag flag = raised();

        flag.close(followUpBy(party, NOW.plus(Duration.ofHours(2)), THREE_HOURS_LATER));

        assertTrue(flag.isClosed());
        FollowUp followUp = flag.followUp().orElseThrow();
        assertEquals(NOW.plus(Duration.ofHours(2)), followUp.clientReachedAt());
        assertEquals(FollowUpOutcome.SAFETY_PLAN_REVIEWED, followUp.outcome());
        assertEquals("sam.rivera", followUp.followedUpBy());
        assertEquals(party, followUp.followedUpByParty());
        assertEquals(Duration.ofHours(3), flag.timeOpen(THREE_HOURS_LATER.plus(Duration.ofDays(5))),
                "the time open stops at the follow-up");
    }

    @Test
    void theClientDoesNotCloseTheirOwnFlag() {
        SafetyFlag flag = raised();

        assertThrows(ChangeRefused.class, () -> flag.close(followUpBy(Party.CLIENT, NOW, THREE_HOURS_LATER)));
        assertFalse(flag.isClosed());
    }

    @Test
    void aClosedFlagIsNotClosedAgain() {
        SafetyFlag flag = raised();
        flag.close(followUpBy(Party.PSYCHOTHERAPY, NOW, THREE_HOURS_LATER));

        assertThrows(ChangeRefused.class, () -> flag.close(followUpBy(Party.CARE_MANAGEMENT, NOW,
                THREE_HOURS_LATER.plusSeconds(60))));
        assertEquals(Party.PSYCHOTHERAPY, flag.followUp().orElseThrow().followedUpByParty());
    }

    @Test
    void theClientIsReachedNoEarlierThanTheFlagWasRaisedAndNoLaterThanTheLogging() {
        SafetyFlag flag = raised();

        assertThrows(InvalidInput.class, () -> flag.close(followUpBy(Party.PSYCHOTHERAPY, NOW.minusSeconds(1),
                THREE_HOURS_LATER)));
        assertThrows(InvalidInput.class, () -> followUpBy(Party.PSYCHOTHERAPY, THREE_HOURS_LATER.plusSeconds(1),
                THREE_HOURS_LATER));
        flag.close(followUpBy(Party.PSYCHOTHERAPY, NOW, THREE_HOURS_LATER));
        assertTrue(flag.isClosed(), "reached the moment it was raised");
    }

    @Test
    void theFollowUpSaysWhatWasAssessedAndWhereItLed() {
        assertThrows(InvalidInput.class, () -> new FollowUp(NOW, " ", FollowUpOutcome.NO_CURRENT_RISK, "sam.rivera",
                Party.PSYCHOTHERAPY, THREE_HOURS_LATER));
        assertThrows(InvalidInput.class, () -> new FollowUp(NOW, "Assessed", null, "sam.rivera",
                Party.PSYCHOTHERAPY, THREE_HOURS_LATER));
        assertThrows(InvalidInput.class, () -> new FollowUp(null, "Assessed", FollowUpOutcome.NO_CURRENT_RISK,
                "sam.rivera", Party.PSYCHOTHERAPY, THREE_HOURS_LATER));
    }
}
