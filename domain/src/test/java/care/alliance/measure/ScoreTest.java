package care.alliance.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScoreTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Test
    void aScoreKnowsItsSeverityBand() {
        assertEquals(Severity.MODERATELY_SEVERE, new Score(Instrument.PHQ_9, 15, DAY).severity());
        assertEquals(Severity.SEVERE, new Score(Instrument.GAD_7, 15, DAY).severity());
    }

    @Test
    void aTotalOutsideTheQuestionnairesRangeIsNoScore() {
        assertThrows(IllegalArgumentException.class, () -> new Score(Instrument.PHQ_9, 28, DAY));
        assertThrows(IllegalArgumentException.class, () -> new Score(Instrument.GAD_7, 22, DAY));
        assertThrows(IllegalArgumentException.class, () -> new Score(Instrument.PHQ_9, -1, DAY));
        assertThrows(IllegalArgumentException.class, () -> new Score(Instrument.PHQ_9, 3, null));
    }
}
