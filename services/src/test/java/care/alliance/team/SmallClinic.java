package care.alliance.team;

import static care.alliance.testing.ClinicDatabase.NOW;
import static care.alliance.testing.ClinicDatabase.TODAY;

import care.alliance.access.Caller;
import care.alliance.access.Role;
import care.alliance.client.Client;
import care.alliance.emergency.EmergencyAccess;
import care.alliance.emergency.EmergencyAccessPeriod;
import care.alliance.emergency.EmergencyReason;
import care.alliance.person.PersonName;
import care.alliance.testing.Accounts;
import care.alliance.testing.ClinicDatabase;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * A small clinic for the care-team tests, "today" being {@link ClinicDatabase#TODAY}:
 * two clinicians of each discipline, five clients, four of them with a team.
 *
 * <pre>
 * Alex Morgan  (portal alex.morgan; legal name Alexandra, they/them)
 *              maria.gomez lead, priya.patel, lena.fischer, sam.rivera;
 *              noor.ali was on the team until yesterday
 * Blake Chen   (portal blake.chen)
 *              maria.gomez lead, omar.haddad, kwame.mensah, noor.ali
 * Casey Diaz   (no portal account)
 *              jon.berg lead, priya.patel; sam.rivera from today
 * Dana Evans   (no portal account)
 *              jon.berg lead, kwame.mensah; lena.fischer from tomorrow
 * Eli Fox      (portal eli.fox) no care team yet
 * </pre>
 *
 * <p>rosa.lind, an on-call psychiatrist on no team, opened Alex's plan in an emergency ten minutes
 * ago, for an hour; kwame.mensah's emergency access to Alex's plan ended yesterday.
 *
 * <p>tess.walker, a second therapist, is on no team until a test that needs two therapists on one
 * team puts her on Alex's ({@link #appointSecondTherapistToAlexsTeam}); the other tests keep the
 * teams as drawn above.
 */
public final class SmallClinic {

    /** The clinic's clients, by the name the team calls them. */
    public enum Person {
        ALEX("Alex Morgan"),
        BLAKE("Blake Chen"),
        CASEY("Casey Diaz"),
        DANA("Dana Evans"),
        ELI("Eli Fox");

        private final String displayName;

        Person(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }
    }

    // Clinicians, signed in with the role of their discipline.
    public static final Caller PRIYA = Accounts.signedIn("priya.patel", Role.PSYCHIATRIST);
    public static final Caller OMAR = Accounts.signedIn("omar.haddad", Role.PSYCHIATRIST);
    public static final Caller LENA = Accounts.signedIn("lena.fischer", Role.PRIMARY_CARE);
    public static final Caller KWAME = Accounts.signedIn("kwame.mensah", Role.PRIMARY_CARE);
    public static final Caller SAM = Accounts.signedIn("sam.rivera", Role.THERAPIST);
    public static final Caller NOOR = Accounts.signedIn("noor.ali", Role.THERAPIST);
    public static final Caller MARIA = Accounts.signedIn("maria.gomez", Role.CARE_MANAGER);
    public static final Caller JON = Accounts.signedIn("jon.berg", Role.CARE_MANAGER);
    /** A second therapist, on Alex's team only once {@link #appointSecondTherapistToAlexsTeam} puts her there. */
    public static final Caller TESS = Accounts.signedIn("tess.walker", Role.THERAPIST);
    /** An on-call psychiatrist on no team, in an open emergency access to Alex's plan. */
    public static final Caller ROSA = Accounts.signedIn("rosa.lind", Role.PSYCHIATRIST);
    /** What Rosa said when she broke the glass on Alex's plan. */
    public static final String ROSA_REASON = "Alex is in the emergency department and the team cannot be reached";
    /** A psychiatrist who has just joined and is on no team yet. */
    public static final Caller INES = Accounts.signedIn("ines.novak", Role.PSYCHIATRIST);

    // Clients through the portal.
    public static final Caller ALEX_PORTAL = Accounts.signedIn("alex.morgan", Role.CLIENT);
    public static final Caller BLAKE_PORTAL = Accounts.signedIn("blake.chen", Role.CLIENT);
    /** Signed in with the client role, but the account was never linked to Casey's record. */
    public static final Caller CASEY_UNLINKED = Accounts.signedIn("casey.diaz", Role.CLIENT);
    public static final Caller ELI_PORTAL = Accounts.signedIn("eli.fox", Role.CLIENT);

    /** The portal account of a client of the small clinic. */
    public static Caller portalOf(Person person) {
        return switch (person) {
            case ALEX -> ALEX_PORTAL;
            case BLAKE -> BLAKE_PORTAL;
            case ELI -> ELI_PORTAL;
            default -> throw new IllegalArgumentException(person + " has no portal account");
        };
    }

    // Clinic IT, and someone signed in without any Alliance role.
    public static final Caller ROBIN_IT = Accounts.signedIn("robin.it", Role.CLINIC_ADMIN);
    public static final Caller NOBODY = Accounts.signedIn("drew.visitor");
    /** The clinic's privacy officer: reads the audit, never a record's content. */
    public static final Caller PAT_PRIVACY = Accounts.signedIn("pat.quinn", Role.PRIVACY_OFFICER);

    /** How each clinician signs, as team views show them. */
    public static final Map<String, String> SIGNATURES = Map.of(
            "priya.patel", "Priya Patel, MD",
            "omar.haddad", "Omar Haddad, MD",
            "lena.fischer", "Lena Fischer, NP",
            "kwame.mensah", "Kwame Mensah, MD",
            "sam.rivera", "Sam Rivera, LCSW",
            "noor.ali", "Noor Ali, PsyD",
            "maria.gomez", "Maria Gomez, RN",
            "jon.berg", "Jon Berg",
            "tess.walker", "Tess Walker, LMFT",
            "rosa.lind", "Rosa Lind, MD");

    public static final LocalDate YESTERDAY = TODAY.minusDays(1);
    public static final LocalDate TOMORROW = TODAY.plusDays(1);

    private final Map<Person, Long> clientIds;
    private final Map<Person, Long> teamIds;

    private SmallClinic(Map<Person, Long> clientIds, Map<Person, Long> teamIds) {
        this.clientIds = clientIds;
        this.teamIds = teamIds;
    }

    public long clientId(Person person) {
        return clientIds.get(person);
    }

    public long teamId(Person person) {
        Long id = teamIds.get(person);
        if (id == null) {
            throw new IllegalArgumentException(person + " has no care team");
        }
        return id;
    }

    /** A client number no client has. */
    public long unknownClientId() {
        return clientIds.values().stream().mapToLong(Long::longValue).max().orElse(0) + 1000;
    }

    /**
     * Puts Tess Walker, a second therapist, on Alex's team since February, beside Sam: for the tests
     * of what one therapist may not read of another's notes.
     */
    public void appointSecondTherapistToAlexsTeam(ClinicDatabase database) {
        database.inTransaction(em -> {
            StaffMember tess = staff(em, "tess.walker", "Tess", "Walker", Discipline.PSYCHOTHERAPY, "LMFT");
            em.find(CareTeam.class, teamId(Person.ALEX)).appoint(tess, TeamRole.MEMBER, LocalDate.of(2026, 2, 2));
            return null;
        });
    }

    public static SmallClinic openIn(ClinicDatabase database) {
        return database.inTransaction(SmallClinic::build);
    }

    private static SmallClinic build(EntityManager em) {
        StaffMember priya = staff(em, "priya.patel", "Priya", "Patel", Discipline.PSYCHIATRY, "MD");
        StaffMember omar = staff(em, "omar.haddad", "Omar", "Haddad", Discipline.PSYCHIATRY, "MD");
        StaffMember lena = staff(em, "lena.fischer", "Lena", "Fischer", Discipline.PRIMARY_CARE, "NP");
        StaffMember kwame = staff(em, "kwame.mensah", "Kwame", "Mensah", Discipline.PRIMARY_CARE, "MD");
        StaffMember sam = staff(em, "sam.rivera", "Sam", "Rivera", Discipline.PSYCHOTHERAPY, "LCSW");
        StaffMember noor = staff(em, "noor.ali", "Noor", "Ali", Discipline.PSYCHOTHERAPY, "PsyD");
        StaffMember maria = staff(em, "maria.gomez", "Maria", "Gomez", Discipline.CARE_MANAGEMENT, "RN");
        StaffMember jon = staff(em, "jon.berg", "Jon", "Berg", Discipline.CARE_MANAGEMENT, null);
        StaffMember rosa = staff(em, "rosa.lind", "Rosa", "Lind", Discipline.PSYCHIATRY, "MD");

        Map<Person, Client> clients = new EnumMap<>(Person.class);
        Client alex = new Client(new PersonName("Alexandra", "Morgan"), LocalDate.of(1990, 4, 2), TODAY);
        alex.preferToBeCalled("Alex", "they/them");
        alex.linkPortalAccount(Accounts.idOf("alex.morgan"), "alex.morgan");
        clients.put(Person.ALEX, alex);
        Client blake = new Client(new PersonName("Blake", "Chen"), LocalDate.of(1984, 11, 20), TODAY);
        blake.linkPortalAccount(Accounts.idOf("blake.chen"), "blake.chen");
        clients.put(Person.BLAKE, blake);
        clients.put(Person.CASEY, new Client(new PersonName("Casey", "Diaz"), LocalDate.of(2001, 6, 30), TODAY));
        clients.put(Person.DANA, new Client(new PersonName("Dana", "Evans"), LocalDate.of(1958, 1, 14), TODAY));
        Client eli = new Client(new PersonName("Eli", "Fox"), LocalDate.of(1995, 9, 9), TODAY);
        eli.linkPortalAccount(Accounts.idOf("eli.fox"), "eli.fox");
        clients.put(Person.ELI, eli);
        clients.values().forEach(em::persist);

        Map<Person, CareTeam> teams = new EnumMap<>(Person.class);
        LocalDate autumn = LocalDate.of(2025, 9, 1);
        CareTeam alexTeam = new CareTeam(alex);
        alexTeam.appoint(maria, TeamRole.LEAD, autumn);
        alexTeam.appoint(priya, TeamRole.MEMBER, autumn);
        alexTeam.appoint(lena, TeamRole.MEMBER, autumn);
        alexTeam.appoint(sam, TeamRole.MEMBER, autumn.plusMonths(1));
        alexTeam.appoint(noor, TeamRole.MEMBER, autumn);
        alexTeam.release(noor, YESTERDAY, "Moved to the evening clinic");
        teams.put(Person.ALEX, alexTeam);

        LocalDate january = LocalDate.of(2026, 1, 5);
        CareTeam blakeTeam = new CareTeam(blake);
        blakeTeam.appoint(maria, TeamRole.LEAD, january);
        blakeTeam.appoint(omar, TeamRole.MEMBER, january);
        blakeTeam.appoint(kwame, TeamRole.MEMBER, january);
        blakeTeam.appoint(noor, TeamRole.MEMBER, january);
        teams.put(Person.BLAKE, blakeTeam);

        CareTeam caseyTeam = new CareTeam(clients.get(Person.CASEY));
        caseyTeam.appoint(jon, TeamRole.LEAD, january);
        caseyTeam.appoint(priya, TeamRole.MEMBER, january);
        caseyTeam.appoint(sam, TeamRole.MEMBER, TODAY);
        teams.put(Person.CASEY, caseyTeam);

        CareTeam danaTeam = new CareTeam(clients.get(Person.DANA));
        danaTeam.appoint(jon, TeamRole.LEAD, january);
        danaTeam.appoint(kwame, TeamRole.MEMBER, january);
        danaTeam.appoint(lena, TeamRole.MEMBER, TOMORROW);
        teams.put(Person.DANA, danaTeam);

        teams.values().forEach(em::persist);
        em.flush();

        EmergencyAccessPeriod hour = EmergencyAccessPeriod.ofMinutes(60);
        em.persist(EmergencyAccess.open(alex.id(), rosa, EmergencyReason.of(ROSA_REASON),
                NOW.minus(Duration.ofMinutes(10)), hour));
        em.persist(EmergencyAccess.open(alex.id(), kwame, EmergencyReason.of("Covering the walk-in clinic yesterday"),
                NOW.minus(Duration.ofDays(1)), hour));
        em.flush();

        Map<Person, Long> clientIds = new EnumMap<>(Person.class);
        clients.forEach((person, client) -> clientIds.put(person, client.id()));
        Map<Person, Long> teamIds = new EnumMap<>(Person.class);
        teams.forEach((person, team) -> teamIds.put(person, team.id()));
        return new SmallClinic(Map.copyOf(clientIds), Map.copyOf(teamIds));
    }

    private static StaffMember staff(EntityManager em, String username, String given, String family,
            Discipline discipline, String credentials) {
        StaffMember staff = new StaffMember(Accounts.idOf(username), username, new PersonName(given, family), discipline, credentials);
        em.persist(staff);
        return staff;
    }
}
