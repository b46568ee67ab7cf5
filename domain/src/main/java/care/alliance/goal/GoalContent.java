package care.alliance.goal;

import care.alliance.person.PlainText;
import care.alliance.rules.InvalidInput;
import care.alliance.rules.RuleWords;
import care.alliance.team.Discipline;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a goal says: the client's own words first, the team's clinical framing second, the part of
 * life it is about, the disciplines that own it, and what would show it is reached.
 */
public record GoalContent(String clientWords, String clinicalFraming, LifeArea lifeArea, Set<Discipline> owners,
        Target target) {

    public static final int CLIENT_WORDS_LENGTH = 500;
    public static final int FRAMING_LENGTH = 2000;

    public GoalContent {
        clientWords = PlainText.required(clientWords, RuleWords.say("field.goalClientWords"), CLIENT_WORDS_LENGTH);
        clinicalFraming = PlainText.optional(clinicalFraming, RuleWords.say("field.clinicalFraming"), FRAMING_LENGTH);
        if (lifeArea == null) {
            throw new InvalidInput(RuleWords.say("goal.lifeAreaRequired"), "lifeArea");
        }
        if (owners == null || owners.isEmpty()) {
            throw new InvalidInput(RuleWords.say("goal.ownerRequired"), "owners");
        }
        owners = Set.copyOf(EnumSet.copyOf(owners));
    }

    /** The name of the field the client never reads: the team's clinical framing. */
    public static final String CLINICAL_FRAMING = "clinicalFraming";

    /** The same content as the client reads it: without the team's clinical framing. */
    public GoalContent asClientReadsIt() {
        return new GoalContent(clientWords, null, lifeArea, owners, target);
    }

    /**
     * The same content with the framing of the other: the framing is the team's to write, so what
     * a client writes never changes it.
     */
    public GoalContent withFramingOf(GoalContent other) {
        return new GoalContent(clientWords, other.clinicalFraming, lifeArea, owners, target);
    }

    /** The parties who must agree: the client and each owning discipline. */
    public Set<Party> partiesToAgree() {
        Set<Party> parties = EnumSet.of(Party.CLIENT);
        owners.forEach(discipline -> parties.add(Party.of(discipline)));
        return parties;
    }

    /** What changed from the earlier content to this one, field by field, in words. */
    public List<Change> changesSince(GoalContent earlier) {
        List<Change> changes = new ArrayList<>();
        compare(changes, "clientWords", earlier.clientWords, clientWords);
        compare(changes, CLINICAL_FRAMING, earlier.clinicalFraming, clinicalFraming);
        compare(changes, "lifeArea", earlier.lifeArea, lifeArea);
        compare(changes, "owners", EnumSet.copyOf(earlier.owners), EnumSet.copyOf(owners));
        compare(changes, "target", earlier.target, target);
        return changes;
    }

    private static void compare(List<Change> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new Change(field, before == null ? "" : before.toString(), after == null ? "" : after.toString()));
        }
    }

    /** One field that differs between two revisions. */
    public record Change(String field, String before, String after) implements Serializable {

        /** Whether the client may read this change: a change of the team's framing is the team's alone. */
        public boolean isForClient() {
            return !CLINICAL_FRAMING.equals(field);
        }
    }
}
