package org.praxis.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.praxis.documents.ReportPeriod;
import org.praxis.governance.CommitteeKind;
import org.praxis.governance.GovernanceRecords;
import org.praxis.governance.ReportStatus;
import org.praxis.governance.ResolutionKind;
import org.praxis.identity.Role;
import org.praxis.identity.StaffAccounts;
import org.springframework.stereotype.Component;

/**
 * The demo's governance, all made up but shaped like the seeds' scrutiny minutes: a scrutiny commission that asked
 * for information on bank staff and on sickness levels (both answered at its next meeting), for the Learning and
 * Development Manager to be invited (now overdue) and for a report back in six months (due at its next meeting); a
 * corporate parenting board and the leadership team; last quarter's practice assurance report published and this
 * quarter's in draft with some narrative.
 */
@Component
class GovernanceDemo {

    private static final String QA = "qa.lead";

    /** What the principal social worker wrote, by section; a section the demo does not know gets none. */
    private static final Map<String, String> NARRATIVE = Map.of(
            "register",
            "The register is the frame every audit is drawn from. Open cases were steady through the quarter.\n\n"
                    + "- Children in need and child protection numbers are within the range of the last year.\n"
                    + "- Adults’ long-term support continues to grow slowly.",
            "audit-findings",
            "## What audits found\n"
                    + "Most audited cases were graded good or better. Moderation keeps auditors’ grades honest: where"
                    + " the moderator disagreed, the agreed grade is the one reported.\n\n"
                    + "The weakest practice standard remains recording the child’s voice; the learning sessions on"
                    + " direct work are aimed at it.",
            "actions",
            "Actions from audits, reviews and the health check are tracked in one place. Overdue actions were"
                    + " escalated to heads of service at the performance meeting.",
            "practice-week",
            "Practice Week brought leaders, councillors and partners to the front line. Families’ feedback was"
                    + " overwhelmingly positive about being listened to.",
            "learning-reviews",
            "Recommendations from the local child safeguarding practice reviews are followed through to actions;"
                    + " the ones overdue are named in the actions section.",
            "workforce",
            "Supervision is mostly on time; three teams lapsed over the summer and have a recovery plan. Agency use"
                    + " fell for the second quarter running.");

    private final GovernanceRecords records;
    private final StaffAccounts accounts;
    private final Clock clock;

    GovernanceDemo(GovernanceRecords records, StaffAccounts accounts, Clock clock) {
        this.records = records;
        this.accounts = accounts;
        this.clock = clock;
    }

    void load() {
        var today = LocalDate.now(clock);
        long qaLead = userWith(Role.QA_LEAD);
        long leader = userWith(Role.LEADER);
        long learningLead = userWith(Role.LEARNING_LEAD);

        long scrutiny = records.committee(
                "Children, Young People and Education Scrutiny Commission", CommitteeKind.SCRUTINY, QA);
        long first = records.meeting(scrutiny, today.minusMonths(5));
        long second = records.meeting(scrutiny, today.minusMonths(2));
        long next = records.meeting(scrutiny, today.plusMonths(1));
        long workforce = records.agendaItem(first, "Social care workforce update");
        records.resolution(workforce, ResolutionKind.NOTED, "RESOLVED that the report be noted.", null, null, null, QA);
        long bank = records.resolution(
                workforce,
                ResolutionKind.INFORMATION,
                "AGREED that information on the use of bank staff be provided at a future meeting.",
                leader,
                second,
                null,
                QA);
        long sickness = records.resolution(
                workforce,
                ResolutionKind.INFORMATION,
                "AGREED that information on sickness levels be provided at a future meeting.",
                qaLead,
                second,
                null,
                QA);
        records.resolution(
                workforce,
                ResolutionKind.INVITATION,
                "AGREED that the Learning and Development Manager be invited to a future meeting.",
                learningLead,
                null,
                today.minusWeeks(3),
                QA);
        records.resolution(
                workforce,
                ResolutionKind.REPORT_BACK,
                "AGREED that a report on the workforce strategy come back to the Commission in six months.",
                leader,
                next,
                null,
                QA);
        records.answer(
                bank,
                today.minusMonths(2),
                "/workforce/picture",
                "Bank and agency staff by team were presented at the meeting.",
                QA);
        records.answer(
                sickness,
                today.minusMonths(2),
                null,
                "Sickness absence by service for the last four quarters was circulated with the agenda.",
                QA);
        long assurance = records.agendaItem(second, "Quarterly practice assurance report");
        records.resolution(
                assurance,
                ResolutionKind.NOTED,
                "RESOLVED that the practice assurance report be noted, and the Commission’s thanks be recorded.",
                null,
                null,
                null,
                QA);

        long board = records.committee("Corporate Parenting Board", CommitteeKind.CORPORATE_PARENTING, QA);
        long boardMeeting = records.meeting(board, today.minusMonths(1));
        long boardNext = records.meeting(board, today.plusMonths(2));
        long leavers = records.agendaItem(boardMeeting, "Care leavers’ accommodation");
        records.resolution(
                leavers,
                ResolutionKind.REPORT_BACK,
                "AGREED that the audit of pathway plans for care leavers be reported to the next meeting.",
                qaLead,
                boardNext,
                null,
                QA);
        records.committee("Children’s Services Leadership Team", CommitteeKind.LEADERSHIP_TEAM, QA);

        var last = ReportPeriod.lastEndedBy(today);
        long published = records.report(last, QA);
        for (var key : records.sectionKeys()) {
            if (NARRATIVE.containsKey(key)) {
                records.narrative(published, key, NARRATIVE.get(key), QA);
            }
        }
        records.moveTo(
                published,
                ReportStatus.PUBLISHED,
                "The complaints section had no narrative this quarter: the annual complaints report covers it.",
                QA,
                "leader");
        long draft = records.report(last.next(), QA);
        for (var key : List.of("audit-findings", "workforce")) {
            if (records.sectionKeys().contains(key)) {
                records.narrative(draft, key, NARRATIVE.get(key), QA);
            }
        }
    }

    private long userWith(Role role) {
        return accounts.withAnyRole(Set.of(role)).stream()
                .filter(a -> role != Role.LEADER || !a.username().equals(QA))
                .findFirst()
                .orElseThrow()
                .userId();
    }
}
