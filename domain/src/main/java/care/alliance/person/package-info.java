/** What every person in Alliance has, client or staff: a name. */
package care.alliance.person;
