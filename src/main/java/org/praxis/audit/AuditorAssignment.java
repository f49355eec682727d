package org.praxis.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Shares sampled cases among a pool of auditors: never a case from the auditor's own team or own caseload, never
 * beyond an auditor's capacity, and the load kept even (each auditor's share of their capacity as equal as it can
 * be). The cases with fewest possible auditors are placed first so that they are not left without one.
 */
final class AuditorAssignment {

    /**
     * @param widerTeams teams beyond their own that the auditor looks after (a service manager's scope): their own
     *     too, for the conflict rule
     */
    record Auditor(long userId, Long teamId, Long staffId, int capacity, java.util.Set<Long> widerTeams) {
        Auditor(long userId, Long teamId, Long staffId, int capacity) {
            this(userId, teamId, staffId, capacity, java.util.Set.of());
        }
    }

    record Case(long caseId, Long teamId, Long workerStaffId) {}

    record Result(Map<Long, Long> auditorByCase, List<Case> unassigned) {}

    static boolean mayAudit(Auditor auditor, Case c) {
        boolean ownTeam = (auditor.teamId() != null && Objects.equals(auditor.teamId(), c.teamId()))
                || (c.teamId() != null && auditor.widerTeams().contains(c.teamId()));
        boolean ownCaseload = auditor.staffId() != null && Objects.equals(auditor.staffId(), c.workerStaffId());
        return !ownTeam && !ownCaseload;
    }

    static Result assign(List<Case> cases, List<Auditor> auditors) {
        var load = new HashMap<Long, Integer>();
        auditors.forEach(a -> load.put(a.userId(), 0));
        var eligible = new HashMap<Long, List<Auditor>>();
        for (var c : cases) {
            eligible.put(
                    c.caseId(), auditors.stream().filter(a -> mayAudit(a, c)).toList());
        }
        var ordered = new ArrayList<>(cases);
        ordered.sort(
                Comparator.comparingInt((Case c) -> eligible.get(c.caseId()).size())
                        .thenComparingLong(Case::caseId));
        var chosen = new HashMap<Long, Long>();
        var unassigned = new ArrayList<Case>();
        for (var c : ordered) {
            Auditor best = null;
            for (var a : eligible.get(c.caseId())) {
                int used = load.get(a.userId());
                if (used >= a.capacity()) {
                    continue;
                }
                if (best == null || lighter(a, used, best, load.get(best.userId()))) {
                    best = a;
                }
            }
            if (best == null) {
                unassigned.add(c);
            } else {
                chosen.put(c.caseId(), best.userId());
                load.merge(best.userId(), 1, Integer::sum);
            }
        }
        return new Result(chosen, unassigned);
    }

    /** Whether a is the better choice: a smaller share of capacity used, then fewer cases, then the lower id. */
    private static boolean lighter(Auditor a, int aUsed, Auditor b, int bUsed) {
        long left = (long) aUsed * b.capacity();
        long right = (long) bUsed * a.capacity();
        if (left != right) {
            return left < right;
        }
        if (aUsed != bUsed) {
            return aUsed < bUsed;
        }
        return a.userId() < b.userId();
    }

    private AuditorAssignment() {}
}
