package care.alliance.goal;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where agreement on a goal's current revision stands: each party's latest answer to it. The goal
 * is agreed only when the client and every owning discipline have agreed to this revision; answers
 * to earlier revisions do not count.
 */
public final class Consensus {

    private final Set<Party> required;
    private final Map<Party, PartyResponse> latest;

    Consensus(Set<Party> required, int revision, List<PartyResponse> responses) {
        this.required = Collections.unmodifiableSet(EnumSet.copyOf(required));
        Map<Party, PartyResponse> answers = new EnumMap<>(Party.class);
        responses.stream()
                .filter(response -> response.revisionNumber() == revision && required.contains(response.party()))
                .forEach(response -> answers.put(response.party(), response));
        this.latest = Collections.unmodifiableMap(answers);
    }

    public boolean isReached() {
        return required.stream().allMatch(party -> answerOf(party) == Response.AGREE);
    }

    public Set<Party> required() {
        return required;
    }

    /** The party's latest answer to the current revision, or null while they have not answered. */
    public Response answerOf(Party party) {
        PartyResponse response = latest.get(party);
        return response == null ? null : response.response();
    }

    public PartyResponse latestOf(Party party) {
        return latest.get(party);
    }

    public Set<Party> agreed() {
        return partiesAnswering(Response.AGREE);
    }

    /** The parties who have not yet agreed, whether silent, asking for a change or declining. */
    public Set<Party> notYetAgreed() {
        Set<Party> waiting = EnumSet.noneOf(Party.class);
        required.stream().filter(party -> answerOf(party) != Response.AGREE).forEach(waiting::add);
        return waiting;
    }

    public Set<Party> askingForChange() {
        return partiesAnswering(Response.ASK_FOR_CHANGE);
    }

    public Set<Party> declining() {
        return partiesAnswering(Response.DECLINE);
    }

    private Set<Party> partiesAnswering(Response response) {
        Set<Party> parties = EnumSet.noneOf(Party.class);
        required.stream().filter(party -> answerOf(party) == response).forEach(parties::add);
        return parties;
    }
}
