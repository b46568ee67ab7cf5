/**
 * The FHIR R4 export of a client's plan (HAPI FHIR structures): the plan as the caller may read it
 * through the plan's own services, mapped to Patient, CareTeam, CarePlan, Goal, Provenance,
 * QuestionnaireResponse and Observation in one Bundle. The export is a plan operation of its own,
 * checked by the policy and audited; psychotherapy notes and the team's private notes are never read.
 */
package care.alliance.fhir;
