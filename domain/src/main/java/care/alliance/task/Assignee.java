package care.alliance.task;

import care.alliance.goal.Party;
import care.alliance.person.PlainText;
import care.alliance.rules.InvalidInput;
import care.alliance.rules.RuleWords;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** Who does a task: the client, a discipline of the team, or one named person. */
@Embeddable
public class Assignee {

    public static final int USERNAME_LENGTH = 100;

    @Enumerated(EnumType.STRING)
    @Column(name = "assignee_party", length = 30)
    private Party party;

    @Column(name = "assignee_username", length = USERNAME_LENGTH)
    private String username;

    protected Assignee() {
    }

    private Assignee(Party party, String username) {
        this.party = party;
        this.username = username;
    }

    public static Assignee client() {
        return new Assignee(Party.CLIENT, null);
    }

    public static Assignee discipline(Party discipline) {
        if (discipline == null || discipline == Party.CLIENT) {
            throw new InvalidInput(RuleWords.say("task.disciplineRequired"), "taskFor");
        }
        return new Assignee(discipline, null);
    }

    public static Assignee person(String username, Party theirParty) {
        if (username == null || username.isBlank()) {
            throw new InvalidInput(RuleWords.say("task.personRequired"));
        }
        return new Assignee(theirParty,
                PlainText.requiredLine(username, RuleWords.say("field.assignedPerson"), USERNAME_LENGTH));
    }

    public boolean isClient() {
        return party == Party.CLIENT;
    }

    public Party party() {
        return party;
    }

    /** The named person, or null when the task is the whole discipline's (or the client's). */
    public String username() {
        return username;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Assignee assignee && party == assignee.party && Objects.equals(username, assignee.username);
    }

    @Override
    public int hashCode() {
        return Objects.hash(party, username);
    }
}
