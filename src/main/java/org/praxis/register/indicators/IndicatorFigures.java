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

    public record IndicatorView(
            Indicator indicator, RateRow overall, List<RateRow> teams, BinRow overallBins, List<BinRow> teamBins) {
        public String key() {
            return indicator.name().toLowerCase().replace('_', '-');
        }
    }

    /** A snapshot that can be chosen, newest first. */
    public record SnapshotDate(long id, LocalDate asAt) {}

    private final CaseRegister register;
    private final JdbcClient jdbc;

    IndicatorFigures(CaseRegister register, JdbcClient jdbc) {
        this.register = register;
        this.jdbc = jdbc;
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
        var views = new ArrayList<IndicatorView>();
        for (var indicator : Indicator.values()) {
            var byTeam = data.getOrDefault(indicator, Map.of());
            var overall = byTeam.getOrDefault("", Map.of());
            var teams = byTeam.entrySet().stream()
                    .filter(e -> !e.getKey().isEmpty())
                    .toList();
            if (indicator.binned()) {
                views.add(new IndicatorView(
                        indicator,
                        null,
                        List.of(),
                        bins("All teams", overall),
                        teams.stream().map(e -> bins(e.getKey(), e.getValue())).toList()));
            } else {
                views.add(new IndicatorView(
                        indicator,
                        rate("All teams", overall),
                        teams.stream().map(e -> rate(e.getKey(), e.getValue())).toList(),
                        null,
                        List.of()));
            }
        }
        return views;
    }

    private static RateRow rate(String team, Map<String, Integer> measures) {
        return new RateRow(team, measures.getOrDefault(Indicator.MET, 0), measures.getOrDefault(Indicator.TOTAL, 0));
    }

    private static BinRow bins(String team, Map<String, Integer> measures) {
        return new BinRow(
                team,
                Indicator.VISIT_BINS.stream()
                        .map(b -> measures.getOrDefault(b, 0))
                        .toList(),
                measures.getOrDefault(Indicator.TOTAL, 0));
    }
}
