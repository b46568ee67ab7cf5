package care.alliance.clinicimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.alliance.rules.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The clinic's files are read as a spreadsheet writes CSV; any other file is refused whole, saying why. */
class CsvSheetTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void aHeaderInAnyOrderWithQuotedValuesAndAByteOrderMarkIsRead() {
        CsvSheet sheet = read(ImportFile.STAFF, "\uFEFFusername,email,Given_Name,family_name,discipline,credentials\r\n"
                + "imani.okafor,imani@clinic.example,Imani,\"Okafor, \"\"Ima\"\"\",PSYCHIATRY,\"MD, PhD\"\r\n"
                + "\r\n"
                + "rafael.ortiz,r@clinic.example,Rafael,Ortiz,PSYCHOTHERAPY\r\n");

        assertEquals(2, sheet.rows().size());
        SheetRow first = sheet.rows().get(0);
        assertEquals(2, first.number(), "the header is row 1");
        assertEquals("Okafor, \"Ima\"", first.value("family_name"));
        assertEquals("MD, PhD", first.value("credentials"));
        assertEquals("Imani", first.value("given_name"));
        assertEquals("", sheet.rows().get(1).value("credentials"), "a missing last value is blank");
        assertEquals(4, sheet.rows().get(1).number(), "a blank line keeps the numbers of the rows after it");
    }

    @Test
    void anOptionalColumnMayBeLeftOutOfTheHeader() {
        CsvSheet sheet = read(ImportFile.CARE_TEAMS, "record_number,staff_username,discipline,start_date\nIMP-1,a.b,PSYCHIATRY,2026-01-05\n");

        assertEquals(Map.of("record_number", "IMP-1", "staff_username", "a.b", "discipline", "PSYCHIATRY",
                "start_date", "2026-01-05"), sheet.rows().get(0).values());
    }

    static Stream<Arguments> notTheClinicsCsv() {
        return Stream.of(
                arguments("empty", "", "This file is empty"),
                arguments("only spaces", "   \n  ", "This file is empty"),
                arguments("header only", "given_name,family_name,discipline,username,email\n", "This file has a header row but no rows"),
                arguments("unknown column", "given_name,family_name,discipline,username,email,salary\nA,B,PSYCHIATRY,a.b,a@b.example,1", "names a column Alliance does not know, \"salary\": the columns of this file are given_name, family_name, discipline, username, email, credentials"),
                arguments("markup in a column name", "given_name,family_name,discipline,username,email,<script>\nA,B,PSYCHIATRY,a.b,a@b.example,1", "\"‹script›\""),
                arguments("missing column", "given_name,family_name,username,email\nA,B,a.b,a@b.example", "lacks the column(s) discipline"),
                arguments("column twice", "given_name,family_name,discipline,username,email,email\nA,B,PSYCHIATRY,a.b,a@b.example,c@d.example", "names the column email twice"),
                arguments("blank column", "given_name,family_name,discipline,username,email,\nA,B,PSYCHIATRY,a.b,a@b.example,", "has a column without a name"),
                arguments("quote left open", "given_name,family_name,discipline,username,email\n\"A,B,PSYCHIATRY,a.b,a@b.example\n", "is not a CSV file Alliance can read"),
                arguments("too many values", "given_name,family_name,discipline,username,email\nA,B,PSYCHIATRY,a.b,a@b.example,extra", "Row 2 has 6 values but the header names 5 columns"),
                arguments("another file's columns", "record_number,given_name,family_name,date_of_birth,language\nIMP-1,A,B,1980-01-01,en", "\"record_number\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notTheClinicsCsv")
    void aFileThatIsNotTheClinicsCsvIsRefusedWholeBesideItsField(String what, String content, String said) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> read(ImportFile.STAFF, content == null ? "" : content));

        assertTrue(refused.message(Locale.ENGLISH).contains(said), refused.message(Locale.ENGLISH));
        assertEquals("staffFile", refused.field().orElseThrow());
        assertTrue(!refused.message(SPANISH).equals(refused.message(Locale.ENGLISH)), "said in Spanish too");
    }

    @Test
    void aBinaryFileIsRefusedAsNotText() {
        byte[] spreadsheet = {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00};

        assertRefused(ImportFile.CLIENTS, spreadsheet, "holds characters that are not text");
    }

    @Test
    void aFileInAnotherEncodingIsRefusedAsNotUtf8() {
        byte[] latin1 = "given_name,family_name,discipline,username,email\nJosé,Núñez,PSYCHIATRY,j.n,j@n.example\n"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertRefused(ImportFile.STAFF, latin1, "is not UTF-8 text");
    }

    @Test
    void aFileOverTwoMegabytesIsRefusedBeforeItIsRead() {
        byte[] large = new byte[CsvSheet.MAX_BYTES + 1];
        java.util.Arrays.fill(large, (byte) 'a');

        assertRefused(ImportFile.CARE_TEAMS, large, "larger than 2 MB");
    }

    @Test
    void aFileOfMoreThanFiveThousandRowsIsRefused() {
        StringBuilder rows = new StringBuilder("record_number,staff_username,discipline,start_date\n");
        for (int i = 0; i <= CsvSheet.MAX_ROWS; i++) {
            rows.append("R-").append(i).append(",a.b,PSYCHIATRY,2026-01-05\n");
        }

        assertRefused(ImportFile.CARE_TEAMS, rows.toString().getBytes(StandardCharsets.UTF_8), "more than 5,000 rows");
        assertEquals(CsvSheet.MAX_ROWS, read(ImportFile.CARE_TEAMS, rows.substring(0, rows.lastIndexOf("R-"))).rows().size(),
                "exactly the limit is taken");
    }

    @Test
    void everyFileListsItsColumnsRequiredFirst() {
        assertEquals(List.of("record_number", "given_name", "family_name", "date_of_birth", "language",
                "preferred_name", "pronouns", "portal_username", "portal_email"), ImportFile.CLIENTS.columns());
    }

    private static void assertRefused(ImportFile file, byte[] content, String said) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> CsvSheet.read(file, content));
        assertTrue(refused.message(Locale.ENGLISH).contains(said), refused.message(Locale.ENGLISH));
        assertEquals(file.field(), refused.field().orElseThrow());
    }

    private static CsvSheet read(ImportFile file, String content) {
        return CsvSheet.read(file, content.getBytes(StandardCharsets.UTF_8));
    }
}
