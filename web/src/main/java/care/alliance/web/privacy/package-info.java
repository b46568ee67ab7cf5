/**
 * The privacy officer's review of the audit: the search page, its table paged by the server, and
 * the CSV export of what a search matches. What may be read, and the record of each reading, is
 * the services' (care.alliance.audit.AuditSearch).
 */
package care.alliance.web.privacy;
