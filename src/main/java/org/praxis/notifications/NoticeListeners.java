package org.praxis.notifications;

import java.util.ArrayList;
import java.util.List;
import org.praxis.actions.ActionFoundOverdue;
import org.praxis.actions.ActionMoved;
import org.praxis.actions.ActionRaised;
import org.praxis.actions.ActionStatus;
import org.praxis.audit.AuditOverdue;
import org.praxis.audit.AuditSubmitted;
import org.praxis.audit.AuditsEscalated;
import org.praxis.audit.ModerationAgreed;
import org.praxis.audit.PractitionerReplied;
import org.praxis.complaints.ComplaintResponseDue;
import org.praxis.complaints.ComplimentReceived;
import org.praxis.identity.Role;
import org.praxis.identity.StaffAccounts;
import org.praxis.surveys.SurveyInvitationsSent;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns what happened in other modules into notices for the people concerned. Each listener runs after the change
 * has committed, in its own transaction; an event whose listener failed, or had not run when the instance stopped,
 * is handed to it again on the next start (decision 0016).
 */
@Component
class NoticeListeners {

    private final Notices notices;
    private final StaffAccounts accounts;

    NoticeListeners(Notices notices, StaffAccounts accounts) {
        this.notices = notices;
        this.accounts = accounts;
    }

    @ApplicationModuleListener
    void auditSubmitted(AuditSubmitted event) {
        var told = new ArrayList<>(accounts.accountsOf(event.workerStaffId()));
        told.addAll(accounts.managersOf(event.teamId()));
        notices.tell(
                told,
                "An audit of case " + event.caseReference() + " has been submitted. Read it and reply.",
                "/audit/audits/" + event.auditId());
    }

    /** A moderated grade that differs from the auditor's changes what the audit says: those it concerns are told. */
    @ApplicationModuleListener
    void moderationAgreed(ModerationAgreed event) {
        if (!event.differs()) {
            return;
        }
        var told = new ArrayList<>(accounts.accountsOf(event.workerStaffId()));
        told.addAll(accounts.managersOf(event.teamId()));
        if (event.auditorUserId() != null) {
            told.add(event.auditorUserId());
        }
        notices.tell(
                told.stream().distinct().toList(),
                "After moderation, the agreed grade of the audit of case " + event.caseReference() + " is "
                        + event.finalGrade().label()
                        + (event.auditorGrade() == null
                                ? ""
                                : " (the auditor’s was " + event.auditorGrade().label() + ")")
                        + ". Read why on the audit.",
                "/audit/audits/" + event.auditId());
    }

    @ApplicationModuleListener
    void practitionerReplied(PractitionerReplied event) {
        if (event.auditorUserId() != null) {
            notices.tell(
                    List.of(event.auditorUserId()),
                    "The practitioner replied to your audit of case " + event.caseReference() + ".",
                    "/audit/audits/" + event.auditId());
        }
    }

    @ApplicationModuleListener
    void auditOverdue(AuditOverdue event) {
        notices.tell(
                List.of(event.auditorUserId()),
                "Your audit of case " + event.caseReference() + " (" + event.programme() + ") was due on "
                        + event.dueDate().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy"))
                        + ". Submit it, or tell the QA lead if you cannot.",
                "/audit/audits/" + event.auditId());
    }

    /** Long-overdue audits go to every QA lead, one message per programme. */
    @ApplicationModuleListener
    void auditsEscalated(AuditsEscalated event) {
        notices.tell(
                accounts.withAnyRole(java.util.Set.of(Role.QA_LEAD)).stream()
                        .map(StaffAccounts.StaffAccount::userId)
                        .toList(),
                event.audits() + (event.audits() == 1 ? " audit" : " audits") + " of " + event.programme()
                        + " not submitted " + event.afterDays() + " days or more after the due date. Reassign them or"
                        + " chase the auditors.",
                "/audit/programmes/" + event.programmeId());
    }

    @ApplicationModuleListener
    void actionRaised(ActionRaised event) {
        notices.tell(
                List.of(event.ownerUserId()),
                "You have a new action: " + event.title(),
                "/actions/" + event.actionId());
    }

    @ApplicationModuleListener
    void actionMoved(ActionMoved event) {
        if (event.to() == ActionStatus.DONE) {
            notices.tell(
                    accounts.managersOf(event.ownerTeamId()),
                    "An action is done and waits for verification: " + event.title(),
                    "/actions/" + event.actionId());
        }
        if (event.to() == ActionStatus.RETURNED) {
            notices.tell(
                    List.of(event.ownerUserId()),
                    "An action was returned to you: " + event.title(),
                    "/actions/" + event.actionId());
        }
    }

    @ApplicationModuleListener
    void actionFoundOverdue(ActionFoundOverdue event) {
        var told = new ArrayList<Long>();
        told.add(event.ownerUserId());
        told.addAll(accounts.managersOf(event.ownerTeamId()));
        notices.tell(told, "An action is overdue: " + event.title(), "/actions/" + event.actionId());
    }

    /** Those asked to answer a survey (or reminded) are told where; never who has answered. */
    @ApplicationModuleListener
    void surveyInvitationsSent(SurveyInvitationsSent event) {
        notices.tell(
                event.userIds(),
                (event.reminder() ? "A reminder: please answer" : "You are asked to answer") + " the staff survey "
                        + event.title() + " by "
                        + event.closesOn().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy"))
                        + ". Your answers are anonymous.",
                "/surveys/" + event.surveyId() + "/answer");
    }

    /** A compliment about a team: its managers, and the worker it names, are told (never who paid it). */
    @ApplicationModuleListener
    void complimentReceived(ComplimentReceived event) {
        var told = new ArrayList<>(accounts.managersOf(event.teamId()));
        if (event.staffId() != null) {
            told.addAll(accounts.accountsOf(event.staffId()));
        }
        notices.tell(
                told.stream().distinct().toList(),
                "A compliment was received about " + (event.staffId() != null ? "you and " : "") + event.teamName()
                        + ".",
                "/complaints/" + event.complaintId());
    }

    /** A stage of a complaint is due soon or overdue: the complaints managers are told. */
    @ApplicationModuleListener
    void complaintResponseDue(ComplaintResponseDue event) {
        notices.tell(
                event.userIds(),
                "Complaint " + event.complaintId() + ", stage " + event.stage() + ": "
                        + (event.overdue() ? "overdue since " : "due by ")
                        + (event.dueOn() == null
                                ? "the date agreed"
                                : event.dueOn().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy")))
                        + ".",
                "/complaints/" + event.complaintId());
    }
}
