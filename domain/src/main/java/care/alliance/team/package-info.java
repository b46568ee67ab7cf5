/**
 * Care teams: the clinicians around one client, by discipline and role on the team, over time.
 * Membership of a client's team is what lets a clinician see that client.
 */
package care.alliance.team;
