package care.alliance.client;

import care.alliance.access.AccessPolicy;
import care.alliance.access.AccessRefused;
import care.alliance.access.Caller;
import care.alliance.access.Decision;
import care.alliance.access.Role;
import care.alliance.access.ServiceWords;
import care.alliance.access.SignedInCaller;
import care.alliance.audit.AuditTrail;
import care.alliance.careplan.CarePlan;
import care.alliance.careplan.CarePlans;
import care.alliance.person.PersonName;
import care.alliance.rules.InvalidInput;
import care.alliance.team.CareTeam;
import care.alliance.team.CareTeamMember;
import care.alliance.team.CareTeams;
import care.alliance.team.Discipline;
import care.alliance.team.StaffMembers;
import care.alliance.team.TeamRole;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Registering a client: the first step of enrolment, by a care manager or by clinic IT. The client
 * comes with an empty care plan and a care team; a care manager who registers a client leads that
 * team from today, so that they can go on to form it. A likely duplicate — the same record number,
 * or the same legal name and date of birth — is refused with the name of the client already
 * registered. Every attempt is audited: who registered whom, or why it was refused.
 */
@Stateless
@DeclareRoles({"psychiatrist", "primary-care", "therapist", "care-manager", "client", "clinic-admin"})
public class ClientRegistration {

    static final String REGISTER_CLIENT = "REGISTER_CLIENT";
    static final String APPOINT_TO_CARE_TEAM = "APPOINT_TO_CARE_TEAM";

    @Inject
    Clients clients;

    @Inject
    CarePlans carePlans;

    @Inject
    CareTeams careTeams;

    @Inject
    StaffMembers staff;

    @Inject
    PortalAccounts portalAccounts;

    @Inject
    SignedInCaller signedIn;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemDefaultZone();

    public RegisteredClient register(NewClient typed) {
        Caller caller = signedIn.current();
        Decision decision = AccessPolicy.mayRegisterClient(caller);
        if (!decision.allowed()) {
            audit.record(List.of(audit.event(caller, REGISTER_CLIENT, decision).build()));
            throw new AccessRefused(ServiceWords.say("team.roleDoesNotAllow"));
        }
        LocalDate today = LocalDate.now(clock);
        Client client;
        try {
            client = Client.register(new PersonName(typed.givenName(), typed.familyName()), typed.preferredName(),
                    typed.pronouns(), typed.dateOfBirth(), typed.language(), RecordNumber.of(typed.recordNumber()), today);
        } catch (InvalidInput refused) {
            audit.record(List.of(audit.event(caller, REGISTER_CLIENT, notTaken(refused)).build()));
            throw refused;
        }
        refuseLikelyDuplicate(caller, client);
        CareTeam team = new CareTeam(client);
        try {
            clients.add(client);
            clients.flush();
        } catch (PersistenceException meanwhile) {
            // someone registered the same record number a moment ago, after it was looked for
            audit.record(List.of(audit.event(caller, REGISTER_CLIENT,
                    Decision.refuse("likely duplicate: the record number was registered meanwhile")).build()));
            throw new InvalidInput(ServiceWords.say("client.recordNumberJustTaken",
                    client.recordNumber().orElseThrow().value()), "recordNumber");
        }
        careTeams.add(team);
        carePlans.add(new CarePlan(client.id()));
        Optional<CareTeamMember> lead = caller.has(Role.CARE_MANAGER)
                ? staff.withAccount(caller.accountId())
                        .filter(member -> member.discipline() == Discipline.CARE_MANAGEMENT)
                        .map(member -> team.appoint(member, TeamRole.LEAD, today))
                : Optional.empty();
        careTeams.flush();
        audit.record(List.of(audit.event(caller, REGISTER_CLIENT, decision)
                .record("Client", client.id()).client(client.id()).build()));
        lead.ifPresent(member -> audit.record(List.of(audit.event(caller, APPOINT_TO_CARE_TEAM,
                        Decision.allow("care manager enrolling a client; appointed " + caller.username()
                                + " as LEAD from " + today))
                .record("CareTeamMember", member.id()).client(client.id()).build())));
        return new RegisteredClient(client.id(), client.displayName(), client.recordNumber().orElseThrow().value());
    }

    /**
     * Registers the client and opens their portal account in one go: when the account is refused
     * (a user name Keycloak already has, Keycloak away), the registration is taken back with it.
     */
    public RegisteredWithPortalAccount registerWithPortalAccount(NewClient typed, String username, String email) {
        RegisteredClient registered = register(typed);
        try {
            return new RegisteredWithPortalAccount(registered, portalAccounts.open(registered.clientId(), username, email));
        } catch (RuntimeException refused) {
            audit.record(List.of(audit.event(signedIn.current(), REGISTER_CLIENT,
                            Decision.refuse("registration taken back: its portal account was refused"))
                    .record("Client", registered.clientId()).build()));
            throw refused;
        }
    }

    private void refuseLikelyDuplicate(Caller caller, Client client) {
        RecordNumber number = client.recordNumber().orElseThrow();
        Optional<Client> sameNumber = clients.withRecordNumber(number);
        if (sameNumber.isPresent()) {
            Client existing = sameNumber.get();
            audit.record(List.of(audit.event(caller, REGISTER_CLIENT,
                            Decision.refuse("likely duplicate: same record number as client " + existing.id()))
                    .record("Client", existing.id()).client(existing.id()).build()));
            throw new InvalidInput(ServiceWords.say("client.alreadyRecordNumber", existing.displayName(), number.value()),
                    "recordNumber");
        }
        List<Client> sameNameAndBirth = clients.withNameAndDateOfBirth(client.legalName(), client.dateOfBirth());
        if (!sameNameAndBirth.isEmpty()) {
            Client existing = sameNameAndBirth.get(0);
            audit.record(List.of(audit.event(caller, REGISTER_CLIENT,
                            Decision.refuse("likely duplicate: same name and date of birth as client " + existing.id()))
                    .record("Client", existing.id()).client(existing.id()).build()));
            throw new InvalidInput(ServiceWords.say("client.alreadyNameAndBirth", existing.displayName(),
                    existing.recordNumber().<Serializable>map(RecordNumber::value)
                            .orElse(ServiceWords.say("client.noRecordNumber")),
                    existing.dateOfBirth()));
        }
    }

    static Decision notTaken(InvalidInput refused) {
        String reason = "input not taken: " + refused.getMessage();
        return Decision.refuse(reason.length() > 500 ? reason.substring(0, 500) : reason);
    }
}
