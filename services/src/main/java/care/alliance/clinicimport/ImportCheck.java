package care.alliance.clinicimport;

import care.alliance.access.ServiceWords;
import care.alliance.account.EmailAddress;
import care.alliance.account.Username;
import care.alliance.client.Client;
import care.alliance.client.Clients;
import care.alliance.client.Language;
import care.alliance.client.NewClient;
import care.alliance.client.RecordNumber;
import care.alliance.person.PersonName;
import care.alliance.person.PlainText;
import care.alliance.rules.ClinicCalendar;
import care.alliance.rules.InvalidInput;
import care.alliance.rules.RuleWords;
import care.alliance.rules.Wording;
import care.alliance.staff.NewStaffMember;
import care.alliance.team.CareTeam;
import care.alliance.team.CareTeamMember;
import care.alliance.team.CareTeams;
import care.alliance.team.Discipline;
import care.alliance.team.StaffMember;
import care.alliance.team.StaffMembers;
import care.alliance.team.TeamRole;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Checks every row of the clinic's files by the rules the forms apply — the same value objects
 * and aggregates — and against what Alliance already holds, without changing anything. A row
 * whose record is already there with the same details is unchanged (staff are known by user name,
 * clients by record number, memberships by client, staff member and first day); one that is there
 * with other details is refused, never changed. Rows may refer to records made by earlier rows:
 * a membership to a client or staff member of the other files.
 */
final class ImportCheck {

    private static final String ROW = "";

    private final StaffMembers staff;
    private final Clients clients;
    private final CareTeams careTeams;
    private final LocalDate today;

    /** Staff to be added by the staff file, by user name: the members later rows may appoint. */
    private final Map<String, StaffMember> newStaff = new HashMap<>();
    private final Map<String, Client> newClients = new HashMap<>();
    /** The rows of the care-teams file taken so far, by the record number of their client. */
    private final Map<String, List<TakenAppointment>> appointments = new HashMap<>();
    /** The row on which each key (user name, record number, membership) was first seen in its file. */
    private final Map<String, Integer> staffRows = new HashMap<>();
    private final Map<String, Integer> clientRows = new HashMap<>();
    private final Map<String, Integer> portalRows = new HashMap<>();
    private final Map<String, Integer> teamRows = new HashMap<>();

    private record TakenAppointment(int row, String username, TeamRole role) {
    }

    ImportCheck(StaffMembers staff, Clients clients, CareTeams careTeams, LocalDate today) {
        this.staff = staff;
        this.clients = clients;
        this.careTeams = careTeams;
        this.today = today;
    }

    /** Every row of the sheets, staff first, then clients, then care teams: the order they are imported in. */
    List<PlannedRow> check(Map<ImportFile, CsvSheet> sheets) {
        List<PlannedRow> planned = new ArrayList<>();
        Optional.ofNullable(sheets.get(ImportFile.STAFF)).ifPresent(sheet -> sheet.rows().forEach(row -> planned.add(staffRow(row))));
        Optional.ofNullable(sheets.get(ImportFile.CLIENTS)).ifPresent(sheet -> sheet.rows().forEach(row -> planned.add(clientRow(row))));
        Optional.ofNullable(sheets.get(ImportFile.CARE_TEAMS)).ifPresent(sheet -> sheet.rows().forEach(row -> planned.add(teamRow(row))));
        return planned;
    }

    private PlannedRow staffRow(SheetRow row) {
        Checked checked = new Checked(ImportFile.STAFF);
        PersonName name = checked.value("given_name", () -> name(row.value("given_name"), row.value("family_name")));
        Discipline discipline = checked.value("discipline", () -> discipline(row.value("discipline")));
        Username username = checked.value("username", () -> Username.typed(row.value("username")));
        EmailAddress email = checked.value("email", () -> EmailAddress.typed(row.value("email")));
        String credentials = checked.value("credentials", () -> PlainText.optionalLine(row.value("credentials"),
                RuleWords.say("field.credentials"), StaffMember.CREDENTIALS_LENGTH));
        String subject = subject(row.value("username"), row.value("given_name") + " " + row.value("family_name"));
        if (!checked.refusals.isEmpty()) {
            return refused(ImportFile.STAFF, row, subject, checked.refusals);
        }
        StaffMember typed = StaffMember.takeOn("not yet opened", username, name, discipline, credentials, email);
        Integer earlier = staffRows.putIfAbsent(username.value(), row.number());
        if (earlier != null) {
            return refused(ImportFile.STAFF, row, subject, List.of(new RowRefusal("username",
                    ImportWords.say("row.repeats", earlier))));
        }
        Optional<StaffMember> existing = staff.withUsername(username.value());
        if (existing.isPresent()) {
            List<String> differences = differences(existing.get(), typed);
            if (!differences.isEmpty()) {
                return refused(ImportFile.STAFF, row, subject, List.of(new RowRefusal(ROW, ImportWords.say(
                        "row.staffOtherDetails", existing.get().signature(), String.join(", ", differences)))));
            }
            return new PlannedRow(RowResult.of(ImportFile.STAFF, row.number(), subject, RowOutcome.UNCHANGED, List.of()), null);
        }
        newStaff.put(username.value(), typed);
        return new PlannedRow(RowResult.of(ImportFile.STAFF, row.number(), subject, RowOutcome.TO_ADD, List.of()),
                new RowAction.TakeOnStaffMember(new NewStaffMember(name.given(), name.family(), discipline.name(),
                        credentials, username.value(), email.value(), false)));
    }

