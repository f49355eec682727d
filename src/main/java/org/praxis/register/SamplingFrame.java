package org.praxis.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.praxis.identity.CurrentUser;
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
    private final CaseRegister register;

    SamplingFrame(JdbcClient jdbc, CaseRegister register) {
        this.jdbc = jdbc;
        this.register = register;
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
        var snapshot = jdbc.sql("select id, as_at from register_snapshot where source = :source"
                        + " order by id desc fetch first 1 rows only")
                .param("source", criteria.adults() ? "ADULTS" : "ANNEX_A")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getObject(2, LocalDate.class)})
                .optional();
        if (snapshot.isEmpty()) {
            return Optional.empty();
        }
        long snapshotId = (Long) snapshot.get()[0];
        // The reference is read only when some are to be left out: a million strings cost more than the rest.
        boolean references = !leaveOut.isEmpty();
        // Likewise the case type, read only when the sample is stratified by it.
        var sql = new StringBuilder("select c.id, c.team_id" + (withCaseTypes ? ", c.case_type" : "")
                + (references ? ", c.case_reference" : "")
                + " from register_case c");
        var params = new ArrayList<Object>();
        if (criteria.serviceAreaId() != null) {
            sql.append(" join team t on t.id = c.team_id and t.service_area_id = ?");
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
        var typeNames = new java.util.HashMap<String, String>();
        int[] leftOut = {0};
        jdbc.sql(sql.toString()).params(params).withFetchSize(50_000).query((java.sql.ResultSet rs) -> {
            if (references && leaveOut.contains(rs.getString(withCaseTypes ? 4 : 3))) {
                leftOut[0]++;
                return;
            }
            ids.add(rs.getLong(1));
            teams.add(rs.getLong(2));
            if (withCaseTypes) {
                types.add(typeNames.computeIfAbsent(rs.getString(3), t -> t));
            }
        });
        return Optional.of(new Population(
                snapshotId,
                (LocalDate) snapshot.get()[1],
                ids.toArray(),
                teams.toArray(),
                withCaseTypes ? types.toArray(String[]::new) : null,
                leftOut[0]));
    }

    /** Team names by id, for naming strata. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> teamNames() {
        var names = new java.util.HashMap<Long, String>();
        jdbc.sql("select id, name from team").query((java.sql.ResultSet rs) -> {
            names.put(rs.getLong(1), rs.getString(2));
        });
        return names;
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
                            from register_case c left join team t on t.id = c.team_id
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

    /** A growable array of longs: a million boxed Longs would be four times the memory. */
    private static final class LongList {
        private long[] values = new long[1024];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }

    /**
     * The case as the auditor, moderator, manager or practitioner sees it beside the audit. Written to the access
     * log in the caller's transaction; refused (and logged) outside the user's teams.
     */
    @Transactional
    public Optional<CaseSummary> summary(long caseId, CurrentUser user) {
        return register.view(caseId, user).map(v -> {
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
}
