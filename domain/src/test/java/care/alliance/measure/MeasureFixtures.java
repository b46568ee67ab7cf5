package care.alliance.measure;

import care.alliance.goal.Party;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Answers and results for the measure tests. */
final class MeasureFixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
    static final Instant NOW = TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC);
    static final long CLIENT = 9L;

    private MeasureFixtures() {
    }

    /** Answers with the given total, spread over the first items; item 9 of a PHQ-9 is {@code item9}. */
    static Answers totalling(Instrument instrument, int total, int item9) {
        List<Integer> values = new ArrayList<>(Collections.nCopies(instrument.itemCount(), 0));
        int left = total;
        if (instrument == Instrument.PHQ_9) {
            values.set(8, item9);
            left -= item9;
        }
        for (int i = 0; i < values.size() && left > 0; i++) {
            if (instrument == Instrument.PHQ_9 && i == 8) {
                continue;
            }
            int add = Math.min(Answer.HIGHEST - values.get(i), left);
            values.set(i, values.get(i) + add);
            left -= add;
        }
        if (left != 0) {
            throw new IllegalArgumentException(instrument + " cannot total " + total + " with item 9 at " + item9);
        }
        return Answers.of(instrument, values, total == 0 ? null : Difficulty.SOMEWHAT_DIFFICULT);
    }

    /** Answers with the given total; item 9 of a PHQ-9 stays at 0 unless the total needs it (above 24). */
    static Answers totalling(Instrument instrument, int total) {
        return totalling(instrument, total, instrument == Instrument.PHQ_9 ? Math.max(0, total - 24) : 0);
    }

    static MeasureResult phq9On(LocalDate day, int total) {
        return MeasureResult.enteredFromPaper(CLIENT, totalling(Instrument.PHQ_9, total), day, "maria.gomez",
                Party.CARE_MANAGEMENT, day.atTime(12, 0).toInstant(ZoneOffset.UTC), day);
    }

    static MeasureResult gad7On(LocalDate day, int total) {
        return MeasureResult.enteredFromPaper(CLIENT, totalling(Instrument.GAD_7, total), day, "maria.gomez",
                Party.CARE_MANAGEMENT, day.atTime(12, 0).toInstant(ZoneOffset.UTC), day);
    }
}
