/** Notes of the care team on a client's plan and goals, and which of them the client reads. */
package care.alliance.note;