    private PlannedRow clientRow(SheetRow row) {
        Checked checked = new Checked(ImportFile.CLIENTS);
        RecordNumber number = checked.value("record_number", () -> RecordNumber.of(row.value("record_number")));
        PersonName name = checked.value("given_name", () -> name(row.value("given_name"), row.value("family_name")));
        LocalDate born = checked.value("date_of_birth", () -> ClinicCalendar.dateOfBirth(
                date(row.value("date_of_birth"), RuleWords.say("field.dateOfBirth")), today));
        Language language = checked.value("language", () -> language(row.value("language")));
        String preferred = checked.value("preferred_name", () -> PlainText.optionalLine(row.value("preferred_name"),
                RuleWords.say("field.preferredName"), PersonName.MAX_LENGTH));
        String pronouns = checked.value("pronouns", () -> PlainText.optionalLine(row.value("pronouns"),
                RuleWords.say("field.pronouns"), Client.PRONOUNS_LENGTH));
        Username portal = row.optional("portal_username") == null ? null
                : checked.value("portal_username", () -> Username.typed(row.value("portal_username")));
        EmailAddress portalEmail = row.optional("portal_email") == null ? null
                : checked.value("portal_email", () -> EmailAddress.typed(row.value("portal_email")));
        if (portalEmail != null && row.optional("portal_username") == null) {
            checked.refuse("portal_email", ImportWords.say("row.emailWithoutPortalUsername"));
        }
        String subject = subject(row.value("record_number"), row.value("given_name") + " " + row.value("family_name"));
        if (!checked.refusals.isEmpty()) {
            return refused(ImportFile.CLIENTS, row, subject, checked.refusals);
        }
        Client typed = Client.register(name, preferred, pronouns, born, language, number, today);
        Integer earlier = clientRows.putIfAbsent(number.value(), row.number());
        if (earlier != null) {
            return refused(ImportFile.CLIENTS, row, subject, List.of(new RowRefusal("record_number",
                    ImportWords.say("row.repeats", earlier))));
        }
        Optional<Client> existing = clients.withRecordNumber(number);
        if (existing.isPresent()) {
            List<String> differences = differences(existing.get(), typed, portal);
            if (!differences.isEmpty()) {
                return refused(ImportFile.CLIENTS, row, subject, List.of(new RowRefusal(ROW, ImportWords.say(
                        "row.clientOtherDetails", existing.get().displayName(), String.join(", ", differences)))));
            }
            return new PlannedRow(RowResult.of(ImportFile.CLIENTS, row.number(), subject, RowOutcome.UNCHANGED, List.of()), null);
        }
        Optional<Client> sameNameAndBirth = clients.withNameAndDateOfBirth(name, born).stream().findFirst()
                .or(() -> newClients.values().stream()
                        .filter(other -> other.legalName().fullName().equalsIgnoreCase(name.fullName())
                                && other.dateOfBirth().equals(born))
                        .findFirst());
        if (sameNameAndBirth.isPresent()) {
            Client other = sameNameAndBirth.get();
            return refused(ImportFile.CLIENTS, row, subject, List.of(new RowRefusal(ROW, ServiceWords.say(
                    "client.alreadyNameAndBirth", other.displayName(),
                    other.recordNumber().map(RecordNumber::value).orElse(""), other.dateOfBirth()))));
        }
        if (portal != null) {
            Integer portalEarlier = portalRows.putIfAbsent(portal.value(), row.number());
            if (portalEarlier != null || newStaff.containsKey(portal.value()) || staff.hasUsername(portal.value())) {
                return refused(ImportFile.CLIENTS, row, subject, List.of(new RowRefusal("portal_username",
                        ServiceWords.say("accounts.usernameTaken"))));
            }
        }
        newClients.put(number.value(), typed);
        return new PlannedRow(RowResult.of(ImportFile.CLIENTS, row.number(), subject, RowOutcome.TO_ADD, List.of()),
                new RowAction.RegisterClient(new NewClient(name.given(), name.family(), preferred, pronouns, born,
                        language, number.value()), portal == null ? null : portal.value(),
                        portalEmail == null ? null : portalEmail.value()));
    }

