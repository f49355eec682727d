package org.praxis.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.praxis.identity.CurrentUser;
import org.praxis.organisation.OrganisationDirectory;
import org.praxis.register.snapshots.CaseRegister;
import org.praxis.register.snapshots.HeldSnapshots;
import org.praxis.register.snapshots.LongList;
import org.praxis.web.Option;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register as the sampling frame for audits: the cases of the latest snapshot that match a programme's
 * population, and one case's summary for the auditor (written to the access log like any other case view).
 */
@Service
public class SamplingFrame {

    /** Which cases a programme's population holds. Null or empty filters match every case. */
    public record Criteria(
            boolean adults,
            Long serviceAreaId,
            Collection<String> caseTypes,
            Collection<Long> teamIds,
            LocalDate openOn) {}

    /** One case in the frame: only what sampling, assignment and fairness analysis need. */
    public record FrameCase(
            long id,
            String reference,
            String caseType,
            Long teamId,
            String teamName,
            Long staffId,
            String gender,
            String ethnicity,
            String disability) {}

    /**
     * The matching cases, in case reference order, as parallel arrays: a million cases take a few tens of
     * megabytes and one pass, and only the sampled ones are read in full afterwards ({@link #cases}).
     *
     * @param teamIds the case's team, 0 when its team was not matched
     * @param caseTypes the case type's constant name; null unless asked for
     * @param leftOut how many matching cases were left out because their reference was in the leave-out set
     */
    public record Population(
            long snapshotId, LocalDate asAt, long[] caseIds, long[] teamIds, String[] caseTypes, int leftOut) {

        public int size() {
            return caseIds.length;
        }
    }

    /** What the auditor sees of the case: no names, an age band, the episodes in brief. */
    public record CaseSummary(
            String reference,
            String mainInvolvement,
            boolean open,
            String team,
            String worker,
            String ageBand,
            String gender,
            String ethnicity,
            String disability,
            LocalDate asAt,
            List<String> episodes) {}

    private final JdbcClient jdbc;

    private final OpenCasesBySnapshot openCases;

    /** The last caseload count and the live snapshots (with their revisions) it was counted from. */
    private record ByWorker(java.util.Map<String, HeldSnapshots.Snapshot> live, java.util.Map<Long, Integer> counts) {}

    private volatile ByWorker byWorker;

    private final CaseRegister register;
    private final HeldSnapshots snapshots;

    private final OrganisationDirectory organisation;

    SamplingFrame(
            JdbcClient jdbc,
            CaseRegister register,
            HeldSnapshots snapshots,
            OrganisationDirectory organisation,
            OpenCasesBySnapshot openCases) {
        this.jdbc = jdbc;
        this.openCases = openCases;
        this.organisation = organisation;
        this.register = register;
        this.snapshots = snapshots;
    }

    public List<Option> caseTypeOptions(boolean adults) {
        return Arrays.stream(CaseType.values())
                .filter(t -> t.adults() == adults)
                .map(t -> new Option(t.name(), t.label()))
                .toList();
    }

    public List<Option> serviceAreaOptions() {
        return register.serviceAreaOptions();
    }

    public static String caseTypeLabel(String name) {
        return Arrays.stream(CaseType.values())
                .filter(t -> t.name().equals(name))
                .map(CaseType::label)
                .findFirst()
                .orElse(name);
    }

    /**
     * The matching cases of the latest snapshot of the children's or adults' register, in case reference order so
     * that a seeded sample drawn from them can be drawn again, less those whose reference is in {@code leaveOut}.
     * Empty when nothing has been imported.
     */
    @Transactional(readOnly = true)
    public Optional<Population> population(Criteria criteria, Set<String> leaveOut, boolean withCaseTypes) {
        var source = criteria.adults() ? HeldSnapshots.ADULTS : HeldSnapshots.CHILDREN;
        return snapshots
                .latest(source)
                .map(snapshot -> criteria.openOn() == null
                        ? fromHeldCopy(snapshots.copy(source, snapshot), snapshot, criteria, leaveOut, withCaseTypes)
                        // Whether a case was open on a day depends on its episodes, which the held copy leaves out.
                        : fromDatabase(snapshot, criteria, leaveOut, withCaseTypes));
    }

