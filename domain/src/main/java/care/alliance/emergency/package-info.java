/**
 * Emergency access ("break the glass"): a clinician who is not on a client's care team opens the
 * client's plan in an emergency by stating why. The access lasts a limited time set by the clinic,
 * lets its holder read the plan but never change it, and is shown to the client's team, to the
 * client and to the privacy officer with its reason. It does not set aside the client's consent.
 */
package care.alliance.emergency;
