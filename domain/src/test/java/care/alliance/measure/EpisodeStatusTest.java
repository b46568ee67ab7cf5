package care.alliance.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EpisodeStatusTest {

    @Test
    void aRegistryReviewAttendsToNotImprovingFirstAndRemissionLast() {
        assertEquals(List.of(EpisodeStatus.NOT_IMPROVING, EpisodeStatus.NEW, EpisodeStatus.IMPROVING,
                        EpisodeStatus.RESPONSE, EpisodeStatus.REMISSION),
                EnumSet.allOf(EpisodeStatus.class).stream()
                        .sorted(java.util.Comparator.comparingInt(EpisodeStatus::attentionRank)).toList());
    }

    @Test
    void theClientsMostPressingStatusIsThatOfTheMeasureThatNeedsMostAttention() {
        assertEquals(Optional.of(EpisodeStatus.NOT_IMPROVING),
                EpisodeStatus.mostPressing(List.of(EpisodeStatus.REMISSION, EpisodeStatus.NOT_IMPROVING)));
        assertEquals(Optional.of(EpisodeStatus.NEW),
                EpisodeStatus.mostPressing(List.of(EpisodeStatus.IMPROVING, EpisodeStatus.NEW)));
        assertEquals(Optional.of(EpisodeStatus.RESPONSE),
                EpisodeStatus.mostPressing(List.of(EpisodeStatus.RESPONSE, EpisodeStatus.REMISSION)));
        assertEquals(Optional.empty(), EpisodeStatus.mostPressing(List.of()));
    }
}
