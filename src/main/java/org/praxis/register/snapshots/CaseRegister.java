package org.praxis.register.snapshots;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.praxis.accesslog.AccessLog;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.RecordAccess;
import org.praxis.identity.RecordRefused;
import org.praxis.organisation.OrganisationDirectory;
import org.praxis.register.CaseType;
import org.praxis.register.reading.Values;
import org.praxis.web.ListPage;
import org.praxis.web.Option;
import org.praxis.web.PageOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the register: the latest snapshot of each source, cases within the reader's team scope, and one case with
 * its episodes (that read is written to the access log in the same transaction).
 */
@Service
public class CaseRegister {

    public record Snapshot(
            long id,
            String source,
            LocalDate asAt,
            String importedBy,
            LocalDateTime importedAt,
            String fileHash,
            int caseCount,
            int episodeCount,
            LocalDateTime withdrawnAt,
            String withdrawnBy,
            String withdrawnReason,
            boolean awaitingConfirmation,
            List<Integer> listsNotProvided) {

        public boolean withdrawn() {
            return withdrawnAt != null;
        }

        /** "List 7 and List 8", for the notice that they were not provided. */
        public String listsNotProvidedText() {
            var names = listsNotProvided.stream().map(n -> "List " + n).toList();
            return names.size() <= 1
                    ? String.join("", names)
                    : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
        }
    }

    /**
     * A snapshot that may be the register: not withdrawn, and not waiting for a person to confirm a sharp change.
     */
    public static final String SHOWABLE = "withdrawn_at is null and awaiting_confirmation = false";

    /**
     * The snapshots the register shows: the newest of each source that was not withdrawn. Every query of "the
     * register as it is" reads cases of these.
     */
    public static final String LIVE = "(select max(id) from register_snapshot where " + SHOWABLE + " group by source)";

    public record Filter(
            Long serviceAreaId, Long teamId, Long staffId, CaseType type, boolean openOnly, String reference) {}

    public record CaseRow(
            long id,
            String reference,
            CaseType type,
            boolean open,
            String team,
            Long teamId,
            String worker,
            String ageBand) {}

    public record CaseDetail(
            long id,
            long snapshotId,
            LocalDate asAt,
            String reference,
            CaseType type,
            boolean open,
            String team,
            Long teamId,
            String worker,
            String gender,
            String ethnicity,
            String disability,
            String uasc,
            String ageBand) {}

    public record EpisodeRow(
            int listNumber,
            CaseType type,
            int sourceRow,
            LocalDate start,
            LocalDate end,
            LocalDate conference,
            LocalDate lastVisit,
            String team,
            String worker,
            String details) {

        /** "Heading: value" lines, coded values decoded through the code lists ("C2" reads "C2: Full care order"). */
        public List<String> detailLines() {
            if (details == null || details.isBlank()) {
                return List.of();
            }
            return java.util.Arrays.stream(details.strip().split("\n"))
                    .map(line -> {
                        int colon = line.indexOf(": ");
                        if (colon < 0) {
                            return line;
                        }
                        var heading = line.substring(0, colon);
                        var value = line.substring(colon + 2);
                        return org.praxis.register.CodeLists.forHeading(heading)
                                .flatMap(field -> org.praxis.register.CodeLists.known(field, value))
                                .map(label -> heading + ": " + label)
                                .orElse(line);
                    })
                    .toList();
        }
    }

    private final JdbcClient jdbc;
    private final OrganisationDirectory organisation;
    private final AccessLog accessLog;
    private final HeldSnapshots held;

    CaseRegister(JdbcClient jdbc, AccessLog accessLog, OrganisationDirectory organisation, HeldSnapshots held) {
        this.jdbc = jdbc;
        this.accessLog = accessLog;
        this.organisation = organisation;
        this.held = held;
    }

    private static final String SNAPSHOT_COLUMNS =
            "id, source, as_at, imported_by, imported_at, file_sha256, case_count, episode_count, withdrawn_at,"
                    + " withdrawn_by, withdrawn_reason, awaiting_confirmation, lists_not_provided";

