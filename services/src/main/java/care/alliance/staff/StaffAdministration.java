package care.alliance.staff;

import care.alliance.access.AccessPolicy;
import care.alliance.access.AccessRefused;
import care.alliance.access.Caller;
import care.alliance.access.Decision;
import care.alliance.access.NotFound;
import care.alliance.access.ServiceWords;
import care.alliance.access.SignedInCaller;
import care.alliance.account.AccountRefused;
import care.alliance.account.AuditedAccountCalls;
import care.alliance.account.ClinicAccounts;
import care.alliance.account.EmailAddress;
import care.alliance.account.NewAccount;
import care.alliance.account.OpenSessions;
import care.alliance.account.TemporaryPassword;
import care.alliance.account.Username;
import care.alliance.audit.AuditTrail;
import care.alliance.person.PersonName;
import care.alliance.rules.ChangeRefused;
import care.alliance.rules.InvalidInput;
import care.alliance.rules.RuleWords;
import care.alliance.team.CareTeam;
import care.alliance.team.Discipline;
import care.alliance.team.StaffMember;
import care.alliance.team.StaffMembers;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Clinic IT's administration of the clinic's staff and their Keycloak accounts. Every operation
 * passes {@link AccessPolicy#mayAdministerStaff} and leaves an audit event naming whom it was done
 * to, allowed or refused. Alliance and Keycloak never disagree: input is checked before Keycloak is
 * asked; a new account is opened first and taken back if the staff member cannot be saved or its
 * transaction does not commit; a change in Alliance is saved (flushed) before Keycloak is asked,
 * and rolled back when Keycloak refuses.
 */
@Stateless
@DeclareRoles({"psychiatrist", "primary-care", "therapist", "care-manager", "client", "clinic-admin"})
public class StaffAdministration {

    static final String VIEW_STAFF_DIRECTORY = "VIEW_STAFF_DIRECTORY";
    static final String ADD_STAFF_MEMBER = "ADD_STAFF_MEMBER";
    static final String CHANGE_DISCIPLINE = "CHANGE_DISCIPLINE";
    static final String RESET_PASSWORD = "RESET_PASSWORD";
    static final String LET_GO = "LET_GO_STAFF_MEMBER";

    static final int PAGE_SIZE = 20;
    private static final int SEARCH_LENGTH = 100;
    private static final String STAFF_MEMBER = "StaffMember";

    @Inject
    StaffMembers staff;

    @Inject
    ClinicAccounts accounts;

    @Inject
    OpenSessions sessions;

    @Inject
    SignedInCaller signedIn;

    @Inject
    AuditTrail audit;

    /** The container's transactions, to take a new account back when its staff member is not committed. */
    @Resource
    TransactionSynchronizationRegistry transactions;

    Clock clock = Clock.systemDefaultZone();

    /** One page (from 0) of the staff whose name or user name contains the search, by family name. */
    public StaffDirectory directory(String search, int page) {
        Caller caller = signedIn.current();
        Decision decision = require(caller, VIEW_STAFF_DIRECTORY, null, AccessPolicy.mayAdministerStaff(caller));
        String text = search == null ? "" : search.strip();
        if (text.length() > SEARCH_LENGTH) {
            text = text.substring(0, SEARCH_LENGTH);
        }
        long total = staff.count(text);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.max(0, Math.min(page, pages - 1));
        List<StaffMember> members = staff.search(text, shown * PAGE_SIZE, PAGE_SIZE);
        Map<Long, List<String>> teams = staff.teamsOn(members.stream().map(StaffMember::id).toList(), today());
        audit.record(List.of(audit.event(caller, VIEW_STAFF_DIRECTORY, decision).build()));
        return new StaffDirectory(text, members.stream()
                .map(member -> StaffEntry.of(member, teams.getOrDefault(member.id(), List.of())))
                .toList(), total, shown, PAGE_SIZE);
    }

    /** One staff member's line of the directory, for the page where clinic IT changes their account. */
    public StaffEntry staffMember(long staffId) {
        Caller caller = signedIn.current();
        Decision decision = require(caller, VIEW_STAFF_DIRECTORY, staffId, AccessPolicy.mayAdministerStaff(caller));
        StaffMember member = found(caller, VIEW_STAFF_DIRECTORY, staffId);
        audit.record(List.of(audit.event(caller, VIEW_STAFF_DIRECTORY, decision).record(STAFF_MEMBER, staffId).build()));
        return StaffEntry.of(member, staff.teamsOn(List.of(staffId), today()).getOrDefault(staffId, List.of()));
    }

    /**
     * Takes a staff member on: their Keycloak account is opened with the discipline's realm role and
     * a temporary password, which is returned to be shown once.
     */
    public AccountHandedOver add(NewStaffMember form) {
        Caller caller = signedIn.current();
        Decision decision = require(caller, ADD_STAFF_MEMBER, null, AccessPolicy.mayAdministerStaff(caller));
        PersonName name = name(form.givenName(), form.familyName());
        Discipline discipline = discipline(form.discipline());
        Username username = Username.typed(form.username());
        EmailAddress email = EmailAddress.typed(form.email());
        // The credentials are checked by the rules of a staff member before any account is opened.
        StaffMember.takeOn("not yet opened", username, name, discipline, form.credentials(), email);
        String who = username.value() + " (" + discipline.role().realmName() + ")";
        if (staff.hasUsername(username.value())) {
            throw refused(caller, ADD_STAFF_MEMBER, null, who,
                    new AccountRefused(ServiceWords.say("accounts.usernameTaken"), "username"));
        }
        TemporaryPassword password = TemporaryPassword.generate();
        String accountId = withKeycloak(caller, ADD_STAFF_MEMBER, null, who, () -> accounts.open(
                new NewAccount(username, name, email), discipline.role(), password, form.requireAuthenticatorApp()));
        takeBackUnlessCommitted(accountId);
        StaffMember member = StaffMember.takeOn(accountId, username, name, discipline, form.credentials(), email);
        try {
            staff.add(member);
            staff.flush();
        } catch (RuntimeException notSaved) {
            // No account without its staff member: take back the one just opened.
            accounts.remove(accountId);
            throw refused(caller, ADD_STAFF_MEMBER, null, who, new ChangeRefused(ServiceWords.say("staff.notSaved")));
        }
        audit.record(List.of(audit.event(caller, ADD_STAFF_MEMBER, decision)
                .record(STAFF_MEMBER, member.id()).reason("took on " + who).build()));
        return new AccountHandedOver(member.id(), member.signature(), username.value(), password.reveal());
    }

    /** The staff member works in another discipline from now on; their account's realm role follows. */
    public StaffEntry changeDiscipline(long staffId, String newDiscipline) {
        Caller caller = signedIn.current();
        Decision decision = require(caller, CHANGE_DISCIPLINE, staffId, AccessPolicy.mayAdministerStaff(caller));
        StaffMember member = found(caller, CHANGE_DISCIPLINE, staffId);
        Discipline from = member.discipline();
        Discipline to = discipline(newDiscipline);
        member.changeDiscipline(to, today());
        staff.flush();
        String who = member.username() + " from " + from.role().realmName() + " to " + to.role().realmName();
        if (member.accountId() != null) {
            withKeycloak(caller, CHANGE_DISCIPLINE, staffId, who, () -> {
                accounts.changeRole(member.accountId(), from.role(), to.role());
                return null;
            });
        }
        audit.record(List.of(audit.event(caller, CHANGE_DISCIPLINE, decision)
                .record(STAFF_MEMBER, staffId).reason("moved " + who).build()));
        return StaffEntry.of(member, staff.teamsOn(List.of(staffId), today()).getOrDefault(staffId, List.of()));
    }

    /** A new temporary password for the staff member, to be shown once; their old one no longer works. */
    public AccountHandedOver resetPassword(long staffId) {
        Caller caller = signedIn.current();
        Decision decision = require(caller, RESET_PASSWORD, staffId, AccessPolicy.mayAdministerStaff(caller));
        StaffMember member = found(caller, RESET_PASSWORD, staffId);
        member.refuseIfLetGo(today());
        requireAccount(member);
        TemporaryPassword password = TemporaryPassword.generate();
        withKeycloak(caller, RESET_PASSWORD, staffId, member.username(), () -> {
            accounts.resetPassword(member.accountId(), password);
            return null;
        });
        audit.record(List.of(audit.event(caller, RESET_PASSWORD, decision)
                .record(STAFF_MEMBER, staffId).reason("reset the password of " + member.username()).build()));
        return new AccountHandedOver(staffId, member.signature(), member.username(), password.reveal());
    }

    /**
     * The staff member leaves the clinic today: every team membership ends today, their account is
     * disabled and its Keycloak sessions ended, and their open Alliance sessions end now. Their
     * records and audit trail stay. Clinic IT confirms it first: it cannot be undone here.
     */
    public StaffEntry letGo(long staffId, boolean confirmed) {
        Caller caller = signedIn.current();
        Decision decision = require(caller, LET_GO, staffId, AccessPolicy.mayAdministerStaff(caller));
        if (!confirmed) {
            throw new InvalidInput(ServiceWords.say("staff.confirmLetGo"), "confirmLetGo");
        }
        StaffMember member = found(caller, LET_GO, staffId);
        LocalDate today = today();
        member.letGo(today);
        int memberships = 0;
        for (CareTeam team : staff.teamsFrom(member, today)) {
            memberships += team.endMembershipsOf(member, today);
        }
        staff.flush();
        if (member.accountId() != null) {
            withKeycloak(caller, LET_GO, staffId, member.username(), () -> {
                accounts.close(member.accountId());
                return null;
            });
            sessions.endAllOf(member.accountId());
        }
        audit.record(List.of(audit.event(caller, LET_GO, decision).record(STAFF_MEMBER, staffId)
                .reason("let go " + member.username() + ", ending " + memberships + " team membership(s)").build()));
        return StaffEntry.of(member, List.of());
    }

    /**
     * Should the transaction still fail after this, as late as its commit, the account opened for
     * it is taken back then: no account without its staff member.
     */
    private void takeBackUnlessCommitted(String accountId) {
        if (transactions == null) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before; only the outcome matters
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    try {
                        accounts.remove(accountId);
                    } catch (RuntimeException alreadyLogged) {
                        // the transaction is over: nobody is left to tell but the log, where it is
                    }
                }
            }
        });
    }

    private static PersonName name(String given, String family) {
        // Each part is checked on its own, so that a refusal is shown beside the field it is about.
        try {
            new PersonName(given, "Family");
        } catch (InvalidInput refused) {
            throw new InvalidInput(refused.why(), "givenName");
        }
        try {
            new PersonName("Given", family);
        } catch (InvalidInput refused) {
            throw new InvalidInput(refused.why(), "familyName");
        }
        return new PersonName(given, family);
    }

    private static Discipline discipline(String name) {
        return Arrays.stream(Discipline.values())
                .filter(discipline -> name != null && discipline.name().equals(name.strip().toUpperCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new InvalidInput(RuleWords.say("staff.disciplineRequired"), "discipline"));
    }

    private static void requireAccount(StaffMember member) {
        if (member.accountId() == null) {
            throw new ChangeRefused(ServiceWords.say("staff.noAccountYet", member.signature()));
        }
    }

    private StaffMember found(Caller caller, String action, long staffId) {
        return staff.find(staffId).orElseThrow(() -> {
            audit.record(List.of(audit.event(caller, action, Decision.refuse("no staff member with this number"))
                    .record(STAFF_MEMBER, staffId).build()));
            return new NotFound(ServiceWords.say("staff.notFound"));
        });
    }

    private <T> T withKeycloak(Caller caller, String action, Long staffId, String who, Supplier<T> call) {
        return AuditedAccountCalls.withKeycloak(audit, caller, action, STAFF_MEMBER, staffId, who, call);
    }

    private <E extends RuntimeException> E refused(Caller caller, String action, Long staffId, String who, E refusal) {
        return AuditedAccountCalls.refused(audit, caller, action, STAFF_MEMBER, staffId, who, refusal);
    }

    private Decision require(Caller caller, String action, Long staffId, Decision decision) {
        if (!decision.allowed()) {
            audit.record(List.of(audit.event(caller, action, decision).record(STAFF_MEMBER, staffId).build()));
            throw new AccessRefused(ServiceWords.say("staff.roleDoesNotAllow"));
        }
        return decision;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
