package care.alliance.rules;

import java.time.LocalDate;

/**
 * The dates a clinic's records hold. A date on a care plan — a target's date, a task's due date, a
 * review, a first or last day on a care team — falls in the years 2000 to 2100: no plan kept here
 * is older, and nobody plans further ahead. A date of birth falls from 1900 to today. A date
 * outside is a slip of the keyboard (0001, 20255, +999999999) and is refused, with the range and
 * the field's name, rather than kept.
 */
public final class ClinicCalendar {

    /** Plan dates run from 1 January of this year. */
    public static final int FIRST_PLAN_YEAR = 2000;
    /** Plan dates run up to 31 December of this year. */
    public static final int LAST_PLAN_YEAR = 2100;
    /** Dates of birth run from 1 January of this year to today. */
    public static final int FIRST_BIRTH_YEAR = 1900;

    private ClinicCalendar() {
    }

    /** The date, or null when there is none; refused outside the plan years. */
    public static LocalDate planDate(LocalDate date, Wording field) {
        if (date != null && (date.getYear() < FIRST_PLAN_YEAR || date.getYear() > LAST_PLAN_YEAR)) {
            throw new InvalidInput(RuleWords.say("date.outsidePlanYears", field, FIRST_PLAN_YEAR, LAST_PLAN_YEAR));
        }
        return date;
    }

    /** The date of birth; refused before 1900 and after today. */
    public static LocalDate dateOfBirth(LocalDate date, LocalDate today) {
        if (date.getYear() < FIRST_BIRTH_YEAR || date.isAfter(today)) {
            throw new InvalidInput(RuleWords.say("date.birthOutsideRange", RuleWords.say("field.dateOfBirth"),
                    FIRST_BIRTH_YEAR));
        }
        return date;
    }
}