    private Snapshot mapSnapshot(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Snapshot(
                rs.getLong("id"),
                rs.getString("source"),
                rs.getObject("as_at", LocalDate.class),
                rs.getString("imported_by"),
                rs.getTimestamp("imported_at").toLocalDateTime(),
                rs.getString("file_sha256"),
                rs.getInt("case_count"),
                rs.getInt("episode_count"),
                rs.getTimestamp("withdrawn_at") == null
                        ? null
                        : rs.getTimestamp("withdrawn_at").toLocalDateTime(),
                rs.getString("withdrawn_by"),
                rs.getString("withdrawn_reason"),
                rs.getBoolean("awaiting_confirmation"),
                listNumbers(rs.getString("lists_not_provided")));
    }

    /** The list numbers a snapshot stores as "7,8" (lists not provided); none for null. */
    public static List<Integer> listNumbers(String stored) {
        return stored == null || stored.isBlank()
                ? List.of()
                : java.util.Arrays.stream(stored.split(","))
                        .map(Integer::valueOf)
                        .toList();
    }

    /** The newest snapshot of each source that was not withdrawn: what the register shows. */
    @Transactional(readOnly = true)
    public List<Snapshot> latest() {
        return jdbc.sql("select " + SNAPSHOT_COLUMNS + " from register_snapshot where id in " + LIVE
                        + " order by source")
                .query(this::mapSnapshot)
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<Snapshot> snapshot(long id) {
        return jdbc.sql("select " + SNAPSHOT_COLUMNS + " from register_snapshot where id = ?")
                .param(id)
                .query(this::mapSnapshot)
                .optional();
    }

    /** The snapshot of the same source imported before this one and not withdrawn. */
    @Transactional(readOnly = true)
    public Optional<Snapshot> previous(Snapshot snapshot) {
        return jdbc.sql("select " + SNAPSHOT_COLUMNS
                        + " from register_snapshot where source = ? and id < ? and " + SHOWABLE
                        + " order by id desc fetch first 1 rows only")
                .params(snapshot.source(), snapshot.id())
                .query(this::mapSnapshot)
                .optional();
    }

    @Transactional(readOnly = true)
    public PageOf<Snapshot> snapshots(ListPage page) {
        var items = jdbc.sql("select " + SNAPSHOT_COLUMNS
                        + " from register_snapshot order by id desc offset ? rows fetch next ? rows only")
                .params(page.offset(), page.size())
                .query(this::mapSnapshot)
                .list();
        return page.of(
                items,
                jdbc.sql("select count(*) from register_snapshot")
                        .query(Long.class)
                        .single());
    }

    /**
     * Cases in the latest snapshots, within the user's team scope: the adults' cases, then the children's, each by
     * case reference. The filters and the count run over the copies held in memory (a million cases in a few
     * milliseconds, on any page); only the page's own rows are read from the database. A case reference is looked up
     * in the database directly, by its index.
     */
    @Transactional(readOnly = true)
    public PageOf<CaseRow> cases(Filter filter, CurrentUser user, ListPage page) {
        if (filter.reference() != null && !filter.reference().isBlank()) {
            return casesWithReference(filter, user, page);
        }
        long[] scope = scopeTeams(user);
        long[] areaTeams = filter.serviceAreaId() == null
                ? null
                : organisation.teamIdsIn(List.of(filter.serviceAreaId()), false).stream()
                        .mapToLong(Long::longValue)
                        .sorted()
                        .toArray();
        long first = page.offset();
        long matched = 0;
        var chosen = new ArrayList<Long>();
        for (var copy : liveCopies()) {
            long[] teams = copy.teamIds();
            for (int i = 0; i < teams.length; i++) {
                if ((scope != null && Arrays.binarySearch(scope, teams[i]) < 0)
                        || (filter.teamId() != null && teams[i] != filter.teamId())
                        || (areaTeams != null && Arrays.binarySearch(areaTeams, teams[i]) < 0)
                        || (filter.staffId() != null && copy.staffIds()[i] != filter.staffId())
                        || (filter.type() != null && !copy.hasEpisodeOf(i, filter.type()))
                        || (filter.openOnly() && !copy.open()[i])) {
                    continue;
                }
                if (matched >= first && chosen.size() < page.size()) {
                    chosen.add(copy.caseIds()[i]);
                }
                matched++;
            }
        }
        return page.of(casesWithIds(chosen), matched);
    }

    /** The copies of the snapshots the register shows, in the order of {@link #latest()}. */
    private List<HeldSnapshots.Copy> liveCopies() {
        var copies = new ArrayList<HeldSnapshots.Copy>();
        held.live().forEach((source, snapshot) -> copies.add(held.copy(source, snapshot)));
        return copies;
    }

    private static final String CASE_ROW_COLUMNS =
            "select c.id, c.case_reference, c.case_type, c.open_case, coalesce(t.name, c.team_name) as team,"
                    + " c.team_id, c.worker_name, c.age_band"
                    + " from register_case c left join team_directory t on t.id = c.team_id";

    private static CaseRow mapCaseRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new CaseRow(
                rs.getLong(1),
                rs.getString(2),
                CaseType.valueOf(rs.getString(3)),
                rs.getBoolean(4),
                rs.getString(5),
                rs.getObject(6, Long.class),
                rs.getString(7),
                rs.getString(8));
    }

