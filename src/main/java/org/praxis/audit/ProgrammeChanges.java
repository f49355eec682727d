package org.praxis.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.StaffAccounts;
import org.praxis.register.SamplingFrame;
import org.praxis.standards.CareService;
import org.praxis.web.Refused;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A programme after its draw, as it goes in real life: an audit given to another auditor, a case taken out (the
 * worker left, the case was wrongly recorded) with or without a replacement drawn from the same stratum with the
 * programme's seed. Each change is written with who, when and why, in the same transaction as the change.
 */
@Service
public class ProgrammeChanges {

    /** A change as the programme page lists it: people by name. */
    public record Change(
            String kind,
            long auditId,
            String reference,
            String from,
            String to,
            Long replacementAuditId,
            String replacementReference,
            Long seed,
            String reason,
            String by,
            LocalDateTime at) {}

    /** An auditor's outstanding audits across every programme, and whether that is over the workload limit. */
    public record Workload(int outstanding, int limit) {
        public boolean over() {
            return outstanding > limit;
        }
    }

    /** The audit a change is made to. */
    private record Target(
            long id,
            long programmeId,
            String reference,
            String stratum,
            String status,
            Long auditorUserId,
            Long teamId,
            Long workerStaffId) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final StaffAccounts accounts;
    private final SamplingFrame frame;
    private final AuditProgrammes programmes;
    private final int workloadLimit;

    ProgrammeChanges(
            JdbcClient jdbc,
            Clock clock,
            StaffAccounts accounts,
            SamplingFrame frame,
            AuditProgrammes programmes,
            @Value("${praxis.audit.auditor-workload-limit:12}") int workloadLimit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.accounts = accounts;
        this.frame = frame;
        this.programmes = programmes;
        this.workloadLimit = workloadLimit;
    }

    /** An audit of the programme as the change page shows it. */
    record AuditInProgramme(
            long id,
            String reference,
            String teamName,
            String stratum,
            String status,
            Long auditorUserId,
            Long teamId,
            Long workerStaffId) {}

    @Transactional(readOnly = true)
    java.util.Optional<AuditInProgramme> audit(long programmeId, long auditId) {
        return jdbc.sql("""
                        select id, case_reference, team_name, stratum, status, auditor_user_id, team_id, worker_staff_id
                        from audit where id = ? and programme_id = ?
                        """)
                .params(auditId, programmeId)
                .query((rs, n) -> new AuditInProgramme(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getObject(6, Long.class),
                        rs.getObject(7, Long.class),
                        rs.getObject(8, Long.class)))
                .optional();
    }

    /** Auditors (of any programme) free of this audit's case, other than its own, the least loaded first. */
    @Transactional(readOnly = true)
    public List<Long> auditorsFreeOf(long programmeId, long auditId) {
        var audit = audit(programmeId, auditId).orElseThrow(org.praxis.web.NotFound::new);
        var c = new AuditorAssignment.Case(0, audit.teamId(), audit.workerStaffId());
        var eligible = accounts.auditors(AuditPages.AUDITOR_ROLES);
        var wider = accounts.widerTeams(
                eligible.stream().map(StaffAccounts.StaffAccount::userId).toList());
        var loads = workloads();
        return eligible.stream()
                .filter(a -> audit.auditorUserId() == null || a.userId() != audit.auditorUserId())
                .filter(a -> AuditorAssignment.mayAudit(
                        new AuditorAssignment.Auditor(
                                a.userId(),
                                a.teamId(),
                                a.staffId(),
                                1,
                                wider.getOrDefault(a.userId(), java.util.Set.of())),
                        c))
                .sorted(java.util.Comparator.comparingInt((StaffAccounts.StaffAccount a) ->
                        workload(loads, a.userId()).outstanding()))
                .map(StaffAccounts.StaffAccount::userId)
                .toList();
    }

    public int workloadLimit() {
        return workloadLimit;
    }

    /** Audits not yet submitted, by auditor, across every programme. */
    @Transactional(readOnly = true)
    public Map<Long, Workload> workloads() {
        var found = new HashMap<Long, Workload>();
        jdbc.sql("""
                        select auditor_user_id, count(*) from audit
                        where status in ('ASSIGNED', 'IN_PROGRESS') and auditor_user_id is not null
                        group by auditor_user_id
                        """).query(rs -> {
            found.put(rs.getLong(1), new Workload(rs.getInt(2), workloadLimit));
        });
        return found;
    }

