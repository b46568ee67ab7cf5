package care.alliance.consent;

import static care.alliance.consent.SensitiveLabel.HIV;
import static care.alliance.consent.SensitiveLabel.SUBSTANCE_USE;
import static care.alliance.consent.SensitiveLabel.TRAUMA;
import static care.alliance.team.Discipline.CARE_MANAGEMENT;
import static care.alliance.team.Discipline.PRIMARY_CARE;
import static care.alliance.team.Discipline.PSYCHIATRY;
import static care.alliance.team.Discipline.PSYCHOTHERAPY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.alliance.rules.ChangeRefused;
import care.alliance.rules.InvalidInput;
import care.alliance.team.Discipline;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientConsentTest {

    private static final Instant MONDAY = Instant.parse("2026-03-16T10:00:00Z");
    private static final Instant FRIDAY = Instant.parse("2026-03-20T10:00:00Z");
    private static final ConsentDefaults EVERYONE = ConsentDefaults.everyDiscipline();

    @Test
    void untilTheClientDecidesEveryDisciplineSeesEveryLabelByDefault() {
        ClientConsent consent = ClientConsent.undecided(7);
        for (SensitiveLabel label : SensitiveLabel.values()) {
            assertEquals(EnumSet.allOf(Discipline.class), consent.disciplinesSeeing(label, EVERYONE), label.name());
        }
        assertTrue(consent.history().isEmpty());
    }

    @Test
    void aWithheldLabelIsNotSeenByThatDisciplineAndStillSeenByTheOthers() {
        ClientConsent consent = ClientConsent.undecided(7);
        consent.decide(SUBSTANCE_USE, EnumSet.of(PSYCHIATRY, PSYCHOTHERAPY, CARE_MANAGEMENT), "alex.morgan", MONDAY,
                EVERYONE);
        assertFalse(consent.allows(PRIMARY_CARE, SUBSTANCE_USE, EVERYONE));
        assertTrue(consent.allows(PSYCHIATRY, SUBSTANCE_USE, EVERYONE));
        assertTrue(consent.allows(PRIMARY_CARE, TRAUMA, EVERYONE), "other labels are untouched");
    }

    @Test
    void aPartWithSeveralLabelsIsSeenOnlyByADisciplineAllowedEveryOne() {
        ClientConsent consent = ClientConsent.undecided(7);
        consent.decide(HIV, EnumSet.of(PRIMARY_CARE, PSYCHIATRY), "alex.morgan", MONDAY, EVERYONE);
        assertTrue(consent.allows(PRIMARY_CARE, EnumSet.of(HIV, TRAUMA), EVERYONE));
        assertFalse(consent.allows(PSYCHOTHERAPY, EnumSet.of(HIV, TRAUMA), EVERYONE));
        assertTrue(consent.allows(PSYCHOTHERAPY, EnumSet.noneOf(SensitiveLabel.class), EVERYONE),
                "a part without labels is not restricted");
    }

    @Test
    void eachChangeIsKeptWithItsDateAndWhoRecordedItAndTheLatestCounts() {
        ClientConsent consent = ClientConsent.undecided(7);
        Set<Discipline> withoutPrimaryCare = EnumSet.of(PSYCHIATRY, PSYCHOTHERAPY, CARE_MANAGEMENT);
        List<ConsentDecision> withdrawn = consent.decide(SUBSTANCE_USE, withoutPrimaryCare, "alex.morgan", MONDAY,
                EVERYONE);
        assertEquals(1, withdrawn.size(), "only the discipline whose standing changed");
        consent.decide(SUBSTANCE_USE, EnumSet.allOf(Discipline.class), "alex.morgan", FRIDAY, EVERYONE);

        List<ConsentDecision> history = consent.history();
        assertEquals(2, history.size());
        assertEquals(List.of(false, true), history.stream().map(ConsentDecision::maySee).toList());
        assertEquals(List.of(MONDAY, FRIDAY), history.stream().map(ConsentDecision::decidedAt).toList());
        assertTrue(history.stream().allMatch(d -> d.discipline() == PRIMARY_CARE && d.label() == SUBSTANCE_USE
                && d.decidedBy().equals("alex.morgan")));
        assertTrue(consent.allows(PRIMARY_CARE, SUBSTANCE_USE, EVERYONE), "consent given again counts");
    }

    @Test
    void aDecisionThatChangesNothingIsRefusedAndKeepsNoHistory() {
        ClientConsent consent = ClientConsent.undecided(7);
        assertThrows(ChangeRefused.class, () -> consent.decide(TRAUMA, EnumSet.allOf(Discipline.class), "alex.morgan",
                MONDAY, EVERYONE));
        assertTrue(consent.history().isEmpty());
        assertThrows(InvalidInput.class, () -> consent.decideAll(
                java.util.Collections.singletonMap(TRAUMA, null), "alex.morgan", MONDAY, EVERYONE));
    }

    @Test
    void theClinicsDefaultsApplyUntilTheClientDecidesAndADecisionOutlastsAChangeOfDefaults() {
        ConsentDefaults careful = ConsentDefaults.configured(Map.of(SUBSTANCE_USE, "psychiatry, care-management",
                HIV, "none"));
        ClientConsent consent = ClientConsent.undecided(7);
        assertEquals(EnumSet.of(PSYCHIATRY, CARE_MANAGEMENT), consent.disciplinesSeeing(SUBSTANCE_USE, careful));
        assertEquals(EnumSet.noneOf(Discipline.class), consent.disciplinesSeeing(HIV, careful));
        assertEquals(EnumSet.allOf(Discipline.class), consent.disciplinesSeeing(TRAUMA, careful), "not configured");

        consent.decide(SUBSTANCE_USE, EnumSet.of(PSYCHIATRY, CARE_MANAGEMENT, PRIMARY_CARE), "alex.morgan", MONDAY,
                careful);
        assertTrue(consent.allows(PRIMARY_CARE, SUBSTANCE_USE, EVERYONE));
        assertTrue(consent.allows(PRIMARY_CARE, SUBSTANCE_USE, careful), "the client's decision, not the default");
        assertFalse(consent.allows(PSYCHOTHERAPY, SUBSTANCE_USE, careful), "undecided: still the default");
    }

    @Test
    void aMisspelledDisciplineInTheConfigurationStopsTheStartAndSaysWhich() {
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> ConsentDefaults.configured(Map.of(TRAUMA, "psychiatry, nursing")));
        assertTrue(wrong.getMessage().contains("alliance.consent.default.trauma"), wrong.getMessage());
        assertTrue(wrong.getMessage().contains("nursing"), wrong.getMessage());
    }

    @Test
    void labelsAreReadByTheirEnumOrConfigurationNameAndSaidInTheReadersWords() {
        assertEquals(SUBSTANCE_USE, SensitiveLabel.parse("substance-use"));
        assertEquals(SensitiveLabel.SEXUAL_AND_REPRODUCTIVE_HEALTH, SensitiveLabel.parse(" SEXUAL_AND_REPRODUCTIVE_HEALTH "));
        assertThrows(InvalidInput.class, () -> SensitiveLabel.parse("gossip"));
        assertThrows(InvalidInput.class, () -> SensitiveLabel.parse(null));
        assertEquals("substance-use", SUBSTANCE_USE.configName());
        assertEquals("Substance use", SUBSTANCE_USE.term().in(Locale.ENGLISH));
        assertEquals("Consumo de sustancias", SUBSTANCE_USE.term().in(Locale.forLanguageTag("es")));
    }
}