    private PlannedRow teamRow(SheetRow row) {
        Checked checked = new Checked(ImportFile.CARE_TEAMS);
        RecordNumber number = checked.value("record_number", () -> RecordNumber.of(row.value("record_number")));
        Username username = checked.value("staff_username", () -> Username.typed(row.value("staff_username")));
        Discipline discipline = checked.value("discipline", () -> discipline(row.value("discipline")));
        LocalDate from = checked.value("start_date", () -> date(row.value("start_date"),
                RuleWords.say("field.firstDayOnTeam")));
        TeamRole role = checked.value("lead", () -> lead(row.value("lead")));
        String subject = subject(row.value("record_number"), row.value("staff_username"));
        if (!checked.refusals.isEmpty()) {
            return refused(ImportFile.CARE_TEAMS, row, subject, checked.refusals);
        }
        Optional<Client> existingClient = clients.withRecordNumber(number);
        Client client = existingClient.orElse(newClients.get(number.value()));
        if (client == null) {
            checked.refuse("record_number", ImportWords.say("row.noSuchClient", number.value()));
        }
        Optional<StaffMember> existingStaff = staff.withUsername(username.value());
        StaffMember member = existingStaff.orElse(newStaff.get(username.value()));
        if (member == null) {
            checked.refuse("staff_username", ImportWords.say("row.noSuchStaffMember", username.value()));
        } else if (member.discipline() != discipline) {
            checked.refuse("discipline", ImportWords.say("row.otherDiscipline", member.signature(),
                    ServiceWords.say("discipline." + member.discipline().name())));
        } else if (member.isLetGo()) {
            checked.refuse("staff_username", RuleWords.say("staff.letGo", member.signature(),
                    member.letGoOn().orElseThrow().toString()));
        }
        if (!checked.refusals.isEmpty()) {
            return refused(ImportFile.CARE_TEAMS, row, subject, checked.refusals);
        }
        String key = number.value() + " " + username.value() + " " + from;
        Integer earlier = teamRows.putIfAbsent(key, row.number());
        if (earlier != null) {
            return refused(ImportFile.CARE_TEAMS, row, subject, List.of(new RowRefusal(ROW,
                    ImportWords.say("row.repeats", earlier))));
        }
        Optional<CareTeam> team = existingClient.flatMap(found -> careTeams.ofClient(found.id()));
        Optional<CareTeamMember> same = team.flatMap(t -> t.history().stream()
                .filter(m -> m.staffMember().username().equals(username.value()) && m.period().startsOn().equals(from))
                .findFirst());
        if (same.isPresent()) {
            if (same.get().teamRole() != role) {
                return refused(ImportFile.CARE_TEAMS, row, subject, List.of(new RowRefusal("lead", ImportWords.say(
                        "row.membershipOtherRole", member.signature(), from.toString(),
                        ImportWords.say("teamRole." + same.get().teamRole().name())))));
            }
            return new PlannedRow(RowResult.of(ImportFile.CARE_TEAMS, row.number(), subject, RowOutcome.UNCHANGED, List.of()), null);
        }
        CareTeam checkedTeam = team.orElseGet(() -> new CareTeam(client));
        checked.value("start_date", () -> {
            checkedTeam.checkAppointment(member, role, from);
            return null;
        });
        for (TakenAppointment taken : appointments.getOrDefault(number.value(), List.of())) {
            if (taken.username().equals(username.value())) {
                checked.refuse("start_date", ImportWords.say("row.overlapsRow", member.signature(), taken.row()));
            } else if (role == TeamRole.LEAD && taken.role() == TeamRole.LEAD) {
                checked.refuse("lead", ImportWords.say("row.leadOnRow", taken.row()));
            }
        }
        if (!checked.refusals.isEmpty()) {
            return refused(ImportFile.CARE_TEAMS, row, subject, checked.refusals);
        }
        appointments.computeIfAbsent(number.value(), n -> new ArrayList<>())
                .add(new TakenAppointment(row.number(), username.value(), role));
        return new PlannedRow(RowResult.of(ImportFile.CARE_TEAMS, row.number(), subject, RowOutcome.TO_ADD, List.of()),
                new RowAction.Appoint(number.value(), username.value(), role, from));
    }

    private static PlannedRow refused(ImportFile file, SheetRow row, String subject, List<RowRefusal> refusals) {
        return new PlannedRow(RowResult.of(file, row.number(), subject, RowOutcome.REFUSED, refusals), null);
    }

    /** Who the row is about, as the preview names it: plain text, short. */
    private static String subject(String key, String name) {
        String said = (key + " · " + name).strip();
        String plain = PlainText.isText(said) ? said.replaceAll("\\s+", " ") : "?";
        return plain.length() > 80 ? plain.substring(0, 80) + "…" : plain;
    }

