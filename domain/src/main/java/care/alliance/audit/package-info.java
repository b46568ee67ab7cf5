/** The append-only record of every access to clinical data, allowed or refused. */
package care.alliance.audit;
