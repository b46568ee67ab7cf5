/**
 * Emergency access pages: the form on which a clinician off a client's team breaks the glass, with
 * a reason, after the plan has been refused to them.
 */
package care.alliance.web.emergency;
