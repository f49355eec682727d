package org.praxis.audit;

/** A moderator agreed an audit's final grade, after grading it blind; the audit counts as moderated from now on. */
public record ModerationAgreed(long auditId, String caseReference, Grade finalGrade, long moderatorUserId) {}
