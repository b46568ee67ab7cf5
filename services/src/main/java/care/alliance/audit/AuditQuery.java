package care.alliance.audit;

import care.alliance.access.ServiceWords;
import care.alliance.client.RecordNumber;
import care.alliance.rules.InvalidInput;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a privacy officer looks for in the audit: whose doing (the person's user name), to whose
 * record (the client's record number), which action, which outcome, from which day to which day
 * (both included, in the clinic's time zone), only emergency accesses, only refusals; and which
 * rows of the result. Empty fields match everything. A query that cannot be right is refused
 * field by field, so nothing is searched on a slip of the keyboard.
 */
public record AuditQuery(String person, String client, String action, Outcome outcome, LocalDate from,
        LocalDate to, boolean emergencyOnly, boolean refusedOnly, int first, int rows) implements Serializable {

    public static final int DEFAULT_ROWS = 25;
    public static final int MOST_ROWS = 100;
    /** Far beyond any audit one person pages through; keeps the offset a database can answer. */
    public static final int LAST_FIRST_ROW = 10_000_000;
    public static final int PERSON_LENGTH = 100;
    public static final int ACTION_LENGTH = 60;
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    /** The whole audit, newest first, the first page. */
    public static final AuditQuery EVERYTHING = new AuditQuery(null, null, null, null, null, null, false, false, 0,
            DEFAULT_ROWS);

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._@-]{1," + PERSON_LENGTH + "}");
    private static final Pattern ACTION = Pattern.compile("[A-Z][A-Z0-9_]{0," + (ACTION_LENGTH - 1) + "}");

    public AuditQuery {
        person = person(person);
        client = client(client);
        action = action(action);
        from = day(from, "from");
        to = day(to, "to");
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInput(ServiceWords.say("audit.toBeforeFrom"), "to");
        }
        if (refusedOnly && outcome == Outcome.ALLOWED) {
            throw new InvalidInput(ServiceWords.say("audit.refusedOnlyButAllowed"), "refusedOnly");
        }
        first = Math.max(0, Math.min(first, LAST_FIRST_ROW));
        rows = Math.max(1, Math.min(rows, MOST_ROWS));
    }

    /** The same search, showing the rows from {@code first} on, at most {@code rows} of them. */
    public AuditQuery rows(int first, int rows) {
        return new AuditQuery(person, client, action, outcome, from, to, emergencyOnly, refusedOnly, first, rows);
    }

    /** The outcome the events must have: the one chosen, or refused when only refusals are asked for. */
    public Optional<Outcome> wantedOutcome() {
        return refusedOnly ? Optional.of(Outcome.REFUSED) : Optional.ofNullable(outcome);
    }

    /** The first instant searched: the start of the first day in the zone. */
    public Optional<Instant> since(ZoneId zone) {
        return Optional.ofNullable(from).map(day -> day.atStartOfDay(zone).toInstant());
    }

    /** The first instant no longer searched: the start of the day after the last day. */
    public Optional<Instant> until(ZoneId zone) {
        return Optional.ofNullable(to).map(day -> day.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** The filters in words for the audit's own record of the search: what was looked for, no clinical content. */
    public String describe() {
        List<String> filters = new ArrayList<>();
        add(filters, "person", person);
        add(filters, "client", client);
        add(filters, "action", action);
        add(filters, "outcome", outcome);
        add(filters, "from", from);
        add(filters, "to", to);
        if (emergencyOnly) {
            filters.add("emergency only");
        }
        if (refusedOnly) {
            filters.add("refused only");
        }
        return filters.isEmpty() ? "everything" : String.join("; ", filters);
    }

    private static void add(List<String> filters, String name, Object value) {
        if (value != null) {
            filters.add(name + "=" + value);
        }
    }

    private static String person(String typed) {
        String name = typed(typed);
        if (name == null) {
            return null;
        }
        name = name.toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new InvalidInput(ServiceWords.say("audit.personMalformed", PERSON_LENGTH), "person");
        }
        return name;
    }

    private static String client(String typed) {
        String number = typed(typed);
        if (number == null) {
            return null;
        }
        try {
            return RecordNumber.of(number).value();
        } catch (InvalidInput malformed) {
            throw new InvalidInput(malformed.why(), "client");
        }
    }

    private static String action(String typed) {
        String name = typed(typed);
        if (name == null) {
            return null;
        }
        name = name.toUpperCase(Locale.ROOT);
        if (!ACTION.matcher(name).matches()) {
            throw new InvalidInput(ServiceWords.say("audit.actionMalformed", ACTION_LENGTH), "action");
        }
        return name;
    }

    private static LocalDate day(LocalDate day, String field) {
        if (day != null && (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR)) {
            throw new InvalidInput(ServiceWords.say("audit.dateOutsideYears", FIRST_YEAR, LAST_YEAR), field);
        }
        return day;
    }

    private static String typed(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }
}
