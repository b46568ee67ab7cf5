/**
 * Measurement-based care: the standard questionnaires a client fills in (PHQ-9, GAD-7), their
 * scores and severity bands, the safety flag PHQ-9 item 9 raises for the team at once, how often
 * each is due, and the episode's treat-to-target reading (baseline, latest, response, remission,
 * not improving).
 */
package care.alliance.measure;
