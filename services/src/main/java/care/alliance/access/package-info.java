/**
 * Who may do what, for whom: the one home of Alliance's authorization policy. A role says what
 * kind of thing a person may do; current care-team membership says for which clients.
 */
package care.alliance.access;
