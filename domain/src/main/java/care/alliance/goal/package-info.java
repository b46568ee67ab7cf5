/**
 * Goals set together: proposed in the client's words, agreed by the client and the owning
 * disciplines, revised with reasons, and followed through to achieved or discontinued.
 */
package care.alliance.goal;
