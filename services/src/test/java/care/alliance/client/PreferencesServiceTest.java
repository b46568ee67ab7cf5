package care.alliance.client;

import static care.alliance.team.SmallClinic.ALEX_PORTAL;
import static care.alliance.team.SmallClinic.BLAKE_PORTAL;
import static care.alliance.team.SmallClinic.CASEY_UNLINKED;
import static care.alliance.team.SmallClinic.ELI_PORTAL;
import static care.alliance.team.SmallClinic.MARIA;
import static care.alliance.team.SmallClinic.NOBODY;
import static care.alliance.team.SmallClinic.PRIYA;
import static care.alliance.team.SmallClinic.ROBIN_IT;
import static care.alliance.team.SmallClinic.SAM;
import static care.alliance.team.SmallClinic.Person.ALEX;
import static java.time.temporal.ChronoUnit.MICROS;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.alliance.access.Caller;
import care.alliance.client.WorkingPreferences.Directness;
import care.alliance.client.WorkingPreferences.Formality;
import care.alliance.client.WorkingPreferences.Pace;
import care.alliance.client.WorkingPreferences.Support;
import care.alliance.goal.ChangedMeanwhile;
import care.alliance.person.PersonName;
import care.alliance.team.SmallClinic;
import care.alliance.testing.ClinicDatabase;
import care.alliance.testing.ClinicDatabase.Attempt;
import care.alliance.testing.FixedCaller;
import care.alliance.testing.Together;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "How to work with me" through {@link PreferencesService}, with real persistence: recorded by the
 * client or by someone of their team with them, each change stamped with who made it and when,
 * two changes never lost to each other, and bad input refused before anything is stored. What a
 * call stored is read back through plain JDBC.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class PreferencesServiceTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private ClinicDatabase database;
    private long alex;

    @BeforeEach
    void openTheClinic() {
        database = ClinicDatabase.migrated();
        alex = SmallClinic.openIn(database).clientId(ALEX);
    }

    @AfterEach
    void closeTheClinic() {
        database.close();
    }

    private <T> T as(Caller caller, Function<PreferencesService, T> call) {
        PreferencesService service = database.preferencesService(caller);
        return database.call(() -> call.apply(service));
    }

    private static WorkingPreferences listenFirst() {
        return new WorkingPreferences(Pace.UNHURRIED, Directness.GENTLE, Formality.RELAXED, Support.MOSTLY_LISTENING,
                "  Walking while we talk  ", "Worksheets to take home", "Queer; my chosen family comes first",
                "Captions on video calls");
    }

    private static WorkingPreferences plainAdvice() {
        return new WorkingPreferences(Pace.BRISK, Directness.DIRECT, Formality.FORMAL, Support.MOSTLY_ADVICE,
                "Clear next steps", null, null, null);
    }

    /** The client's row as stored: what was said about working together, by whom, and the version. */
    record Stored(long version, String preferredName, String pronouns, String language, String pace, String directness,
            String formality, String support, String helpedBefore, String didNotHelp, String cultureAndIdentity,
            String accessibilityNeeds, String changedBy, OffsetDateTime changedAt) {
    }

    private Stored stored() {
        return database.query("select version, preferred_name, pronouns, preferred_language, pace, directness, formality,"
                + " support, helped_before, did_not_help, culture_and_identity, accessibility_needs,"
                + " preferences_changed_by, preferences_changed_at from client where id = " + alex, row -> {
                    row.next();
                    return new Stored(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                            row.getString(5), row.getString(6), row.getString(7), row.getString(8), row.getString(9),
                            row.getString(10), row.getString(11), row.getString(12), row.getString(13),
                            row.getObject(14, OffsetDateTime.class));
                });
    }

    /** As the database keeps a time: to the nearest microsecond. */
    private static Instant asStored(Instant time) {
        return time.plusNanos(500).truncatedTo(MICROS);
    }

    @Test
    void theClientAndSomeoneOfTheirTeamBothRecordHowToWorkWithThemEachChangeStampedWithWhoAndWhen() {
        PreferencesView before = as(SAM, preferences -> preferences.preferencesOf(alex));
        assertAll(
                () -> assertTrue(before.unsaid(), "nothing said yet"),
                () -> assertEquals("Alex Morgan", before.clientName()),
                () -> assertEquals(Language.ENGLISH, before.language()),
                () -> assertNull(before.changedBy()),
                () -> assertNull(before.changedAt()));

        PreferencesView byTheClient = as(ALEX_PORTAL, preferences -> preferences.describe(alex, before.version(), "Alex",
                "they/them", Language.ENGLISH, listenFirst()));

        assertEquals(new Stored(1, "Alex", "they/them", "en", "UNHURRIED", "GENTLE", "RELAXED", "MOSTLY_LISTENING",
                "Walking while we talk", "Worksheets to take home", "Queer; my chosen family comes first",
                "Captions on video calls", "alex.morgan", stored().changedAt()), stored());
        assertEquals(asStored(byTheClient.changedAt()), stored().changedAt().toInstant(), "when");
        assertEquals("alex.morgan", byTheClient.changedBy());

        PreferencesView byTheTherapist = as(SAM, preferences -> preferences.describe(alex, byTheClient.version(), "Al",
                "he/they", Language.ENGLISH, plainAdvice()));

        assertEquals(new Stored(2, "Al", "he/they", "en", "BRISK", "DIRECT", "FORMAL", "MOSTLY_ADVICE", "Clear next steps",
                null, null, null, "sam.rivera", stored().changedAt()), stored());
        assertTrue(byTheTherapist.changedAt().isAfter(byTheClient.changedAt()), "a later change");
        PreferencesView readByTheTeam = as(PRIYA, preferences -> preferences.preferencesOf(alex));
        assertAll(
                () -> assertEquals("Al Morgan", readByTheTeam.clientName()),
                () -> assertEquals(Support.MOSTLY_ADVICE, readByTheTeam.support()),
                () -> assertNull(readByTheTeam.didNotHelp(), "left unsaid this time"),
                () -> assertEquals("sam.rivera", readByTheTeam.changedBy()),
                () -> assertEquals(2, readByTheTeam.version()));
        assertEquals(readByTheTeam, as(ALEX_PORTAL, preferences -> preferences.preferencesOf(alex)),
                "the client reads the same card");
    }

    @Test
    void aChangeFromAStaleVersionIsToldWhoChangedThemMeanwhileAndChangesNothing() {
        PreferencesView seen = as(MARIA, preferences -> preferences.preferencesOf(alex));
        as(ALEX_PORTAL, preferences -> preferences.describe(alex, seen.version(), "Alex", "they/them", Language.ENGLISH,
                listenFirst()));
        Stored afterTheClient = stored();

        ChangedMeanwhile changed = assertThrows(ChangedMeanwhile.class, () -> as(MARIA, preferences -> preferences.describe(
                alex, seen.version(), "Alex", "they/them", Language.ENGLISH, plainAdvice())));

        assertTrue(changed.getMessage().contains("alex.morgan"), changed.getMessage());
        assertNull(changed.current(), "no goal to show");
        assertEquals(afterTheClient, stored(), "the client's preferences stand");
    }

    @Tag("race")
    @Test
    void theClientAndTheCareManagerChangingThemAtOnceSaveOneAndTellTheOther() {
        long version = stored().version();
        Together bothHaveRead = Together.of(2);
        List<Caller> editors = List.of(ALEX_PORTAL, MARIA);
        List<Supplier<PreferencesView>> changes = editors.stream()
                .map(editor -> (Supplier<PreferencesView>) () -> PreferencesServiceWiring.wire(
                                readingTogether(bothHaveRead),
                                database.carePlanAccess(editor), new FixedCaller(editor), database.runningClock())
                        .describe(alex, version, "Alex", "they/them", Language.ENGLISH,
                                editor == MARIA ? plainAdvice() : listenFirst()))
                .toList();

        List<Attempt<PreferencesView>> attempts = database.callTogether(changes, PATIENCE);

        bothHaveRead.assertEveryoneArrived();
        List<Caller> saved = new ArrayList<>();
        for (int i = 0; i < attempts.size(); i++) {
            if (attempts.get(i).succeeded()) {
                saved.add(editors.get(i));
            } else {
                assertTrue(attempts.get(i).failure() instanceof ChangedMeanwhile,
                        "told of the other change, not failed: " + attempts.get(i).failure());
            }
        }
        assertEquals(1, saved.size(), "exactly one is saved");
        Stored stored = stored();
        assertEquals(version + 1, stored.version());
        assertEquals(saved.get(0).username(), stored.changedBy());
        assertEquals(saved.get(0) == MARIA ? "MOSTLY_ADVICE" : "MOSTLY_LISTENING", stored.support(),
                "the saved change is stored whole");
    }

    @Test
    void theClientSwitchesTheLanguageTheyReadAllianceIn() {
        assertEquals(Optional.of(Language.ENGLISH), as(ALEX_PORTAL, PreferencesService::myLanguage), "English at first");

        PreferencesView spanish = as(ALEX_PORTAL, preferences -> preferences.describe(alex, 0, "Alex", "they/them",
                Language.SPANISH, WorkingPreferences.unsaid()));

        assertEquals(Language.SPANISH, spanish.language());
        assertEquals("es", stored().language());
        assertEquals(Optional.of(Language.SPANISH), as(ALEX_PORTAL, PreferencesService::myLanguage));
        assertEquals(Optional.of(Language.ENGLISH), as(BLAKE_PORTAL, PreferencesService::myLanguage), "Blake's is his own");
        assertTrue(spanish.unsaid(), "a language alone says nothing about working together");

        as(SAM, preferences -> preferences.describe(alex, spanish.version(), "Alex", "they/them", Language.ENGLISH,
                WorkingPreferences.unsaid()));
        assertEquals(Optional.of(Language.ENGLISH), as(ALEX_PORTAL, PreferencesService::myLanguage), "and back");
    }

    @Test
    void onlyAClientHasALanguageOnRecord() {
        assertEquals(Optional.of(Language.ENGLISH), as(ELI_PORTAL, PreferencesService::myLanguage), "a client without a team yet");
        assertAll(Stream.of(SAM, MARIA, PRIYA, ROBIN_IT, NOBODY, CASEY_UNLINKED).map(caller -> () ->
                assertEquals(Optional.empty(), as(caller, PreferencesService::myLanguage), caller.username())));
    }

    @Test
    void anEmptyPreferredNameLeavesTheLegalGivenName() {
        PreferencesView view = as(ALEX_PORTAL, preferences -> preferences.describe(alex, 0, "  ", null, Language.ENGLISH,
                listenFirst()));

        assertEquals("Alexandra Morgan", view.clientName());
        assertNull(stored().preferredName());
        assertNull(stored().pronouns());
    }

    static Stream<Arguments> badInput() {
        String tooLong = "x".repeat(WorkingPreferences.TEXT_LENGTH + 1);
        return Stream.of(
                Arguments.of("a preferred name with markup", (Describe) (service, client, version) -> service.describe(
                        client, version, "<b>Alex</b>", "they/them", Language.ENGLISH, plainAdvice())),
                Arguments.of("a preferred name too long", (Describe) (service, client, version) -> service.describe(
                        client, version, "A".repeat(PersonName.MAX_LENGTH + 1), "they/them", Language.ENGLISH,
                        plainAdvice())),
                Arguments.of("pronouns too long", (Describe) (service, client, version) -> service.describe(client, version,
                        "Alex", "x".repeat(Client.PRONOUNS_LENGTH + 1), Language.ENGLISH, plainAdvice())),
                Arguments.of("pronouns with an entity", (Describe) (service, client, version) -> service.describe(client,
                        version, "Alex", "they&#47;them", Language.ENGLISH, plainAdvice())),
                Arguments.of("no language", (Describe) (service, client, version) -> service.describe(client, version,
                        "Alex", "they/them", null, plainAdvice())),
                Arguments.of("no preferences at all", (Describe) (service, client, version) -> service.describe(client,
                        version, "Alex", "they/them", Language.ENGLISH, null)),
                Arguments.of("what helped before with markup", (Describe) (service, client, version) -> service.describe(
                        client, version, "Alex", "they/them", Language.ENGLISH, new WorkingPreferences(null, null,
                                null, null, "<script>alert('x')</script>", null, null, null))),
                Arguments.of("culture and identity too long", (Describe) (service, client, version) -> service.describe(
                        client, version, "Alex", "they/them", Language.ENGLISH, new WorkingPreferences(null, null,
                                null, null, null, null, tooLong, null))),
                Arguments.of("accessibility needs too long", (Describe) (service, client, version) -> service.describe(
                        client, version, "Alex", "they/them", Language.ENGLISH, new WorkingPreferences(null, null,
                                null, null, null, null, null, tooLong))));
    }

    /** One attempt to describe the client's preferences from the version seen. */
    @FunctionalInterface
    interface Describe {
        PreferencesView on(PreferencesService service, long clientId, long version);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void markupTooLongOrMissingInputIsRefusedAndNothingChanges(String what, Describe describe) {
        as(ALEX_PORTAL, preferences -> preferences.describe(alex, 0, "Alex", "they/them", Language.ENGLISH, listenFirst()));
        Stored before = stored();

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> as(MARIA, preferences -> describe.on(preferences, alex, before.version())));

        assertTrue(refused.getMessage() != null && !refused.getMessage().isBlank(), "says why");
        assertEquals(before, stored(), what + " changed nothing");
    }

    /** Clients kept as usual, except that both editors have read the client before either locks it for the change. */
    private Clients readingTogether(Together bothHaveRead) {
        return new JpaClients(database.entityManager()) {
            @Override
            public Optional<Client> findForChange(long clientId) {
                bothHaveRead.waitForEveryone();
                return super.findForChange(clientId);
            }
        };
    }
}