    private Population fromHeldCopy(
            HeldSnapshots.Copy copy,
            HeldSnapshots.Snapshot snapshot,
            Criteria criteria,
            Set<String> leaveOut,
            boolean withCaseTypes) {
        long[] teamsWanted = teamsWanted(criteria);
        boolean[] typesWanted = typesWanted(criteria.caseTypes());
        long[] leaveOutIds = idsOf(snapshot.id(), leaveOut);
        var ids = new LongList();
        var teams = new LongList();
        var types = new ArrayList<String>();
        var typeNames = CaseType.values();
        int leftOut = 0;
        for (int i = 0; i < copy.caseIds().length; i++) {
            if ((teamsWanted != null && Arrays.binarySearch(teamsWanted, copy.teamIds()[i]) < 0)
                    || (typesWanted != null && !typesWanted[copy.caseTypes()[i]])) {
                continue;
            }
            if (Arrays.binarySearch(leaveOutIds, copy.caseIds()[i]) >= 0) {
                leftOut++;
                continue;
            }
            ids.add(copy.caseIds()[i]);
            teams.add(copy.teamIds()[i]);
            if (withCaseTypes) {
                types.add(typeNames[copy.caseTypes()[i]].name());
            }
        }
        return new Population(
                snapshot.id(),
                snapshot.asAt(),
                ids.toArray(),
                teams.toArray(),
                withCaseTypes ? types.toArray(String[]::new) : null,
                leftOut);
    }

