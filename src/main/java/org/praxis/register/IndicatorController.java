package org.praxis.register;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.praxis.identity.Policies;
import org.praxis.register.indicators.Indicator;
import org.praxis.web.FormValues;
import org.praxis.web.Option;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The indicators of a snapshot, overall and by team, each with its definition. Counts only: no case data. */
@Controller
@RequestMapping("/register/indicators")
class IndicatorController {

    /** One line of a rate table: a team (or all teams), how many met the measure, out of how many. */
    record RateRow(String team, int met, int total) {
        public String percent() {
            return total == 0 ? "–" : String.format("%.1f%%", 100.0 * met / total);
        }
    }

    /** One line of a visit table: a team and its count in each bin. */
    record BinRow(String team, List<Integer> counts, int total) {}

    record IndicatorView(
            Indicator indicator, RateRow overall, List<RateRow> teams, BinRow overallBins, List<BinRow> teamBins) {
        public String key() {
            return indicator.name().toLowerCase().replace('_', '-');
        }
    }

    private final CaseRegister register;
    private final JdbcClient jdbc;

    IndicatorController(CaseRegister register, JdbcClient jdbc) {
        this.register = register;
        this.jdbc = jdbc;
    }

    @GetMapping
    @PreAuthorize(Policies.CASE_READERS)
    @Transactional(readOnly = true)
    String show(@RequestParam(name = "snapshot", required = false) String snapshotId, Model model) {
        var snapshots = jdbc.sql(
                        "select id, as_at from register_snapshot where source = ? order by id desc fetch first 36 rows only")
                .param(RegisterImport.ANNEX_A)
                .query((rs, n) -> new Option(
                        String.valueOf(rs.getLong(1)),
                        rs.getObject(2, java.time.LocalDate.class).format(RegisterController.DAY)))
                .list();
        model.addAttribute("snapshotOptions", snapshots);
        var chosen = FormValues.id(snapshotId);
        var snapshot = (chosen == null ? java.util.Optional.<CaseRegister.Snapshot>empty() : register.snapshot(chosen))
                .filter(s -> s.source().equals(RegisterImport.ANNEX_A))
                .or(() -> snapshots.isEmpty()
                        ? java.util.Optional.empty()
                        : register.snapshot(Long.parseLong(snapshots.getFirst().value())));
        model.addAttribute("snapshot", snapshot.orElse(null));
        model.addAttribute("selected", snapshot.map(s -> String.valueOf(s.id())).orElse(""));
        model.addAttribute("bins", Indicator.VISIT_BINS);
        var user = org.praxis.identity.CurrentUser.require();
        model.addAttribute(
                "canSeeHolidays",
                user.has(org.praxis.identity.Role.ADMIN) || user.has(org.praxis.identity.Role.QA_LEAD));
        if (snapshot.isEmpty()) {
            model.addAttribute("indicators", List.of());
            return "register/indicators";
        }
        // indicator → team label → measure → value
        var data = new LinkedHashMap<Indicator, Map<String, Map<String, Integer>>>();
        jdbc.sql("select indicator, team_label, measure, measure_value from register_indicator where snapshot_id = ?")
                .param(snapshot.get().id())
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
        model.addAttribute("indicators", views);
        return "register/indicators";
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
