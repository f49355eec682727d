package org.praxis.identity;

import java.util.Optional;

/**
 * Rules about one record, written once: may this person open this case, this audit, this action. Modules look up
 * the facts a rule needs (whose case, who audited it) and ask here; a "no" becomes a {@link RecordRefused}.
 * Role sets for whole screens are in {@link Policies}.
 */
public final class RecordAccess {

    /** What a person may do with an audit. */
    public enum AuditAccess {
        EDIT,
        READ,
        REPLY
    }

    /** The people an audit concerns. */
    public record AuditParties(Long auditorUserId, Long workerStaffId, Long teamId, boolean submitted) {}

    /**
     * Cases: QA leads and leaders see every team's; managers and practitioners their own team's. Administrators
     * see none (least privilege: the access log, not the cases), whatever other role they hold.
     */
    public static boolean mayOpenCase(CurrentUser user, Long caseTeamId) {
        if (mayOpenEveryTeamsCases(user)) {
            return true;
        }
        return (user.has(Role.MANAGER) || user.has(Role.PRACTITIONER)) && user.inScope(caseTeamId);
    }

    /** True when the user's case lists must be limited to their own team. */
    public static boolean casesLimitedToOwnTeam(CurrentUser user) {
        return !mayOpenEveryTeamsCases(user);
    }

    /** QA leads and leaders: every team's cases. An administrator sees council-wide counts, never the cases. */
    public static boolean mayOpenEveryTeamsCases(CurrentUser user) {
        return user.has(Role.QA_LEAD) || user.has(Role.LEADER);
    }

    /** Withdrawing a register snapshot imported by mistake: QA leads ({@link Policies#QA_LEADS}). */
    public static boolean mayWithdrawSnapshots(CurrentUser user) {
        return user.has(Role.QA_LEAD);
    }

    /**
     * Audits: the auditor edits until submitted, then reads; QA leads read; once submitted, the practitioner whose
     * case it is may reply and their team manager reads.
     */
    public static Optional<AuditAccess> audit(CurrentUser user, AuditParties audit) {
        if (audit.auditorUserId() != null && audit.auditorUserId() == user.userId()) {
            return Optional.of(audit.submitted() ? AuditAccess.READ : AuditAccess.EDIT);
        }
        if (user.has(Role.QA_LEAD)) {
            return Optional.of(AuditAccess.READ);
        }
        if (audit.submitted() && user.staffId() != null && user.staffId().equals(audit.workerStaffId())) {
            return Optional.of(AuditAccess.REPLY);
        }
        if (audit.submitted() && user.has(Role.MANAGER) && user.inScope(audit.teamId())) {
            return Optional.of(AuditAccess.READ);
        }
        return Optional.empty();
    }

    /** Raising an action from a submitted audit: its auditor or a QA lead. */
    public static boolean mayRaiseActionFrom(CurrentUser user, AuditParties audit) {
        return audit.submitted()
                && (user.has(Role.QA_LEAD)
                        || (audit.auditorUserId() != null && audit.auditorUserId() == user.userId()));
    }

    /** Moderation: a QA lead who did not do the audit (the second look must be someone else's). */
    public static boolean mayModerate(CurrentUser user, AuditParties audit) {
        return user.has(Role.QA_LEAD) && (audit.auditorUserId() == null || audit.auditorUserId() != user.userId());
    }

    /** Actions: the owner, the owner's team manager, QA leads and leaders. */
    public static boolean mayOpenAction(CurrentUser user, long ownerUserId, Long ownerTeamId) {
        return ownerUserId == user.userId()
                || user.has(Role.QA_LEAD)
                || user.has(Role.LEADER)
                || (user.has(Role.MANAGER) && user.inScope(ownerTeamId));
    }

    /** Actions: as above, and the person who raised it (an auditor outside the owner's team follows it up). */
    public static boolean mayOpenAction(CurrentUser user, long ownerUserId, Long ownerTeamId, Long raisedByUserId) {
        return mayOpenAction(user, ownerUserId, ownerTeamId)
                || (raisedByUserId != null && raisedByUserId == user.userId());
    }

