package org.praxis.register.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.praxis.register.imports.RegisterImport;
import org.praxis.register.snapshots.CaseRegister;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The indicators worked out for a snapshot of Annex A, overall and by team. Counts only: no case data. */
@Service
public class IndicatorFigures {

    /** One line of a rate table: a team (or all teams), how many met the measure, out of how many. */
    public record RateRow(String team, int met, int total) {
        public String percent() {
            return total == 0 ? "–" : String.format("%.1f%%", 100.0 * met / total);
        }
    }

    /** One line of a visit table: a team and its count in each bin. */
    public record BinRow(String team, List<Integer> counts, int total) {}

    /** An indicator of one snapshot: its title and definition under the thresholds in force, and its figures. */
    public record IndicatorView(
            Indicator indicator,
            String title,
            String definition,
            RateRow overall,
            List<RateRow> teams,
            List<String> bands,
            BinRow overallBins,
            List<BinRow> teamBins,
            boolean provided) {
        public String key() {
            return indicator.key();
        }
    }

    /**
     * An indicator in one snapshot, all teams: how many met it (or were visited within it), out of how many; not
     * provided when the list it is worked out from was not in that import.
     */
    public record Point(long snapshotId, LocalDate asAt, int met, int total, boolean provided) {}

    /** An indicator across every snapshot held, oldest first, under the thresholds in force. */
    public record Trend(Indicator indicator, String title, String definition, List<Point> points) {
        public String key() {
            return indicator.key();
        }
    }

    /** A snapshot that can be chosen, newest first. */
    public record SnapshotDate(long id, LocalDate asAt) {}

    private final CaseRegister register;
    private final IndicatorThresholds thresholds;
    private final JdbcClient jdbc;

    IndicatorFigures(CaseRegister register, IndicatorThresholds thresholds, JdbcClient jdbc) {
        this.register = register;
        this.thresholds = thresholds;
        this.jdbc = jdbc;
    }

    /** The thresholds the figures were worked out with: those in force now (decision 0024). */
    @Transactional(readOnly = true)
    public IndicatorThresholds.Thresholds thresholds() {
        return thresholds.current();
    }

    /** The latest 36 Annex A snapshots, newest first. */
    @Transactional(readOnly = true)
    public List<SnapshotDate> recentSnapshots() {
        return jdbc.sql("select id, as_at from register_snapshot where source = ? and " + CaseRegister.SHOWABLE
                        + " order by id desc fetch first 36 rows only")
                .param(RegisterImport.ANNEX_A)
                .query((rs, n) -> new SnapshotDate(rs.getLong(1), rs.getObject(2, LocalDate.class)))
                .list();
    }

    /** The chosen Annex A snapshot, or the latest when none (or another kind) is chosen. */
    @Transactional(readOnly = true)
    public Optional<CaseRegister.Snapshot> chosenOrLatest(Long chosen, List<SnapshotDate> recent) {
        return (chosen == null ? Optional.<CaseRegister.Snapshot>empty() : register.snapshot(chosen))
                .filter(s -> s.source().equals(RegisterImport.ANNEX_A))
                .or(() -> recent.isEmpty()
                        ? Optional.empty()
                        : register.snapshot(recent.getFirst().id()));
    }

