package care.alliance.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import care.alliance.rules.InvalidInput;
import care.alliance.rules.RuleWords;
import care.alliance.rules.Wording;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextTest {

    private static final Wording NOTE = RuleWords.say("field.note");
    private static final Wording PRONOUNS = RuleWords.say("field.pronouns");
    private static final String NOT_TEXT = "The note may not contain characters that are not text, such as invisible"
            + " control codes; if you pasted it, try typing it instead.";

    private static String note(String text) {
        return PlainText.required(text, NOTE, 1000);
    }

    private static String pronouns(String text) {
        return PlainText.optionalLine(text, PRONOUNS, 40);
    }

    // ------------------------------------------------------------------------ what is not text

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x0000, 0x0001, 0x0007, 0x0008, 0x000B, 0x000C, 0x001B, 0x001C, 0x001F, 0x007F, 0x0080,
            0x0085, 0x009F, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xFDD0, 0xFDEF, 0xFFFE, 0xFFFF, 0x1FFFE, 0x10FFFF})
    void controlCodesLoneSurrogatesAndNonCharactersAreRefusedAnywhereInATextNamingTheField(int codePoint) {
        String character = new String(Character.toChars(codePoint));
        for (String text : new String[] {"Slept" + character + "well", character + "Slept well", "Slept well" + character,
                character}) {
            InvalidInput refused = assertThrows(InvalidInput.class, () -> note(text));
            assertEquals(NOT_TEXT, refused.getMessage());
        }
    }

    @Test
    void aNulByteInANoteIsRefusedInEveryLanguage() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> note("Slept well\u0000"));

        assertEquals(NOT_TEXT, refused.message(Locale.ENGLISH));
        assertEquals(Optional.of("note"), refused.field(), "the page says it beside the note");
        assertEquals("En la nota no puede haber caracteres que no son texto, como códigos de control invisibles;"
                + " si lo pegaste, prueba a escribirlo.", refused.message(Locale.forLanguageTag("es")));
    }

    @Test
    void anOptionalTextIsRefusedTooRatherThanDropped() {
        assertThrows(InvalidInput.class, () -> PlainText.optional("\u001F", NOTE, 1000),
                "a control code that strip() would take for white space is refused, not trimmed away");
        assertThrows(InvalidInput.class, () -> pronouns("they\u0000them"));
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x0020, 0x007E, 0x00A0, 0x00A1, 0x00E9, 0x2028, 0xFDCF, 0xFDF0, 0xFFFD, 0x1F600, 0x10FFFD})
    void lettersSignsAndSpacesJustBesideTheRefusedOnesAreText(int codePoint) {
        String character = new String(Character.toChars(codePoint));

        assertEquals("Slept" + character + "well", note("Slept" + character + "well"));
    }

    @Test
    void aPairedSurrogateIsOneCharacterAndIsText() {
        assertEquals("Walked 🚶 today", note("Walked \uD83D\uDEB6 today"));
    }

    // --------------------------------------------------------------------------------- lines

    @Test
    void aTextOverSeveralLinesKeepsItsLineBreaksAndTabs() {
        assertEquals("Slept badly.\nWalked twice.\r\n\tFelt better", note("Slept badly.\nWalked twice.\r\n\tFelt better\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"they\nthem", "they\r\nthem", "they\tthem", "they\rthem"})
    void aSingleLineHasNoLineBreaksOrTabs(String twoLines) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> pronouns(twoLines));

        assertEquals("Write the pronouns on one line, without line breaks or tabs.", refused.getMessage());
        assertEquals("Escribe los pronombres en una sola línea, sin saltos de línea ni tabuladores.",
                refused.message(Locale.forLanguageTag("es")));
    }

    @Test
    void aSingleLineIsTrimmedOfTheLineBreakAPasteLeavesAtItsEnd() {
        assertEquals("they/them", pronouns("\tthey/them\r\n"));
        assertNull(pronouns(" \n\t "));
        assertThrows(InvalidInput.class, () -> PlainText.requiredLine(" \n\t ", PRONOUNS, 40));
    }
}