    /** The cases with these ids, in the order given: one query for the page. */
    private List<CaseRow> casesWithIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var byId = new HashMap<Long, CaseRow>();
        jdbc.sql(CASE_ROW_COLUMNS + " where c.id in (:ids)")
                .param("ids", ids)
                .query(CaseRegister::mapCaseRow)
                .list()
                .forEach(row -> byId.put(row.id(), row));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /**
     * The teams whose cases the user's lists are limited to, sorted; null when they see every team's. A manager or
     * practitioner has their own team, or for a service manager several teams or a whole service (decision 0029).
     */
    private static long[] scopeTeams(CurrentUser user) {
        if (!RecordAccess.casesLimitedToOwnTeam(user)) {
            return null;
        }
        return user.teamIds().stream().mapToLong(Long::longValue).sorted().toArray();
    }

    /** The case with this reference in the latest snapshots (one in each at most), if it passes the filters. */
    private PageOf<CaseRow> casesWithReference(Filter filter, CurrentUser user, ListPage page) {
        var where = new StringBuilder(" where c.snapshot_id in " + LIVE + " and c.case_reference = ?");
        var params = new ArrayList<Object>();
        params.add(Values.tidy(filter.reference()));
        if (RecordAccess.casesLimitedToOwnTeam(user)) {
            // Managers and practitioners see their own team's cases only; a case with an unmatched team is nobody's
            // yet.
            long[] scope = scopeTeams(user);
            where.append(" and c.team_id in (-1");
            for (long team : scope) {
                where.append(", ?");
                params.add(team);
            }
            where.append(")");
        }
        if (filter.teamId() != null) {
            where.append(" and c.team_id = ?");
            params.add(filter.teamId());
        }
        if (filter.serviceAreaId() != null) {
            where.append(" and t.service_area_id = ?");
            params.add(filter.serviceAreaId());
        }
        if (filter.staffId() != null) {
            where.append(" and c.staff_id = ?");
            params.add(filter.staffId());
        }
        if (filter.type() != null) {
            where.append(" and exists (select 1 from register_episode e where e.snapshot_id = c.snapshot_id"
                    + " and e.case_type = ? and e.case_reference = c.case_reference)");
            params.add(filter.type().name());
        }
        if (filter.openOnly()) {
            where.append(" and c.open_case = true");
        }
        var found = jdbc.sql(CASE_ROW_COLUMNS + where + " order by c.snapshot_id")
                .params(params)
                .query(CaseRegister::mapCaseRow)
                .list();
        long first = page.offset();
        return page.of(found.stream().skip(first).limit(page.size()).toList(), found.size());
    }

    /**
     * One case and its episodes, if the user may see its team. The view is logged in this transaction; a refusal
     * is logged in its own.
     */
    @Transactional
    public Optional<CaseView> view(long caseId, CurrentUser user) {
        return view(caseId, user, false);
    }

