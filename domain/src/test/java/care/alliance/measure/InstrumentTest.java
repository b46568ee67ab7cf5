package care.alliance.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InstrumentTest {

    @Test
    void eachInstrumentKeepsItsLoincCodesForTheFhirExport() {
        assertEquals("44249-1", Instrument.PHQ_9.panelLoinc());
        assertEquals("44261-6", Instrument.PHQ_9.totalLoinc());
        assertEquals("69737-5", Instrument.GAD_7.panelLoinc());
        assertEquals("70274-6", Instrument.GAD_7.totalLoinc());
        assertEquals("44260-8", Instrument.SAFETY_ITEM_LOINC);
    }

    @Test
    void thePhq9HasNineItemsAndTheGad7SevenInTheirOfficialWording() {
        assertEquals(9, Instrument.PHQ_9.itemCount());
        assertEquals(27, Instrument.PHQ_9.highestTotal());
        assertEquals("Little interest or pleasure in doing things", Instrument.PHQ_9.item(1));
        assertEquals("Thoughts that you would be better off dead or of hurting yourself in some way",
                Instrument.PHQ_9.item(9));
        assertEquals(7, Instrument.GAD_7.itemCount());
        assertEquals(21, Instrument.GAD_7.highestTotal());
        assertEquals("Feeling nervous, anxious or on edge", Instrument.GAD_7.item(1));
        assertEquals("Feeling afraid as if something awful might happen", Instrument.GAD_7.item(7));
        assertEquals(java.util.List.of("Not at all", "Several days", "More than half the days", "Nearly every day"),
                Answer.OFFICIAL_WORDING);
    }

    @Test
    void theAttributionIsTheLineTheAuthorsAskFor() {
        assertEquals("Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an"
                + " educational grant from Pfizer Inc. No permission required to reproduce, translate, display or"
                + " distribute.", Instrument.ATTRIBUTION);
    }

    @ParameterizedTest(name = "PHQ-9 {0} is {1}")
    @CsvSource({"0, MINIMAL", "4, MINIMAL", "5, MILD", "9, MILD", "10, MODERATE", "14, MODERATE",
            "15, MODERATELY_SEVERE", "19, MODERATELY_SEVERE", "20, SEVERE", "27, SEVERE"})
    void phq9BandsAtEveryEdge(int total, Severity severity) {
        assertEquals(severity, Instrument.PHQ_9.severityOf(total));
        assertEquals(severity, MeasureFixtures.totalling(Instrument.PHQ_9, total).severity(), "from the answers too");
    }

    @ParameterizedTest(name = "GAD-7 {0} is {1}")
    @CsvSource({"0, MINIMAL", "4, MINIMAL", "5, MILD", "9, MILD", "10, MODERATE", "14, MODERATE", "15, SEVERE",
            "21, SEVERE"})
    void gad7BandsAtEveryEdge(int total, Severity severity) {
        assertEquals(severity, Instrument.GAD_7.severityOf(total));
        assertEquals(severity, MeasureFixtures.totalling(Instrument.GAD_7, total).severity(), "from the answers too");
    }

    @Test
    void theGad7HasNoModeratelySevereBand() {
        assertTrue(Instrument.GAD_7.bands().stream().noneMatch(band -> band.severity() == Severity.MODERATELY_SEVERE));
    }

    @ParameterizedTest
    @CsvSource({"PHQ_9, -1", "PHQ_9, 28", "GAD_7, -1", "GAD_7, 22"})
    void aTotalOutsideTheInstrumentsRangeHasNoBand(Instrument instrument, int total) {
        assertThrows(IllegalArgumentException.class, () -> instrument.severityOf(total));
    }
}
