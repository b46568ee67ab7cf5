/**
 * Moving a clinic in: clinic IT imports its staff, clients and care teams from CSV files. Every
 * row is checked by the same rules as the forms, and a preview says what each would do (add, or
 * nothing because it is already there) or why it is refused, before anything is saved. The
 * import then runs in the background, each row in a transaction of its own through the services
 * the forms use, so each record made is audited as when it is typed; importing the same files
 * again changes nothing.
 */
package care.alliance.clinicimport;
