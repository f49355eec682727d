package org.praxis.audit;

/**
 * An auditor submitted an audit: the practitioner whose case it is and their team's managers hear of it. Carries
 * the case reference only, never what the audit says.
 */
public record AuditSubmitted(long auditId, String caseReference, Long workerStaffId, Long teamId) {}