    /** Staff records: every team's for the council-wide roles, their own team's for managers and practitioners. */
    /**
     * Learning reviews and what cites them (the same roles as {@link Policies#LEARNING_READERS}): staff who work in,
     * lead or train practice; never administrators alone or visitors.
     */
    public static boolean mayReadLearning(CurrentUser user) {
        return user.has(Role.QA_LEAD)
                || user.has(Role.LEADER)
                || user.has(Role.MANAGER)
                || user.has(Role.PRACTITIONER)
                || user.has(Role.LEARNING_LEAD);
    }

    /**
     * A quarterly practice assurance report: the QA lead and leaders read every version, drafts too; a committee member
     * only published ones, which are frozen.
     */
    public static boolean mayReadAssuranceReport(CurrentUser user, boolean published) {
        return user.has(Role.QA_LEAD) || user.has(Role.LEADER) || (published && user.has(Role.COMMITTEE_MEMBER));
    }

    /**
     * The annual health check of the council as an employer (the same roles as {@link Policies#HEALTH_CHECK_READERS}):
     * figures for the whole council and for teams large enough, so those who lead, manage or train staff.
     */
    public static boolean mayReadHealthCheck(CurrentUser user) {
        return user.has(Role.QA_LEAD)
                || user.has(Role.LEADER)
                || user.has(Role.MANAGER)
                || user.has(Role.LEARNING_LEAD);
    }

    public static boolean mayOpenStaffRecord(CurrentUser user, Long staffTeamId) {
        return user.canSeeTeam(staffTeamId);
    }

    /**
     * A team's training (who still needs a course, who is overdue): the council-wide roles and the learning and
     * development lead for every team, a team manager for their own.
     */
    public static boolean mayOpenTeamTraining(CurrentUser user, Long teamId) {
        return user.has(Role.LEARNING_LEAD)
                || user.has(Role.QA_LEAD)
                || user.has(Role.LEADER)
                || (user.has(Role.MANAGER) && user.inScope(teamId));
    }

    /**
     * A supervision session's record: only the supervisee, the supervisor and the supervisee's managers (a team manager
     * whose scope holds the supervisee's team). Not the quality assurance lead or leaders, who see compliance only.
     */
    public static boolean mayReadSupervision(
            CurrentUser user, long superviseeStaffId, long supervisorStaffId, Long superviseeTeamId) {
        var staffId = user.staffId();
        return (staffId != null && (staffId == superviseeStaffId || staffId == supervisorStaffId))
                || (user.has(Role.MANAGER) && user.inScope(superviseeTeamId));
    }

    /** Recording a supervision session for someone: their team manager, or the quality assurance lead for anyone. */
    public static boolean mayRecordSupervisionFor(CurrentUser user, Long superviseeTeamId) {
        return user.has(Role.QA_LEAD) || (user.has(Role.MANAGER) && user.inScope(superviseeTeamId));
    }

    /** Named workers' caseloads: the quality assurance lead for every team, a team manager for their own teams. */
    public static boolean maySeeCaseloads(CurrentUser user, Long teamId) {
        return user.has(Role.QA_LEAD) || (user.has(Role.MANAGER) && user.inScope(teamId));
    }

    /**
     * A complaint, compliment or enquiry ({@link Policies#COMPLAINT_READERS}): the complaints manager, QA leads and
     * leaders every one; a team manager those about their teams; a practitioner only compliments about them.
     */
    public static boolean mayReadComplaint(CurrentUser user, Long teamId, Long staffId, boolean compliment) {
        if (user.has(Role.COMPLAINTS_MANAGER) || user.has(Role.QA_LEAD) || user.has(Role.LEADER)) {
            return true;
        }
        if (user.has(Role.MANAGER) && teamId != null && user.inScope(teamId)) {
            return true;
        }
        return compliment && staffId != null && staffId.equals(user.staffId());
    }

    /** The complainant's name and contact details: only the complaints manager, whoever else reads the complaint. */
    public static boolean maySeeComplainant(CurrentUser user) {
        return user.has(Role.COMPLAINTS_MANAGER);
    }

    private RecordAccess() {}
}