    /** Every indicator for the snapshot, in the order of {@link Indicator}. */
    @Transactional(readOnly = true)
    public List<IndicatorView> of(long snapshotId) {
        // indicator → team label → measure → value
        var data = new LinkedHashMap<Indicator, Map<String, Map<String, Integer>>>();
        jdbc.sql("select indicator, team_label, measure, measure_value from register_indicator where snapshot_id = ?")
                .param(snapshotId)
                .query((rs, n) -> data.computeIfAbsent(Indicator.valueOf(rs.getString(1)), i -> new TreeMap<>())
                        .computeIfAbsent(rs.getString(2), t -> new LinkedHashMap<>())
                        .put(rs.getString(3), rs.getInt(4)))
                .list();
        var current = thresholds.current();
        var notProvided = register.snapshot(snapshotId)
                .map(CaseRegister.Snapshot::listsNotProvided)
                .orElse(List.of());
        var views = new ArrayList<IndicatorView>();
        for (var indicator : Indicator.values()) {
            boolean provided = !notProvided.contains(indicator.listNumber());
            var threshold = current.of(indicator);
            var title = indicator.title(threshold);
            var definition = indicator.definition(threshold);
            var byTeam = data.getOrDefault(indicator, Map.of());
            var overall = byTeam.getOrDefault("", Map.of());
            var teams = byTeam.entrySet().stream()
                    .filter(e -> !e.getKey().isEmpty())
                    .toList();
            if (indicator.binned()) {
                views.add(new IndicatorView(
                        indicator,
                        title,
                        definition,
                        null,
                        List.of(),
                        Indicator.visitBandLabels(threshold),
                        bins("All teams", overall),
                        teams.stream().map(e -> bins(e.getKey(), e.getValue())).toList(),
                        provided));
            } else {
                views.add(new IndicatorView(
                        indicator,
                        title,
                        definition,
                        rate("All teams", overall),
                        teams.stream().map(e -> rate(e.getKey(), e.getValue())).toList(),
                        List.of(),
                        null,
                        List.of(),
                        provided));
            }
        }
        return views;
    }

    /**
     * Every indicator across the Annex A snapshots held (withdrawn ones left out), oldest first: one query over the
     * all-teams lines of the stored figures, however many snapshots.
     */
    @Transactional(readOnly = true)
    public List<Trend> overTime() {
        // indicator → snapshot → measure → value, snapshots in as-at order
        var data = new LinkedHashMap<Indicator, Map<SnapshotDate, Map<String, Integer>>>();
        var snapshots = new ArrayList<SnapshotDate>();
        var notProvided = new java.util.HashMap<SnapshotDate, List<Integer>>();
        jdbc.sql("""
                        select s.id, s.as_at, i.indicator, i.measure, i.measure_value, s.lists_not_provided
                        from register_snapshot s
                        left join register_indicator i on i.snapshot_id = s.id and i.team_label = ''
                        where s.source = ? and s.withdrawn_at is null and s.awaiting_confirmation = false
                        order by s.as_at, s.id
                        """).param(RegisterImport.ANNEX_A).query(rs -> {
            var snapshot = new SnapshotDate(rs.getLong(1), rs.getObject(2, LocalDate.class));
            if (snapshots.isEmpty() || !snapshots.getLast().equals(snapshot)) {
                snapshots.add(snapshot);
                notProvided.put(snapshot, CaseRegister.listNumbers(rs.getString(6)));
            }
            var indicator = rs.getString(3);
            if (indicator != null) {
                data.computeIfAbsent(Indicator.valueOf(indicator), i -> new LinkedHashMap<>())
                        .computeIfAbsent(snapshot, t -> new LinkedHashMap<>())
                        .put(rs.getString(4), rs.getInt(5));
            }
        });
        var current = thresholds.current();
        var trends = new ArrayList<Trend>();
        for (var indicator : Indicator.values()) {
            var bySnapshot = data.getOrDefault(indicator, Map.of());
            var points = snapshots.stream()
                    .map(s -> {
                        var measures = bySnapshot.getOrDefault(s, Map.of());
                        return new Point(
                                s.id(),
                                s.asAt(),
                                measures.getOrDefault(indicator.trendMeasure(), 0),
                                measures.getOrDefault(Indicator.TOTAL, 0),
                                !notProvided.getOrDefault(s, List.of()).contains(indicator.listNumber()));
                    })
                    .toList();
            var threshold = current.of(indicator);
            trends.add(new Trend(indicator, indicator.trendTitle(threshold), indicator.definition(threshold), points));
        }
        return trends;
    }

    private static RateRow rate(String team, Map<String, Integer> measures) {
        return new RateRow(team, measures.getOrDefault(Indicator.MET, 0), measures.getOrDefault(Indicator.TOTAL, 0));
    }

    private static BinRow bins(String team, Map<String, Integer> measures) {
        return new BinRow(
                team,
                Indicator.VISIT_BANDS.stream()
                        .map(b -> measures.getOrDefault(b, 0))
                        .toList(),
                measures.getOrDefault(Indicator.TOTAL, 0));
    }
}
