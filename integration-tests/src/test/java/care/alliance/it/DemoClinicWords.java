package care.alliance.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What must never reach a log, read from the demo clinic's SQL itself (so a new client or a new
 * note is looked for without anyone copying it here): the clients' names, user names, record
 * numbers and dates of birth, and the words people wrote — goals, notes, answers, reasons — as
 * every phrase of three or more words and every run of five words in a longer one.
 */
final class DemoClinicWords {

    private static final Pattern VALUES_BLOCK = Pattern.compile("\\(\\s*values\\s*\\(", Pattern.CASE_INSENSITIVE);
    private static final Pattern COLUMNS = Pattern.compile("\\)\\s*as\\s+v\\s*\\(([^)]*)\\)", Pattern.CASE_INSENSITIVE);
    private static final int RUN = 5;

    private final Set<String> people = new LinkedHashSet<>();
    private final Set<String> words = new LinkedHashSet<>();

    private DemoClinicWords() {
    }

    static DemoClinicWords of(Path sql) throws IOException {
        DemoClinicWords found = new DemoClinicWords();
        String script = withoutComments(Files.readString(sql));
        for (Map<String, String> client : rows(script)) {
            if (!client.containsKey("date_of_birth") || client.get("family_name") == null) {
                continue;
            }
            String family = client.get("family_name");
            found.people.add(client.get("given_name") + " " + family);
            for (String column : List.of("preferred_name", "username", "record_number", "date_of_birth")) {
                String value = client.get(column);
                if (value != null) {
                    found.people.add(column.equals("preferred_name") ? value + " " + family : value);
                }
            }
        }
        rows(script).stream().filter(row -> row.containsKey("record_number") && !row.containsKey("date_of_birth"))
                .map(row -> row.get("record_number")).filter(number -> number != null).forEach(found.people::add);
        for (String literal : literals(script)) {
            String[] each = literal.strip().split("\\s+");
            if (each.length < 3) {
                continue;
            }
            found.words.add(literal.strip());
            for (int from = 0; each.length > RUN && from + RUN <= each.length; from++) {
                found.words.add(String.join(" ", Arrays.copyOfRange(each, from, from + RUN)));
            }
        }
        return found;
    }

    /** Names, user names, record numbers and dates of birth of the demo clients. */
    Set<String> people() {
        return people;
    }

    /** Phrases people wrote in the demo clinic. */
    Set<String> words() {
        return words;
    }

    /** The rows of every "(values (…), (…)) as v (columns)" block, column by column; SQL null as null. */
    private static List<Map<String, String>> rows(String script) {
        List<Map<String, String>> rows = new ArrayList<>();
        Matcher block = VALUES_BLOCK.matcher(script);
        while (block.find()) {
            int end = closing(script, block.start());
            Matcher columns = COLUMNS.matcher(script);
            if (end < 0 || !columns.find(end) || columns.start() != end) {
                continue;
            }
            String[] names = columns.group(1).split(",");
            for (List<String> tuple : tuples(script.substring(block.end() - 1, end))) {
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < names.length && i < tuple.size(); i++) {
                    row.put(names[i].strip(), tuple.get(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** The index of the parenthesis that closes the one at {@code open}, quotes respected. */
    private static int closing(String text, int open) {
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** "(a, 'b', null), (…)": each tuple's items, literals unquoted, anything else (numbers, casts) as written. */
    private static List<List<String>> tuples(String list) {
        List<List<String>> tuples = new ArrayList<>();
        int at = 0;
        while ((at = list.indexOf('(', at)) >= 0) {
            int end = closing(list, at);
            List<String> items = new ArrayList<>();
            StringBuilder item = new StringBuilder();
            boolean quoted = false;
            int depth = 0;
            for (int i = at + 1; i < end; i++) {
                char c = list.charAt(i);
                if (c == '\'') {
                    if (quoted && i + 1 < end && list.charAt(i + 1) == '\'') {
                        item.append('\'');
                        i++;
                        continue;
                    }
                    quoted = !quoted;
                    continue;
                }
                if (!quoted && c == '(') {
                    depth++;
                } else if (!quoted && c == ')') {
                    depth--;
                } else if (!quoted && depth == 0 && c == ',') {
                    items.add(valueOf(item));
                    item.setLength(0);
                    continue;
                }
                item.append(c);
            }
            items.add(valueOf(item));
            tuples.add(items);
            at = end + 1;
        }
        return tuples;
    }

    private static String valueOf(StringBuilder item) {
        String value = item.toString().strip();
        return value.equalsIgnoreCase("null") ? null : value;
    }

    /** Every string literal of the script, '' read as one quote. */
    private static List<String> literals(String script) {
        List<String> literals = new ArrayList<>();
        for (int i = 0; i < script.length(); i++) {
            if (script.charAt(i) != '\'') {
                continue;
            }
            StringBuilder literal = new StringBuilder();
            for (i++; i < script.length(); i++) {
                char c = script.charAt(i);
                if (c == '\'' && i + 1 < script.length() && script.charAt(i + 1) == '\'') {
                    literal.append('\'');
                    i++;
                } else if (c == '\'') {
                    break;
                } else {
                    literal.append(c);
                }
            }
            literals.add(literal.toString());
        }
        return literals;
    }

    /** Line comments out (their apostrophes would open literals), literals kept whole. */
    private static String withoutComments(String script) {
        StringBuilder kept = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < script.length(); i++) {
            char c = script.charAt(i);
            if (!quoted && c == '-' && i + 1 < script.length() && script.charAt(i + 1) == '-') {
                while (i < script.length() && script.charAt(i) != '\n') {
                    i++;
                }
                kept.append('\n');
                continue;
            }
            if (c == '\'') {
                quoted = !quoted;
            }
            kept.append(c);
        }
        return kept.toString();
    }
}
