package care.alliance.clinicimport;

import care.alliance.person.PlainText;
import care.alliance.rules.InvalidInput;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * One of the clinic's CSV files, read as a spreadsheet writes it: UTF-8 with or without a byte
 * order mark, commas between values, values in double quotes where they hold commas, quotes or
 * line breaks, and a header row naming the columns in any order. A file that is not such a file
 * is refused whole, with words saying what to put right, and no row of it is looked at: too large,
 * not text, empty, a header that names a column twice, misses one, or names one Alliance does not
 * know, or quotes left open.
 */
final class CsvSheet {

    /** The largest file taken: a clinic of thousands fits well under it. */
    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_ROWS = 5_000;

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            // blank lines are read, and then left out, so that each row keeps its number in the spreadsheet
            .setIgnoreEmptyLines(false)
            .setTrim(true)
            // a blank or repeated column name is refused by Alliance's own words below
            .setAllowMissingColumnNames(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
            .get();

    private final ImportFile file;
    private final List<SheetRow> rows;

    private CsvSheet(ImportFile file, List<SheetRow> rows) {
        this.file = file;
        this.rows = rows;
    }

    static CsvSheet read(ImportFile file, byte[] content) {
        if (content == null || content.length == 0) {
            throw refused(file, "file.empty");
        }
        if (content.length > MAX_BYTES) {
            throw refused(file, "file.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String text = text(file, content);
        if (text.isBlank()) {
            throw refused(file, "file.empty");
        }
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            List<String> header = header(file, parser.getHeaderNames());
            List<SheetRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    throw refused(file, "file.tooManyRows", MAX_ROWS);
                }
                rows.add(row(file, header, record));
            }
            if (rows.isEmpty()) {
                throw refused(file, "file.noRows");
            }
            return new CsvSheet(file, List.copyOf(rows));
        } catch (UncheckedIOException | IllegalStateException | IOException malformed) {
            // commons-csv says so when a quote is left open or stray text follows a closing quote
            throw refused(file, "file.notCsv");
        }
    }

    ImportFile file() {
        return file;
    }

    List<SheetRow> rows() {
        return rows;
    }

    /** Strict UTF-8: a file of another encoding or a binary file is refused, never read as garbage. */
    private static String text(ImportFile file, byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            throw refused(file, "file.notUtf8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (!PlainText.isText(text)) {
            throw refused(file, "file.notText");
        }
        return text;
    }

    private static List<String> header(ImportFile file, List<String> names) {
        if (names.isEmpty()) {
            throw refused(file, "file.empty");
        }
        List<String> header = names.stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
        Set<String> seen = new HashSet<>();
        for (String column : header) {
            if (column.isEmpty()) {
                throw refused(file, "file.blankColumn");
            }
            if (!file.knows(column)) {
                throw refused(file, "file.unknownColumn", shown(column), String.join(", ", file.columns()));
            }
            if (!seen.add(column)) {
                throw refused(file, "file.columnTwice", column);
            }
        }
        List<String> missing = file.requiredColumns().stream().filter(column -> !seen.contains(column)).toList();
        if (!missing.isEmpty()) {
            throw refused(file, "file.missingColumns", String.join(", ", missing));
        }
        return header;
    }

    private static SheetRow row(ImportFile file, List<String> header, CSVRecord record) {
        int number = Math.toIntExact(record.getRecordNumber()) + 1;
        if (record.size() > header.size()) {
            throw refused(file, "file.rowTooLong", number, record.size(), header.size());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            values.put(header.get(i), i < record.size() ? record.get(i) : "");
        }
        return new SheetRow(number, values);
    }

    /** A column name as the refusal shows it: short, and as plain text even when it was not. */
    private static String shown(String column) {
        String shortened = column.length() > 40 ? column.substring(0, 40) + "…" : column;
        return PlainText.hasMarkup(shortened) ? shortened.replace('<', '‹').replace('>', '›').replace('&', '+') : shortened;
    }

    private static InvalidInput refused(ImportFile file, String key, java.io.Serializable... arguments) {
        return new InvalidInput(ImportWords.say(key, arguments), file.field());
    }
}
