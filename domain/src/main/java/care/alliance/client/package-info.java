/** The person in care and how they want to be addressed. */
package care.alliance.client;
