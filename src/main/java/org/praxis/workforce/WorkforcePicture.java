package org.praxis.workforce;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.praxis.organisation.EmploymentType;
import org.praxis.organisation.JobRole;
import org.praxis.organisation.OrganisationDirectory;
import org.praxis.organisation.OrganisationDirectory.StaffRecord;
import org.praxis.training.Attendance;
import org.praxis.workforce.WorkforceFigures.Development;
import org.praxis.workforce.WorkforceFigures.Period;
import org.praxis.workforce.WorkforceFigures.WorkforceSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workforce picture from staff records (role, team, employment type, start date) and HR's figures (FTE, leaving
 * dates, sickness, apprenticeships) with each team's establishment.
 */
@Service
@Transactional(readOnly = true)
class WorkforcePicture {

    /** Roles without a social work qualification, whose professional development the scrutiny commission asked about. */
    static final Set<JobRole> UNQUALIFIED = EnumSet.of(
            JobRole.FAMILY_SUPPORT_WORKER,
            JobRole.SOCIAL_CARE_ASSESSOR,
            JobRole.REABLEMENT_OFFICER,
            JobRole.SOCIAL_WORK_APPRENTICE);

    /** An apprentice in post, for the picture's list (names: the QA lead and leaders only). */
    record Apprentice(String fullName, Long teamId, String cohort, String university, String progress) {}

    private final OrganisationDirectory organisation;
    private final WorkforceRecords records;
    private final Attendance attendance;

    WorkforcePicture(OrganisationDirectory organisation, WorkforceRecords records, Attendance attendance) {
        this.organisation = organisation;
        this.records = records;
        this.attendance = attendance;
    }

    /** The council first (teamId null), then each team with anyone in post or an establishment, by name. */
    List<WorkforceSummary> summaries(Period period) {
        var details = records.staffDetails();
        var establishment = records.establishment();
        var lost = records.daysLostBetween(period.from(), period.to());
        var teams = organisation.teams();
        var council = new Tally();
        var byTeam = new HashMap<Long, Tally>();
        establishment.keySet().forEach(team -> byTeam.computeIfAbsent(team, k -> new Tally()));
        for (var s : organisation.staffRecords()) {
            var tallies = new ArrayList<Tally>(List.of(council));
            if (s.teamId() != null) {
                tallies.add(byTeam.computeIfAbsent(s.teamId(), k -> new Tally()));
            }
            tallies.forEach(t -> t.add(s, details, lost, period));
        }
        var result = new ArrayList<WorkforceSummary>();
        var allPosts = establishment.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        result.add(council.summary(null, "Council", establishment.isEmpty() ? null : allPosts));
        byTeam.entrySet().stream()
                .filter(e -> e.getValue().headcount > 0 || establishment.containsKey(e.getKey()))
                .map(e -> e.getValue()
                        .summary(
                                e.getKey(),
                                teams.containsKey(e.getKey())
                                        ? teams.get(e.getKey()).name()
                                        : "",
                                establishment.get(e.getKey())))
                .sorted(Comparator.comparing(WorkforceSummary::teamName))
                .forEach(result::add);
        return result;
    }

    Development development(Period period) {
        var details = records.staffDetails();
        var progress = new TreeMap<String, Integer>();
        var cohorts = new TreeMap<String, Integer>();
        int apprentices = 0;
        int newlyQualified = 0;
        var unqualifiedStaff = new java.util.ArrayList<Long>();
        for (var s : organisation.staffRecords()) {
            if (!InPost.on(s, details, period.to())) {
                continue;
            }
            if (s.jobRole() == JobRole.SOCIAL_WORK_APPRENTICE) {
                apprentices++;
                var hr = details.get(s.id());
                progress.merge(orNotRecorded(hr == null ? null : hr.apprenticeProgress()), 1, Integer::sum);
                cohorts.merge(orNotRecorded(hr == null ? null : hr.apprenticeCohort()), 1, Integer::sum);
            }
            if (s.jobRole() == JobRole.ASYE) {
                newlyQualified++;
            }
            if (UNQUALIFIED.contains(s.jobRole())) {
                unqualifiedStaff.add(s.id());
            }
        }
        // Who of them attended training in the period: one query for them all.
        int trained = attendance
                .attendedBetween(unqualifiedStaff, period.from(), period.to())
                .size();
        return new Development(apprentices, progress, cohorts, newlyQualified, unqualifiedStaff.size(), trained);
    }

    /** Apprentices in post today, by name, with HR's cohort, university and progress. */
    List<Apprentice> apprentices(java.time.LocalDate day) {
        var details = records.staffDetails();
        return organisation.staffRecords().stream()
                .filter(s -> s.jobRole() == JobRole.SOCIAL_WORK_APPRENTICE && InPost.on(s, details, day))
                .map(s -> {
                    var hr = details.get(s.id());
                    return new Apprentice(
                            s.fullName(),
                            s.teamId(),
                            orNotRecorded(hr == null ? null : hr.apprenticeCohort()),
                            orNotRecorded(hr == null ? null : hr.apprenticeUniversity()),
                            orNotRecorded(hr == null ? null : hr.apprenticeProgress()));
                })
                .sorted(Comparator.comparing(Apprentice::fullName))
                .toList();
    }

    private static String orNotRecorded(String text) {
        return text == null || text.isBlank() ? "Not recorded" : text;
    }

    private static final class Tally {
        int headcount;
        BigDecimal fte = BigDecimal.ZERO;
        BigDecimal permanentFte = BigDecimal.ZERO;
        int fteAssumed;
        int agency;
        int bank;
        BigDecimal daysLost = BigDecimal.ZERO;
        int leavers;
        int permanentAtStart;
        int permanentAtEnd;

        void add(
                StaffRecord s,
                Map<Long, WorkforceRecords.StaffDetails> details,
                Map<Long, BigDecimal> lost,
                Period period) {
            var hr = details.get(s.id());
            boolean permanent = s.employmentType() == EmploymentType.PERMANENT;
            daysLost = daysLost.add(lost.getOrDefault(s.id(), BigDecimal.ZERO));
            if (permanent
                    && hr != null
                    && hr.leftOn() != null
                    && !hr.leftOn().isBefore(period.from())
                    && !hr.leftOn().isAfter(period.to())) {
                leavers++;
            }
            if (permanent && InPost.on(s, details, period.from())) {
                permanentAtStart++;
            }
            if (!InPost.on(s, details, period.to())) {
                return;
            }
            headcount++;
            var personFte = hr == null ? BigDecimal.ONE : hr.fte();
            fteAssumed += hr == null ? 1 : 0;
            fte = fte.add(personFte);
            if (permanent) {
                permanentAtEnd++;
                permanentFte = permanentFte.add(personFte);
            }
            agency += s.employmentType() == EmploymentType.AGENCY ? 1 : 0;
            bank += s.employmentType() == EmploymentType.BANK ? 1 : 0;
        }

        WorkforceSummary summary(Long teamId, String name, BigDecimal posts) {
            var vacancies = posts == null ? null : posts.subtract(permanentFte).max(BigDecimal.ZERO);
            return new WorkforceSummary(
                    teamId,
                    name,
                    headcount,
                    fte,
                    fteAssumed,
                    posts,
                    vacancies,
                    agency,
                    bank,
                    daysLost,
                    leavers,
                    (permanentAtStart + permanentAtEnd) / 2.0);
        }
    }
}
