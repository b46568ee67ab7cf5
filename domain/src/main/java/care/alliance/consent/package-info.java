/**
 * The client's consent: which parts of their plan are sensitive (substance use under 42 CFR Part 2,
 * sexual and reproductive health, HIV, trauma) and which disciplines of their team may see each.
 * Until the client decides, the clinic's defaults apply; each decision is kept with its date and
 * who recorded it.
 */
package care.alliance.consent;