    /** Each part of the name on its own, as the staff form does, so that the refusal names its column. */
    private static PersonName name(String given, String family) {
        List<InvalidInput> refusals = new ArrayList<>();
        try {
            new PersonName(given, "Family");
        } catch (InvalidInput refused) {
            refusals.add(new InvalidInput(refused.why(), "givenName"));
        }
        try {
            new PersonName("Given", family);
        } catch (InvalidInput refused) {
            refusals.add(new InvalidInput(refused.why(), "familyName"));
        }
        if (refusals.size() == 1) {
            throw refusals.get(0);
        }
        if (refusals.size() == 2) {
            throw new BothNameParts(refusals.get(0), refusals.get(1));
        }
        return new PersonName(given, family);
    }

    /** Both parts of a name refused: each is said beside its own column. */
    private static final class BothNameParts extends RuntimeException {
        private final InvalidInput given;
        private final InvalidInput family;

        BothNameParts(InvalidInput given, InvalidInput family) {
            super("both parts of the name refused", null, false, false);
            this.given = given;
            this.family = family;
        }
    }

    private static Discipline discipline(String name) {
        String typed = name.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (Discipline discipline : Discipline.values()) {
            if (discipline.name().equals(typed)) {
                return discipline;
            }
        }
        throw new InvalidInput(name.isBlank() ? RuleWords.say("staff.disciplineRequired")
                : ImportWords.say("row.unknownDiscipline", "PSYCHIATRY, PRIMARY_CARE, PSYCHOTHERAPY, CARE_MANAGEMENT"));
    }

    private static LocalDate date(String typed, Wording field) {
        if (typed.isBlank()) {
            throw new InvalidInput(ImportWords.say("row.dateRequired", field));
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException notADate) {
            throw new InvalidInput(ImportWords.say("row.notADate", field));
        }
    }

    private static Language language(String typed) {
        for (Language language : Language.values()) {
            if (language.tag().equalsIgnoreCase(typed.strip())) {
                return language;
            }
        }
        throw new InvalidInput(typed.isBlank() ? RuleWords.say("client.languageRequired")
                : ImportWords.say("row.unknownLanguage"));
    }

    private static TeamRole lead(String typed) {
        return switch (typed.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "sí", "si" -> TeamRole.LEAD;
            case "no", "n", "false", "" -> TeamRole.MEMBER;
            default -> throw new InvalidInput(ImportWords.say("row.yesOrNo"));
        };
    }

    private static List<String> differences(StaffMember existing, StaffMember typed) {
        List<String> differences = new ArrayList<>();
        compare(differences, "given_name", existing.name().given(), typed.name().given());
        compare(differences, "family_name", existing.name().family(), typed.name().family());
        compare(differences, "discipline", existing.discipline(), typed.discipline());
        compare(differences, "credentials", existing.credentials().orElse(""), typed.credentials().orElse(""));
        compare(differences, "email", existing.email().orElse(""), typed.email().orElse(""));
        return differences;
    }

    private static List<String> differences(Client existing, Client typed, Username portal) {
        List<String> differences = new ArrayList<>();
        compare(differences, "given_name", existing.legalName().given(), typed.legalName().given());
        compare(differences, "family_name", existing.legalName().family(), typed.legalName().family());
        compare(differences, "preferred_name", existing.preferredName().orElse(""), typed.preferredName().orElse(""));
        compare(differences, "pronouns", existing.pronouns().orElse(""), typed.pronouns().orElse(""));
        compare(differences, "date_of_birth", existing.dateOfBirth(), typed.dateOfBirth());
        compare(differences, "language", existing.preferredLanguage(), typed.preferredLanguage());
        if (portal != null) {
            compare(differences, "portal_username", existing.portalUsername().orElse(""), portal.value());
        }
        return differences;
    }

    private static void compare(List<String> differences, String column, Object existing, Object typed) {
        if (!Objects.equals(existing, typed)) {
            differences.add(column + " (" + existing + " ≠ " + typed + ")");
        }
    }

    /** The refusals of one row, each beside its column. */
    private static final class Checked {
        private final ImportFile file;
        private final List<RowRefusal> refusals = new ArrayList<>();

        Checked(ImportFile file) {
            this.file = file;
        }

        <T> T value(String column, Supplier<T> check) {
            try {
                return check.get();
            } catch (BothNameParts both) {
                refuse("given_name", both.given.why());
                refuse("family_name", both.family.why());
            } catch (InvalidInput refused) {
                refuse(refused.field().flatMap(file::columnOf).orElse(column), refused.why());
            }
            return null;
        }

        void refuse(String column, Wording why) {
            refusals.add(new RowRefusal(column == null ? "" : column, why));
        }
    }
}