    /** The team ids a case must have, sorted; null when any team (or none) will do. */
    private long[] teamsWanted(Criteria criteria) {
        boolean byTeam = criteria.teamIds() != null && !criteria.teamIds().isEmpty();
        if (criteria.serviceAreaId() == null && !byTeam) {
            return null;
        }
        var wanted = criteria.serviceAreaId() == null
                ? new java.util.HashSet<Long>(criteria.teamIds())
                : new java.util.HashSet<Long>(organisation.teamIdsIn(List.of(criteria.serviceAreaId()), false));
        if (criteria.serviceAreaId() != null && byTeam) {
            wanted.retainAll(criteria.teamIds());
        }
        return wanted.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    /** Which case types (by ordinal) a case may have; null when any will do. Unknown names match nothing. */
    private static boolean[] typesWanted(Collection<String> names) {
        if (names == null || names.isEmpty()) {
            return null;
        }
        var wanted = new boolean[CaseType.values().length];
        for (var type : CaseType.values()) {
            wanted[type.ordinal()] = names.contains(type.name());
        }
        return wanted;
    }

    /** The ids, sorted, of the snapshot's cases with these references. */
    private long[] idsOf(long snapshotId, Set<String> references) {
        var ids = new LongList();
        var all = new ArrayList<>(references);
        for (int from = 0; from < all.size(); from += 500) {
            jdbc.sql("select id from register_case where snapshot_id = :snapshot and case_reference in (:references)")
                    .param("snapshot", snapshotId)
                    .param("references", all.subList(from, Math.min(all.size(), from + 500)))
                    .query((java.sql.ResultSet rs) -> {
                        ids.add(rs.getLong(1));
                    });
        }
        var sorted = ids.toArray();
        Arrays.sort(sorted);
        return sorted;
    }

    /** {@link #population} read straight from the database, as for a population open on a day: for tests. */
    @Transactional(readOnly = true)
    Optional<Population> populationFromDatabase(Criteria criteria, Set<String> leaveOut, boolean withCaseTypes) {
        return snapshots
                .latest(criteria.adults() ? HeldSnapshots.ADULTS : HeldSnapshots.CHILDREN)
                .map(snapshot -> fromDatabase(snapshot, criteria, leaveOut, withCaseTypes));
    }

    private Population fromDatabase(
            HeldSnapshots.Snapshot snapshot, Criteria criteria, Set<String> leaveOut, boolean withCaseTypes) {
        long snapshotId = snapshot.id();
        long[] leaveOutIds = idsOf(snapshotId, leaveOut);
        // The case type is read only when the sample is stratified by it.
        var sql = new StringBuilder(
                "select c.id, c.team_id" + (withCaseTypes ? ", c.case_type" : "") + " from register_case c");
        var params = new ArrayList<Object>();
        if (criteria.serviceAreaId() != null) {
            sql.append(" join team_directory t on t.id = c.team_id and t.service_area_id = ?");
            params.add(criteria.serviceAreaId());
        }
        sql.append(" where c.snapshot_id = ?");
        params.add(snapshotId);
        if (criteria.teamIds() != null && !criteria.teamIds().isEmpty()) {
            sql.append(" and c.team_id in (")
                    .append(placeholders(criteria.teamIds().size()))
                    .append(")");
            params.addAll(criteria.teamIds());
        }
        if (criteria.caseTypes() != null && !criteria.caseTypes().isEmpty()) {
            sql.append(" and c.case_type in (")
                    .append(placeholders(criteria.caseTypes().size()))
                    .append(")");
            params.addAll(criteria.caseTypes());
        }
        if (criteria.openOn() != null) {
            // Open on the day: an episode had started and had not ended.
            sql.append(" and exists (select 1 from register_episode e where e.snapshot_id = c.snapshot_id"
                    + " and e.case_reference = c.case_reference and e.start_date <= ?"
                    + " and (e.end_date is null or e.end_date >= ?))");
            params.add(criteria.openOn());
            params.add(criteria.openOn());
        }
        // Cases are written in case reference order, so their ids keep that order: the primary key gives the same
        // order as sorting by reference, without a sort of the whole population.
        sql.append(" order by c.id");
        var ids = new LongList();
        var teams = new LongList();
        var types = new ArrayList<String>();
        var typeNames = new HashMap<String, String>();
        int[] leftOut = {0};
        jdbc.sql(sql.toString()).params(params).withFetchSize(50_000).query((java.sql.ResultSet rs) -> {
            if (Arrays.binarySearch(leaveOutIds, rs.getLong(1)) >= 0) {
                leftOut[0]++;
                return;
            }
            ids.add(rs.getLong(1));
            teams.add(rs.getLong(2));
            if (withCaseTypes) {
                types.add(typeNames.computeIfAbsent(rs.getString(3), t -> t));
            }
        });
        return new Population(
                snapshotId,
                snapshot.asAt(),
                ids.toArray(),
                teams.toArray(),
                withCaseTypes ? types.toArray(String[]::new) : null,
                leftOut[0]);
    }

    /**
     * The population of a given snapshot (the one a programme was drawn from), read from the database in case order:
     * what a replacement for a removed case is drawn from, so that a later import does not change it.
     */
    @Transactional(readOnly = true)
    public Optional<Population> populationOf(
            long snapshotId, Criteria criteria, Set<String> leaveOut, boolean withCaseTypes) {
        return register.snapshot(snapshotId)
                .map(s -> fromDatabase(
                        new HeldSnapshots.Snapshot(s.id(), s.asAt(), 0), criteria, leaveOut, withCaseTypes));
    }

    /** A case of the live register as another module links to it: its page and the team whose case it is. */
    public record LiveCase(long id, String reference, Long teamId) {}

    /**
     * The cases with these references in the live register (the latest snapshot of each source), by reference: what
     * a learning review or complaint links to. Whether the reader may open one is theirs to check.
     */
    @Transactional(readOnly = true)
    public java.util.Map<String, LiveCase> live(java.util.Collection<String> references) {
        var found = new java.util.HashMap<String, LiveCase>();
        var all = new ArrayList<>(new java.util.TreeSet<>(references));
        for (int from = 0; from < all.size(); from += 500) {
            jdbc.sql("select c.id, c.case_reference, c.team_id from register_case c where c.snapshot_id in "
                            + CaseRegister.LIVE + " and c.case_reference in (:references)")
                    .param("references", all.subList(from, Math.min(all.size(), from + 500)))
                    .query((rs, n) -> found.put(rs.getString(2), new LiveCase(rs.getLong(1), rs.getString(2), (Long)
                            rs.getObject(3, Long.class))))
                    .list();
        }
        return found;
    }

    /** The day the snapshot's register was correct on. */
    @Transactional(readOnly = true)
    public Optional<LocalDate> snapshotDate(long snapshotId) {
        return register.snapshot(snapshotId).map(CaseRegister.Snapshot::asAt);
    }

    /** The sampled cases in full, in the order of {@code ids}. */
    @Transactional(readOnly = true)
    public List<FrameCase> cases(long[] ids) {
        var found = new java.util.HashMap<Long, FrameCase>();
        for (int from = 0; from < ids.length; from += 500) {
            var chunk = new ArrayList<Long>();
            for (int i = from; i < Math.min(ids.length, from + 500); i++) {
                chunk.add(ids[i]);
            }
            jdbc.sql("""
                            select c.id, c.case_reference, c.case_type, c.team_id, coalesce(t.name, c.team_name),
                                c.staff_id, c.gender, c.ethnicity, c.disability
                            from register_case c left join team_directory t on t.id = c.team_id
                            where c.id in (:ids)
                            """)
                    .param("ids", chunk)
                    .query((rs, n) -> found.put(
                            rs.getLong(1),
                            new FrameCase(
                                    rs.getLong(1),
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getObject(4, Long.class),
                                    rs.getString(5),
                                    rs.getObject(6, Long.class),
                                    rs.getString(7),
                                    rs.getString(8),
                                    rs.getString(9))))
                    .list();
        }
        var ordered = new ArrayList<FrameCase>(ids.length);
        for (long id : ids) {
            ordered.add(found.get(id));
        }
        return ordered;
    }

    /**
     * The case as the auditor, moderator, manager or practitioner sees it beside the audit. Written to the access
     * log in the caller's transaction; refused (and logged) outside the user's teams.
     */
    @Transactional
    public Optional<CaseSummary> summary(long caseId, CurrentUser user) {
        return summary(caseId, user, false);
    }

    /** The same for the auditor assigned to an audit of the case, who may open it whatever their team scope. */
    @Transactional
    public Optional<CaseSummary> summary(long caseId, CurrentUser user, boolean auditorOfTheCase) {
        return register.view(caseId, user, auditorOfTheCase).map(v -> {
            var d = v.detail();
            return new CaseSummary(
                    d.reference(),
                    d.type().label(),
                    d.open(),
                    d.team(),
                    d.worker(),
                    d.ageBand(),
                    d.gender(),
                    d.ethnicity(),
                    d.disability(),
                    d.asAt(),
                    v.episodes().stream()
                            .map(e -> e.type().label()
                                    + (e.start() == null
                                            ? ""
                                            : " from " + e.start().format(RegisterController.DAY))
                                    + (e.end() == null ? "" : " to " + e.end().format(RegisterController.DAY)))
                            .toList());
        });
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    /**
     * Open cases per allocated worker across the live snapshots (children's and adults'), counted from the held
     * copies in one pass each, and kept until a live snapshot or its revision changes: counts, never cases. Cases with
     * no matched worker are counted under 0.
     */
    @Transactional(readOnly = true)
    public java.util.Map<Long, Integer> openCasesByWorker() {
        var live = snapshots.live();
        var known = byWorker;
        if (known != null && known.live().equals(live)) {
            return known.counts();
        }
        var counts = new HashMap<Long, Integer>();
        live.forEach((source, snapshot) -> {
            var copy = snapshots.copy(source, snapshot);
            long[] staff = copy.staffIds();
            boolean[] open = copy.open();
            for (int i = 0; i < staff.length; i++) {
                if (open[i]) {
                    counts.merge(staff[i], 1, Integer::sum);
                }
            }
        });
        byWorker = new ByWorker(live, java.util.Map.copyOf(counts));
        return byWorker.counts();
    }

    /** The open cases of one snapshot the register may show: adults' or children's, the day it was correct on. */
    public record OpenCaseCount(boolean adults, LocalDate asAt, long openCases) {}

    /**
     * How many cases were open in each snapshot the register may show, oldest first: the denominators of rates such as
     * complaints per 1,000 open cases, quarter by quarter. Counts, never cases.
     */
    @Transactional(readOnly = true)
    public List<OpenCaseCount> openCaseCounts() {
        record Shown(long id, int revision, String source, LocalDate asAt) {}
        return jdbc
                .sql("select id, revision, source, as_at from register_snapshot where " + CaseRegister.SHOWABLE
                        + " order by as_at, id")
                .query((rs, n) ->
                        new Shown(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getObject(4, LocalDate.class)))
                .list()
                .stream()
                .map(s -> new OpenCaseCount(
                        HeldSnapshots.ADULTS.equals(s.source()), s.asAt(), openCases.total(s.id(), s.revision())))
                .toList();
    }
}