    /**
     * The case, for a user who may open it by their team scope or, with {@code auditorOfTheCase}, because they are
     * assigned an audit of it (peer audit: a team manager auditing another team's case). Logged the same either way.
     */
    @Transactional
    public Optional<CaseView> view(long caseId, CurrentUser user, boolean auditorOfTheCase) {
        var found = jdbc.sql("""
                        select c.id, c.snapshot_id, s.as_at, c.case_reference, c.case_type, c.open_case,
                            coalesce(t.name, c.team_name) as team, c.team_id, c.worker_name, c.gender, c.ethnicity,
                            c.disability, c.uasc, c.age_band
                        from register_case c join register_snapshot s on s.id = c.snapshot_id
                            left join team_directory t on t.id = c.team_id
                        where c.id = ?
                        """)
                .param(caseId)
                .query((rs, n) -> new CaseDetail(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getString(4),
                        CaseType.valueOf(rs.getString(5)),
                        rs.getBoolean(6),
                        rs.getString(7),
                        rs.getObject(8, Long.class),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getString(11),
                        rs.getString(12),
                        rs.getString(13),
                        rs.getString(14)))
                .optional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var detail = found.get();
        if (!auditorOfTheCase && !RecordAccess.mayOpenCase(user, detail.teamId())) {
            throw new RecordRefused("Register case", detail.reference(), "Case outside the user's teams");
        }
        accessLog.viewed("Register case", detail.reference());
        var episodes = jdbc.sql("""
                        select e.list_number, e.case_type, e.source_row, e.start_date, e.end_date, e.conference_date,
                            e.last_visit_date, coalesce(t.name, e.team_name), e.worker_name, e.details
                        from register_episode e left join team_directory t on t.id = e.team_id
                        where e.snapshot_id = ? and e.case_reference = ?
                        order by e.list_number, e.start_date
                        """)
                .params(detail.snapshotId(), detail.reference())
                .query((rs, n) -> new EpisodeRow(
                        rs.getInt(1),
                        CaseType.valueOf(rs.getString(2)),
                        rs.getInt(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10)))
                .list();
        return Optional.of(new CaseView(detail, episodes));
    }

    public record CaseView(CaseDetail detail, List<EpisodeRow> episodes) {}

    /** Teams that have cases in the latest snapshots, for the filter. */
    @Transactional(readOnly = true)
    public List<Option> teamOptions() {
        var ids = new HashSet<Long>();
        for (var copy : liveCopies()) {
            Arrays.stream(copy.teamsWithCases()).forEach(ids::add);
        }
        return organisation.teams(ids).values().stream()
                .sorted(java.util.Comparator.comparing(
                        OrganisationDirectory.TeamSummary::name, String.CASE_INSENSITIVE_ORDER))
                .map(t -> new Option(String.valueOf(t.id()), t.name()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Option> serviceAreaOptions() {
        return organisation.serviceAreas().stream()
                .map(a -> new Option(String.valueOf(a.id()), a.name()))
                .toList();
    }

    /** Workers who have cases in the latest snapshots (in the user's team, for those who see their team's only). */
    @Transactional(readOnly = true)
    public List<Option> workerOptions(CurrentUser user) {
        long[] scope = scopeTeams(user);
        var ids = new HashSet<Long>();
        for (var copy : liveCopies()) {
            if (scope == null) {
                Arrays.stream(copy.staffWithCases()).forEach(ids::add);
                continue;
            }
            for (int i = 0; i < copy.staffIds().length; i++) {
                if (Arrays.binarySearch(scope, copy.teamIds()[i]) >= 0 && copy.staffIds()[i] != 0) {
                    ids.add(copy.staffIds()[i]);
                }
            }
        }
        return organisation.staffMembers(ids).values().stream()
                .sorted(java.util.Comparator.comparing(
                        OrganisationDirectory.StaffSummary::fullName, String.CASE_INSENSITIVE_ORDER))
                .map(s -> new Option(String.valueOf(s.id()), s.fullName()))
                .toList();
    }
}
