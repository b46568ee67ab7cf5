package care.alliance.testing;

import static care.alliance.team.SmallClinic.ALEX_PORTAL;
import static care.alliance.team.SmallClinic.BLAKE_PORTAL;
import static care.alliance.team.SmallClinic.JON;
import static care.alliance.team.SmallClinic.KWAME;
import static care.alliance.team.SmallClinic.LENA;
import static care.alliance.team.SmallClinic.MARIA;
import static care.alliance.team.SmallClinic.NOBODY;
import static care.alliance.team.SmallClinic.NOOR;
import static care.alliance.team.SmallClinic.OMAR;
import static care.alliance.team.SmallClinic.PAT_PRIVACY;
import static care.alliance.team.SmallClinic.PRIYA;
import static care.alliance.team.SmallClinic.ROBIN_IT;
import static care.alliance.team.SmallClinic.ROSA;
import static care.alliance.team.SmallClinic.SAM;
import static care.alliance.team.SmallClinic.Person.ALEX;
import static care.alliance.team.SmallClinic.Person.BLAKE;

import care.alliance.access.Caller;
import care.alliance.access.Role;
import care.alliance.team.SmallClinic.Person;
import java.util.List;

/** The kinds of caller every authorization matrix tries on a client's plan. */
public final class PlanCallers {

    private PlanCallers() {
    }

    /** How a caller stands to the client whose plan is tried. */
    public enum Standing {
        ON_THE_TEAM, NOT_ON_THE_TEAM, FORMER_MEMBER, OWN_PLAN, ANOTHER_CLIENTS_PLAN, NO_CLINICAL_ROLE,
        /** Not on the client's team, in an emergency access to the client's plan that is open now. */
        EMERGENCY_ACCESS
    }

    /** One kind of caller, tried on one client's plan. */
    public record Someone(Caller caller, Person client, Standing standing, String situation) {
        @Override
        public String toString() {
            return situation + " (" + caller.username() + ", " + caller.actingRole() + ") → " + client.displayName();
        }
    }

    /**
     * Every kind of caller: each clinical role on the client's team and not on it, a former member,
     * a clinician off the team in an open emergency access and one whose access has ended, the
     * client on their own plan and on another's, clinic IT, the privacy officer, and someone with no
     * role.
     */
    public static final List<Someone> CALLERS = List.of(
            new Someone(PRIYA, ALEX, Standing.ON_THE_TEAM, "psychiatrist on the team"),
            new Someone(OMAR, ALEX, Standing.NOT_ON_THE_TEAM, "psychiatrist not on the team"),
            new Someone(LENA, ALEX, Standing.ON_THE_TEAM, "primary care on the team"),
            new Someone(KWAME, ALEX, Standing.NOT_ON_THE_TEAM,
                    "primary care not on the team, whose emergency access ended yesterday"),
            new Someone(SAM, ALEX, Standing.ON_THE_TEAM, "therapist on the team"),
            new Someone(SAM, BLAKE, Standing.NOT_ON_THE_TEAM, "therapist not on the team"),
            new Someone(MARIA, ALEX, Standing.ON_THE_TEAM, "care manager leading the team"),
            new Someone(JON, ALEX, Standing.NOT_ON_THE_TEAM, "care manager not on the team"),
            new Someone(NOOR, ALEX, Standing.FORMER_MEMBER, "therapist who left the team yesterday"),
            new Someone(ROSA, ALEX, Standing.EMERGENCY_ACCESS, "psychiatrist off the team, in an open emergency access"),
            new Someone(ALEX_PORTAL, ALEX, Standing.OWN_PLAN, "the client, on their own plan"),
            new Someone(BLAKE_PORTAL, ALEX, Standing.ANOTHER_CLIENTS_PLAN, "a client, on another client's plan"),
            new Someone(Accounts.signedIn("sam.rivera", Role.CLIENT), ALEX, Standing.ANOTHER_CLIENTS_PLAN,
                    "a team member signed in as a client"),
            new Someone(ROBIN_IT, ALEX, Standing.NO_CLINICAL_ROLE, "clinic IT"),
            new Someone(Accounts.signedIn("maria.gomez", Role.CLINIC_ADMIN), ALEX, Standing.NO_CLINICAL_ROLE,
                    "the team's lead signed in as clinic IT"),
            new Someone(PAT_PRIVACY, ALEX, Standing.NO_CLINICAL_ROLE, "the privacy officer"),
            new Someone(NOBODY, ALEX, Standing.NO_CLINICAL_ROLE, "someone with no Alliance role"));
}
