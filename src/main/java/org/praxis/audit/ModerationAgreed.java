package org.praxis.audit;

/**
 * A moderator agreed an audit's final grade, after grading it blind; the audit counts as moderated from now on.
 * {@code auditorGrade} is the auditor's own (null if they gave none): when the two differ, the practitioner whose case
 * it is, their team's managers and the auditor hear of it. Carries the case reference and grades only.
 */
public record ModerationAgreed(
        long auditId,
        String caseReference,
        Grade finalGrade,
        long moderatorUserId,
        Grade auditorGrade,
        Long workerStaffId,
        Long teamId,
        Long auditorUserId) {

    public boolean differs() {
        return finalGrade != auditorGrade;
    }
}
