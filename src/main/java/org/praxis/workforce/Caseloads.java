package org.praxis.workforce;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import org.praxis.accesslog.AccessLog;
import org.praxis.organisation.JobRole;
import org.praxis.organisation.OrganisationDirectory;
import org.praxis.register.SamplingFrame;
import org.praxis.workforce.WorkforceFigures.CaseloadSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open cases per allocated worker, from the register's live snapshots (held in memory: counting a million cases takes
 * milliseconds), against each job role's threshold. Named workers only for those who may see them; the reads of named
 * caseloads are in the access log.
 */
@Service
@Transactional(readOnly = true)
class Caseloads {

    /** A worker's open cases now, and their role's threshold. */
    record Worker(long staffId, String fullName, Long teamId, JobRole jobRole, int openCases, int threshold) {

        public boolean over() {
            return openCases > threshold;
        }
    }

    private final SamplingFrame frame;
    private final OrganisationDirectory organisation;
    private final WorkforcePolicy policy;
    private final AccessLog accessLog;

    Caseloads(SamplingFrame frame, OrganisationDirectory organisation, WorkforcePolicy policy, AccessLog accessLog) {
        this.frame = frame;
        this.organisation = organisation;
        this.policy = policy;
        this.accessLog = accessLog;
    }

    /** Every worker with at least one open case (those with no staff record left out). */
    private List<Worker> workers(java.util.Map<Long, Integer> counts) {
        var staff = new HashMap<Long, OrganisationDirectory.StaffRecord>();
        organisation.staffRecords().forEach(s -> staff.put(s.id(), s));
        var workers = new ArrayList<Worker>();
        counts.forEach((id, n) -> {
            var s = staff.get(id);
            if (id != 0 && s != null) {
                workers.add(new Worker(
                        id, s.fullName(), s.teamId(), s.jobRole(), n, policy.caseloadThreshold(s.jobRole())));
            }
        });
        return workers;
    }

    /** The named workers of these teams, most cases first; each team's read is written to the access log. */
    @Transactional
    List<Worker> namedIn(Collection<Long> teamIds) {
        teamIds.stream().sorted().forEach(team -> accessLog.viewed("Team caseloads", team));
        return workers(frame.openCasesByWorker()).stream()
                .filter(w -> w.teamId() != null && teamIds.contains(w.teamId()))
                .sorted(Comparator.comparingInt(Worker::openCases).reversed().thenComparing(Worker::fullName))
                .toList();
    }

    /** Workers over their threshold in every team (the QA lead's list), most over first; the read is logged. */
    @Transactional
    List<Worker> overThreshold() {
        accessLog.viewed("Caseloads over threshold", "council");
        return workers(frame.openCasesByWorker()).stream()
                .filter(Worker::over)
                .sorted(Comparator.comparingInt((Worker w) -> w.openCases() - w.threshold())
                        .reversed()
                        .thenComparing(Worker::fullName))
                .toList();
    }

    /** Counts only: the council first (teamId null), then each team with workers by name. */
    List<CaseloadSummary> summary() {
        var counts = frame.openCasesByWorker();
        var workers = workers(counts);
        var teams = organisation.teams();
        var byTeam = new HashMap<Long, int[]>();
        for (var w : workers) {
            var c = byTeam.computeIfAbsent(w.teamId() == null ? -1L : w.teamId(), k -> new int[3]);
            c[0] += w.openCases();
            c[1]++;
            c[2] += w.over() ? 1 : 0;
        }
        int open = counts.values().stream().mapToInt(Integer::intValue).sum();
        int unallocated = counts.getOrDefault(0L, 0);
        var result = new ArrayList<CaseloadSummary>();
        result.add(new CaseloadSummary(
                null,
                "Council",
                open,
                workers.size(),
                (int) workers.stream().filter(Worker::over).count(),
                unallocated));
        byTeam.entrySet().stream()
                .filter(e -> e.getKey() != -1L)
                .map(e -> new CaseloadSummary(
                        e.getKey(),
                        teams.containsKey(e.getKey()) ? teams.get(e.getKey()).name() : "",
                        e.getValue()[0],
                        e.getValue()[1],
                        e.getValue()[2],
                        0))
                .sorted(Comparator.comparing(CaseloadSummary::teamName))
                .forEach(result::add);
        return result;
    }
}
