/**
 * Enrolment pages, for care managers and clinic IT: registering a client and forming a client's
 * care team. The services decide who may, for which team.
 */
package care.alliance.web.enrolment;
