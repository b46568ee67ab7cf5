/** Progress on goals: check-ins with a rating and a note, and targets reached. */
package care.alliance.progress;
