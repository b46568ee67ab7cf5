/**
 * What clinic IT's monitoring reads at {@code /metrics}: how long each page and each API operation
 * takes, named by the page or the operation's template, never by an address with a record's
 * number in it; and who may read it (the machine itself, or the addresses clinic IT names). The
 * product's own counters are in the services ({@code care.alliance.monitoring}).
 */
package care.alliance.web.monitoring;
