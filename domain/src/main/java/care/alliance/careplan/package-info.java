/** The client's one shared care plan: concerns in the client's words, strengths, review date. */
package care.alliance.careplan;
