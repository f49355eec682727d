package org.praxis.workforce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workforce figures for a period (usually the year of an annual health check), council-wide and team by team:
 * supervision compliance, caseloads, and the workforce picture. Counts and rates only: no names, so a report may show
 * them to anyone who may read the report. Published for the health check (issue 16 §4).
 */
@Service
public class WorkforceFigures {

    /** A period of days, both ends included. */
    public record Period(LocalDate from, LocalDate to) {

        public Period {
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("A period must end on or after its first day");
            }
        }

        /** The twelve months ending on this day. */
        public static Period yearTo(LocalDate last) {
            return new Period(last.minusYears(1).plusDays(1), last);
        }
    }

    /**
     * Supervision against the policy for a team, or the council (teamId null).
     *
     * @param staff staff in post at the period's end
     * @param upToDate of those, how many had had one-to-one supervision within their interval on the period's last day
     * @param sessionsExpected one-to-one sessions the policy called for in the period (each person's time in post
     *     divided by their interval)
     * @param sessionsHeld one-to-one sessions held in the period, counting no more for a person than they were due
     * @param otherSessions group supervision and reflective practice sessions held in the period
     */
    public record SupervisionCompliance(
            Long teamId,
            String teamName,
            int staff,
            int upToDate,
            int sessionsExpected,
            int sessionsHeld,
            int otherSessions) {

        /** Share of staff up to date, 0 to 1; null with no staff. */
        public Double upToDateShare() {
            return staff == 0 ? null : (double) upToDate / staff;
        }

        /** Share of expected sessions held, 0 to 1; null when none were expected. */
        public Double heldShare() {
            return sessionsExpected == 0 ? null : (double) sessionsHeld / sessionsExpected;
        }
    }

    /**
     * Open cases by allocated worker, for a team (by the worker's team) or the council (teamId null), now: the register
     * holds today's cases, not a year's.
     *
     * @param workers workers with at least one open case
     * @param workersOver workers whose open cases are over their job role's threshold
     * @param unallocated open cases with no matched worker (council-wide only; 0 for a team)
     */
    public record CaseloadSummary(
            Long teamId, String teamName, int openCases, int workers, int workersOver, int unallocated) {

        public Double averagePerWorker() {
            return workers == 0 ? null : (double) openCases / workers;
        }
    }

    /**
     * The workforce of a team, or the council (teamId null), for the period.
     *
     * @param headcount staff in post on the period's last day
     * @param fte their full-time equivalents (HR's figure; 1 for anyone HR has not given one)
     * @param fteAssumed how many of them were counted as full time because HR has not given a figure
     * @param posts the establishment (funded posts, FTE); null when none has been entered
     * @param vacancies posts less the FTE of permanent staff (agency and bank staff fill vacancies, they do not end
     *     them); null without an establishment
     * @param agency agency staff in post
     * @param bank bank staff in post
     * @param daysLost working days lost to sickness in spells that began in the period
     * @param permanentLeavers permanent staff who left in the period
     * @param averagePermanentHeadcount permanent staff in post, the mean of the first and last days
     */
    public record WorkforceSummary(
            Long teamId,
            String teamName,
            int headcount,
            BigDecimal fte,
            int fteAssumed,
            BigDecimal posts,
            BigDecimal vacancies,
            int agency,
            int bank,
            BigDecimal daysLost,
            int permanentLeavers,
            double averagePermanentHeadcount) {

        /** Agency and bank staff as a share of headcount, 0 to 1; null with nobody in post. */
        public Double agencyAndBankShare() {
            return headcount == 0 ? null : (double) (agency + bank) / headcount;
        }

        /** Working days lost per FTE, to one decimal place; null with no FTE. */
        public BigDecimal daysLostPerFte() {
            return fte.signum() == 0 ? null : daysLost.divide(fte, 1, RoundingMode.HALF_UP);
        }

        /** Permanent staff turnover: leavers over the average permanent headcount, 0 to 1; null with none. */
        public Double turnover() {
            return averagePermanentHeadcount == 0 ? null : permanentLeavers / averagePermanentHeadcount;
        }

        /** Vacancies over posts, 0 to 1; null without an establishment. */
        public Double vacancyRate() {
            return posts == null || posts.signum() == 0 || vacancies == null
                    ? null
                    : vacancies.doubleValue() / posts.doubleValue();
        }
    }

    /**
     * Apprentices and newly qualified social workers in post on the period's last day, and professional development
     * for staff in unqualified roles (family support workers, social care assessors, reablement officers and
     * apprentices) from the training module's attendance.
     *
     * @param apprenticesByProgress apprentices by HR's progress ("On track", "Behind", ...; "Not recorded")
     * @param apprenticesByCohort apprentices by cohort ("2025"; "Not recorded")
     * @param unqualifiedWithTraining staff in unqualified roles who attended at least one session in the period
     */
    public record Development(
            int apprentices,
            Map<String, Integer> apprenticesByProgress,
            Map<String, Integer> apprenticesByCohort,
            int newlyQualified,
            int unqualifiedStaff,
            int unqualifiedWithTraining) {}

    /** Everything for a period: the council's figures first, then one per team with staff or cases. */
    public record Figures(
            Period period,
            List<SupervisionCompliance> supervision,
            List<CaseloadSummary> caseloads,
            List<WorkforceSummary> workforce,
            Development development) {}

    private final SupervisionStatus supervision;
    private final Caseloads caseloads;
    private final WorkforcePicture picture;

    WorkforceFigures(SupervisionStatus supervision, Caseloads caseloads, WorkforcePicture picture) {
        this.supervision = supervision;
        this.caseloads = caseloads;
        this.picture = picture;
    }

    /** Supervision compliance for the period: the council first (teamId null), then each team by name. */
    @Transactional(readOnly = true)
    public List<SupervisionCompliance> supervision(Period period) {
        return supervision.compliance(period);
    }

    /** Caseloads as the register holds them now: the council first, then each team by name. */
    @Transactional(readOnly = true)
    public List<CaseloadSummary> caseloads() {
        return caseloads.summary();
    }

    /** The workforce for the period: the council first, then each team by name. */
    @Transactional(readOnly = true)
    public List<WorkforceSummary> workforce(Period period) {
        return picture.summaries(period);
    }

    @Transactional(readOnly = true)
    public Development development(Period period) {
        return picture.development(period);
    }

    /** All of the above for the period, in one call. */
    @Transactional(readOnly = true)
    public Figures figures(Period period) {
        return new Figures(period, supervision(period), caseloads(), workforce(period), development(period));
    }
}
