/** Tasks: the steps toward a goal, who does them and when, and the client's agreement to theirs. */
package care.alliance.task;
