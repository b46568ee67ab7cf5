/**
 * The working relationship between a client and their team: the client's brief check-ins after a
 * session on agreement about goals, about tasks, and the bond; the possible ruptures those
 * check-ins reveal; and the repairs the team logs.
 */
package care.alliance.relationship;
