/**
 * How the rules say no to a person. A refusal keeps the key of its words and their arguments, not
 * finished text, so the page can say it in the reader's language; its exception message stays the
 * English, for logs. The words live in {@code refusals.properties} beside these classes, English in
 * the base file and one file per further language. {@link care.alliance.rules.ClinicCalendar}
 * holds the one rule every feature's dates share: the years a clinic's records fall in.
 */
package care.alliance.rules;
