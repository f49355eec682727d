package org.praxis.governance;

import java.time.LocalDate;
import java.util.List;
import org.praxis.documents.ReportPeriod;
import org.springframework.stereotype.Service;

/**
 * Committees, follow-ups and reports written directly, for the demo council and the benchmarks: the same rules as
 * the screens, with no signed-in person.
 */
@Service
public class GovernanceRecords {

    private final Committees committees;
    private final AssuranceReports reports;
    private final ReportComposition composition;

    GovernanceRecords(Committees committees, AssuranceReports reports, ReportComposition composition) {
        this.committees = committees;
        this.reports = reports;
        this.composition = composition;
    }

    public long committee(String name, CommitteeKind kind, String by) {
        return committees.addCommittee(name, kind, by);
    }

    public long meeting(long committeeId, LocalDate on) {
        return committees.addMeeting(committeeId, on);
    }

    public long agendaItem(long meetingId, String title) {
        return committees.addAgendaItem(meetingId, title);
    }

    /** A resolution; a follow-up due at a meeting ({@code dueMeetingId}) or by a date ({@code dueOn}). */
    public long resolution(
            long itemId,
            ResolutionKind kind,
            String wording,
            Long ownerUserId,
            Long dueMeetingId,
            LocalDate dueOn,
            String by) {
        return committees.resolve(
                itemId, new Committees.NewResolution(kind, wording, ownerUserId, dueMeetingId, dueOn), by);
    }

    public void answer(long resolutionId, LocalDate on, String link, String note, String by) {
        var followUp = committees.followUp(resolutionId).orElseThrow();
        committees.answer(resolutionId, on, link, note, followUp.lockVersion(), by);
    }

    /** The keys of every report section, in the report's order. */
    public List<String> sectionKeys() {
        return composition.keys();
    }

    public long report(ReportPeriod period, String by) {
        return reports.start(period, by);
    }

    public void narrative(long reportId, String sectionKey, String text, String by) {
        reports.saveNarrative(reportId, sectionKey, text, lockVersion(reportId), by);
    }

    /**
     * Moves a report on, through each step to the one asked for: review and publication by {@code by}, approval by
     * {@code approver} (someone other than who sent it for review).
     */
    public void moveTo(long reportId, ReportStatus status, String reason, String by, String approver) {
        for (var next : List.of(ReportStatus.REVIEW, ReportStatus.APPROVED, ReportStatus.PUBLISHED)) {
            reports.move(
                    reportId,
                    next,
                    next == ReportStatus.PUBLISHED ? reason : null,
                    lockVersion(reportId),
                    next == ReportStatus.APPROVED ? approver : by);
            if (next == status) {
                return;
            }
        }
    }

    private int lockVersion(long reportId) {
        return reports.lockVersionOf(reportId);
    }
}