    public Workload workload(Map<Long, Workload> all, long userId) {
        return all.getOrDefault(userId, new Workload(0, workloadLimit));
    }

    /** Gives an audit not yet submitted to another auditor, who must be free of the case. */
    @Transactional
    public void reassign(long auditId, long toUserId, String reason, CurrentUser by) {
        var audit = openTarget(auditId);
        if (audit.auditorUserId() != null && audit.auditorUserId() == toUserId) {
            throw new Refused("auditor", "Choose a different auditor: this audit is already theirs");
        }
        var auditor = auditorFor(audit.programmeId(), toUserId);
        if (!AuditorAssignment.mayAudit(
                auditor, new AuditorAssignment.Case(0, audit.teamId(), audit.workerStaffId()))) {
            throw new Refused(
                    "auditor",
                    "Choose someone else: this case is in their own team or on their own caseload, and nobody audits"
                            + " their own team’s cases");
        }
        jdbc.sql("update audit set auditor_user_id = ?, lock_version = lock_version + 1 where id = ?")
                .params(toUserId, auditId)
                .update();
        record(audit, "REASSIGNED", audit.auditorUserId(), toUserId, null, null, reason, by);
    }

    /** Takes a case out of the sample: the audit stays, marked removed, and the stratum's sample is one smaller. */
    @Transactional
    public void remove(long auditId, String reason, CurrentUser by) {
        var audit = openTarget(auditId);
        markRemoved(audit);
        jdbc.sql("update audit_stratum set sampled = sampled - 1 where programme_id = ? and stratum = ?")
                .params(audit.programmeId(), audit.stratum())
                .update();
        record(audit, "REMOVED", audit.auditorUserId(), null, null, null, reason, by);
    }

    /**
     * Takes a case out and draws another from the same stratum of the same register snapshot, with a seed made from
     * the programme's recorded seed and the replacement's number: the same programme, in the same state, draws the same
     * replacement. The replacement goes to the same auditor if they are free of it, otherwise to the programme's
     * auditor with the fewest audits who is.
     */
    @Transactional
    public long replace(long auditId, String reason, CurrentUser by) {
        var audit = openTarget(auditId);
        var programme = programmes.programme(audit.programmeId()).orElseThrow();
        var row = jdbc.sql("""
                        select case_types, team_ids, created_at, snapshot_id, service_area_id
                        from audit_programme where id = ?
                        """)
                .param(audit.programmeId())
                .query((rs, n) -> new Object[] {
                    rs.getString(1), rs.getString(2), rs.getTimestamp(3), rs.getLong(4), rs.getObject(5, Long.class)
                })
                .single();
        long snapshotId = (Long) row[3];
        var criteria = new SamplingFrame.Criteria(
                programme.service() == CareService.ADULTS,
                (Long) row[4],
                split((String) row[0]),
                split((String) row[1]).stream().map(Long::valueOf).toList(),
                programme.openOn().equals(programme.registerAsAt()) ? null : programme.openOn());
        var leaveOut = leaveOut(audit.programmeId(), (Timestamp) row[2], programme.excludeMonths());
        var population = frame.populationOf(
                        snapshotId, criteria, leaveOut, programme.stratifyBy() == Stratification.CASE_TYPE)
                .orElseThrow(() -> new Refused("The register this programme was drawn from is no longer held"));
        var stratumOf = programmes.strataOf(programme.stratifyBy(), population);
        var candidates = new ArrayList<Integer>();
        for (int i = 0; i < population.size(); i++) {
            if (stratumOf.apply(i).equals(audit.stratum())) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            throw new Refused("No other case in the group “" + audit.stratum()
                    + "” is left to draw. Remove the case without a replacement.");
        }
        int number = jdbc.sql("select count(*) from audit_change where programme_id = ? and kind = 'REPLACED'")
                        .param(audit.programmeId())
                        .query(Integer.class)
                        .single()
                + 1;
        long seed = programme.seed() + number;
        int pick = candidates.get(new SplittableRandom(seed).nextInt(candidates.size()));
        var chosen = frame.cases(new long[] {population.caseIds()[pick]}).getFirst();
        long auditorId = replacementAuditor(audit, chosen);
        markRemoved(audit);
        long replacement = insertAudit(audit, chosen, auditorId);
        record(audit, "REPLACED", audit.auditorUserId(), auditorId, replacement, seed, reason, by);
        return replacement;
    }

