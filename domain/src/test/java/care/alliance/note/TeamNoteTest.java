package care.alliance.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.alliance.goal.Party;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class TeamNoteTest {

    private static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");
    private static final long CLIENT = 7L;
    private static final Long GOAL = 11L;

    private static TeamNote byTherapist(Visibility visibility, String body) {
        return new TeamNote(CLIENT, GOAL, "sam.rivera", Party.PSYCHOTHERAPY, visibility, body, T0);
    }

    private static TeamNote byClient(Visibility visibility) {
        return new TeamNote(CLIENT, null, "alex.morgan", Party.CLIENT, visibility, "I walked twice this week", T0);
    }

    private static TeamNote withBody(String body) {
        return byTherapist(Visibility.CARE_TEAM, body);
    }

    // -------------------------------------------------------------------------------------- body

    @Test
    void theBodyIsRequired() {
        assertThrows(IllegalArgumentException.class, () -> withBody(null));
        assertThrows(IllegalArgumentException.class, () -> withBody(""));
        assertThrows(IllegalArgumentException.class, () -> withBody(" \n\t "));
    }

    @Test
    void theBodyHasAtMost4000Characters() {
        assertEquals(4000, withBody("x".repeat(4000)).body().length());
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> withBody("x".repeat(4001)));
        assertTrue(refused.getMessage().contains("4000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>fetch('/x')</script>", "See <a href=x>this</a>", "< b >bold", "&nbsp;",
            "&#x3C;script"})
    void theBodyMayNotCarryMarkup(String markup) {
        assertThrows(IllegalArgumentException.class, () -> withBody(markup));
    }

    @Test
    void aNulByteInTheBodyIsRefusedNamingTheNote() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> withBody("Talked about sleep\u0000"));
        assertTrue(refused.getMessage().startsWith("The note may not contain characters that are not text"));
    }

    @Test
    void theBodyKeepsItsLineBreaksAndTabs() {
        assertEquals("Sleep:\n\t- better\r\n\t- 6 hours", withBody("Sleep:\n\t- better\r\n\t- 6 hours\n").body());
    }

    @Test
    void theBodyIsTrimmedAndPlainComparisonsAreWords() {
        assertEquals("PHQ-9 < 10 & sleeping better", withBody("  PHQ-9 < 10 & sleeping better  ").body());
    }

    // -------------------------------------------------------------------------------- visibility

    @Test
    void aNoteSaysWhoMayReadIt() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> byTherapist(null, "Talked about sleep"));
        assertTrue(refused.getMessage().contains("who may read"));
    }

    @ParameterizedTest
    @EnumSource(value = Party.class, names = {"PSYCHIATRY", "PRIMARY_CARE", "PSYCHOTHERAPY", "CARE_MANAGEMENT"})
    void someoneOfTheTeamMayWriteForTheTeamOrForTheClientToo(Party discipline) {
        TeamNote forTeam = new TeamNote(CLIENT, GOAL, "someone", discipline, Visibility.CARE_TEAM, "For the team", T0);
        TeamNote forClient = new TeamNote(CLIENT, GOAL, "someone", discipline, Visibility.CLIENT_VISIBLE, "For all", T0);

        assertEquals(Visibility.CARE_TEAM, forTeam.visibility());
        assertEquals(Visibility.CLIENT_VISIBLE, forClient.visibility());
    }

    @Test
    void aNoteTheClientWritesIsAlwaysVisibleToTheClient() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> byClient(Visibility.CARE_TEAM));
        assertTrue(refused.getMessage().contains("always visible"));
        assertThrows(IllegalArgumentException.class, () -> byClient(null));

        TeamNote note = byClient(Visibility.CLIENT_VISIBLE);

        assertTrue(note.isVisibleToClient());
        assertEquals(Party.CLIENT, note.authorParty());
    }

    @Test
    void onlyAClientVisibleNoteIsVisibleToTheClient() {
        assertTrue(byTherapist(Visibility.CLIENT_VISIBLE, "Well done this week").isVisibleToClient());
        assertFalse(byTherapist(Visibility.CARE_TEAM, "Watch for low mood").isVisibleToClient());
    }

    @Test
    void aNoteKeepsItsAuthorClientGoalAndTime() {
        TeamNote note = byTherapist(Visibility.CARE_TEAM, "Talked about sleep");

        assertEquals(CLIENT, note.clientId());
        assertEquals(GOAL, note.goalId());
        assertEquals("sam.rivera", note.author());
        assertEquals(Party.PSYCHOTHERAPY, note.authorParty());
        assertEquals("Talked about sleep", note.body());
        assertEquals(T0, note.writtenAt());
        assertNull(byClient(Visibility.CLIENT_VISIBLE).goalId(), "a note may be on the whole plan");
    }
}
