/**
 * Psychiatric case review: the team's psychiatric consultant reviews a client's course (usually
 * from the registry, when the client is not improving), records that the review took place, and
 * writes recommendations for the team's primary care clinician, who prescribes. Primary care
 * accepts, adapts or declines each one; an open recommendation stays in sight until it is answered.
 * Medication matters are the prescribers': the psychiatrist recommends and primary care answers,
 * the rest of the team reads them.
 */
package care.alliance.review;