    /** The programme's changes, oldest first, people by name. */
    @Transactional(readOnly = true)
    public List<Change> changes(long programmeId) {
        var rows = jdbc.sql("""
                        select c.kind, c.audit_id, a.case_reference, c.from_user_id, c.to_user_id,
                            c.replacement_audit_id, r.case_reference, c.replacement_seed, c.reason,
                            c.changed_by_user_id, c.changed_at
                        from audit_change c join audit a on a.id = c.audit_id
                            left join audit r on r.id = c.replacement_audit_id
                        where c.programme_id = ? order by c.changed_at, c.id
                        """)
                .param(programmeId)
                .query((rs, n) -> new Object[] {
                    rs.getString(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getObject(4, Long.class),
                    rs.getObject(5, Long.class),
                    rs.getObject(6, Long.class),
                    rs.getString(7),
                    rs.getObject(8, Long.class),
                    rs.getString(9),
                    rs.getLong(10),
                    rs.getTimestamp(11).toLocalDateTime()
                })
                .list();
        var ids = new HashSet<Long>();
        for (var r : rows) {
            for (int i : new int[] {3, 4, 9}) {
                if (r[i] != null) {
                    ids.add((Long) r[i]);
                }
            }
        }
        var names = accounts.byIds(ids);
        java.util.function.Function<Object, String> name = id -> id == null
                ? null
                : names.containsKey((Long) id) ? names.get((Long) id).name() : "Former user";
        return rows.stream()
                .map(r -> new Change(
                        (String) r[0],
                        (Long) r[1],
                        (String) r[2],
                        name.apply(r[3]),
                        name.apply(r[4]),
                        (Long) r[5],
                        (String) r[6],
                        (Long) r[7],
                        (String) r[8],
                        name.apply(r[9]),
                        (LocalDateTime) r[10]))
                .toList();
    }

    private Target openTarget(long auditId) {
        var audit = jdbc.sql("""
                        select id, programme_id, case_reference, stratum, status, auditor_user_id, team_id,
                            worker_staff_id
                        from audit where id = ?
                        """)
                .param(auditId)
                .query((rs, n) -> new Target(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getObject(6, Long.class),
                        rs.getObject(7, Long.class),
                        rs.getObject(8, Long.class)))
                .optional()
                .orElseThrow(org.praxis.web.NotFound::new);
        if (!audit.status().equals("ASSIGNED") && !audit.status().equals("IN_PROGRESS")) {
            throw new Refused("Only an audit not yet submitted can be changed: this one is "
                    + switch (audit.status()) {
                        case "REMOVED" -> "already out of the sample";
                        default -> "submitted";
                    });
        }
        return audit;
    }

    /** The auditor as the conflict rule needs them: an eligible auditor (leader, QA lead, or peer auditor). */
    private AuditorAssignment.Auditor auditorFor(long programmeId, long userId) {
        var account = accounts.auditors(AuditPages.AUDITOR_ROLES).stream()
                .filter(a -> a.userId() == userId)
                .findFirst()
                .orElseThrow(() -> new Refused("auditor", "Choose an auditor from the list"));
        boolean inPool = jdbc.sql("select count(*) from audit_programme_auditor where programme_id = ? and user_id = ?")
                        .params(programmeId, userId)
                        .query(Integer.class)
                        .single()
                > 0;
        if (!inPool) {
            jdbc.sql("insert into audit_programme_auditor (programme_id, user_id, staff_id, team_id, capacity)"
                            + " values (?, ?, ?, ?, 1)")
                    .params(programmeId, userId, account.staffId(), account.teamId())
                    .update();
        }
        return new AuditorAssignment.Auditor(
                userId,
                account.teamId(),
                account.staffId(),
                1,
                accounts.widerTeams(List.of(userId)).getOrDefault(userId, java.util.Set.of()));
    }

    private long replacementAuditor(Target audit, SamplingFrame.FrameCase chosen) {
        var pool = jdbc.sql("""
                        select p.user_id, p.team_id, p.staff_id,
                            (select count(*) from audit a where a.programme_id = p.programme_id
                                and a.auditor_user_id = p.user_id and a.status <> 'REMOVED') as load
                        from audit_programme_auditor p where p.programme_id = ?
                        order by case when p.user_id = ? then 0 else 1 end, load, p.user_id
                        """)
                .params(audit.programmeId(), audit.auditorUserId() == null ? -1L : audit.auditorUserId())
                .query((rs, n) -> new AuditorAssignment.Auditor(
                        rs.getLong(1), rs.getObject(2, Long.class), rs.getObject(3, Long.class), 1))
                .list();
        var c = new AuditorAssignment.Case(chosen.id(), chosen.teamId(), chosen.staffId());
        var wider = accounts.widerTeams(
                pool.stream().map(AuditorAssignment.Auditor::userId).toList());
        return pool.stream()
                .map(a -> new AuditorAssignment.Auditor(
                        a.userId(), a.teamId(), a.staffId(), 1, wider.getOrDefault(a.userId(), java.util.Set.of())))
                .filter(a -> AuditorAssignment.mayAudit(a, c))
                .findFirst()
                .map(AuditorAssignment.Auditor::userId)
                .orElseThrow(() -> new Refused("The case drawn as the replacement is in the team of every auditor in"
                        + " the programme. Add an auditor from another team by giving them an audit, then try again."));
    }

    private void markRemoved(Target audit) {
        jdbc.sql("update audit set status = 'REMOVED', lock_version = lock_version + 1 where id = ?")
                .param(audit.id())
                .update();
    }

    private long insertAudit(Target removed, SamplingFrame.FrameCase c, long auditorId) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into audit (programme_id, case_id, case_reference, case_type, team_id, team_name,
                            worker_staff_id, stratum, gender, ethnicity, disability, auditor_user_id, status, updated_at)
                        values (:programme, :case, :reference, :type, :team, :teamName, :worker, :stratum, :gender,
                            :ethnicity, :disability, :auditor, 'ASSIGNED', :at)
                        """)
                .param("programme", removed.programmeId())
                .param("case", c.id())
                .param("reference", c.reference())
                .param("type", c.caseType())
                .param("team", c.teamId())
                .param("teamName", c.teamName())
                .param("worker", c.staffId())
                .param("stratum", removed.stratum())
                .param("gender", c.gender())
                .param("ethnicity", c.ethnicity())
                .param("disability", c.disability())
                .param("auditor", auditorId)
                .param("at", Timestamp.from(clock.instant()))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /**
     * Cases a replacement may not be: those already in the programme (removed ones too), and those in programmes set
     * up in the months the programme left out before it was drawn. Both are fixed once written, so the draw repeats.
     */
    private java.util.Set<String> leaveOut(long programmeId, Timestamp createdAt, int months) {
        var out = new HashSet<>(jdbc.sql("select case_reference from audit where programme_id = ?")
                .param(programmeId)
                .query(String.class)
                .list());
        if (months > 0) {
            var since = Timestamp.valueOf(createdAt.toLocalDateTime().minusMonths(months));
            out.addAll(
                    jdbc.sql("""
                            select distinct a.case_reference from audit a join audit_programme p on p.id = a.programme_id
                            where p.created_at >= ? and p.created_at < ? and a.status <> 'REMOVED'
                            """).params(since, createdAt).query(String.class).list());
        }
        return out;
    }

    private void record(
            Target audit, String kind, Long from, Long to, Long replacement, Long seed, String reason, CurrentUser by) {
        jdbc.sql("""
                        insert into audit_change (programme_id, audit_id, kind, from_user_id, to_user_id,
                            replacement_audit_id, replacement_seed, reason, changed_by_user_id, changed_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        audit.programmeId(),
                        audit.id(),
                        kind,
                        from,
                        to,
                        replacement,
                        seed,
                        reason,
                        by.userId(),
                        Timestamp.from(clock.instant()))
                .update();
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : List.of(joined.split(","));
    }
}
