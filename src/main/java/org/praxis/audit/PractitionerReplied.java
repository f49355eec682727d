package org.praxis.audit;

/** The practitioner whose case was audited replied to the audit; the auditor hears of it. */
public record PractitionerReplied(long auditId, String caseReference, Long auditorUserId) {}
