package org.praxis.register;

import java.util.List;
import org.praxis.documents.TrendChart;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.Policies;
import org.praxis.identity.Role;
import org.praxis.register.indicators.IndicatorFigures;
import org.praxis.statistics.Share;
import org.praxis.web.Cell;
import org.praxis.web.FormValues;
import org.praxis.web.Option;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The indicators of a snapshot, overall and by team, each with its definition, and each over time. Counts only. */
@Controller
@RequestMapping("/register/indicators")
class IndicatorController {

    /** An indicator over time as the page shows it: its chart, and the same figures as a table. */
    record TrendView(
            String key, String title, String definition, String chart, List<String> head, List<List<Cell>> rows) {}

    private final IndicatorFigures figures;

    IndicatorController(IndicatorFigures figures) {
        this.figures = figures;
    }

    @GetMapping
    @PreAuthorize(Policies.CASE_READERS)
    String show(@RequestParam(name = "snapshot", required = false) String snapshotId, Model model) {
        var recent = figures.recentSnapshots();
        model.addAttribute(
                "snapshotOptions",
                recent.stream()
                        .map(s -> new Option(String.valueOf(s.id()), s.asAt().format(RegisterController.DAY)))
                        .toList());
        var snapshot = figures.chosenOrLatest(FormValues.id(snapshotId), recent);
        model.addAttribute("snapshot", snapshot.orElse(null));
        model.addAttribute("selected", snapshot.map(s -> String.valueOf(s.id())).orElse(""));
        var user = CurrentUser.require();
        model.addAttribute("canSeeHolidays", user.has(Role.ADMIN) || user.has(Role.QA_LEAD));
        model.addAttribute("canSetThresholds", user.has(Role.QA_LEAD));
        model.addAttribute("standardThresholds", figures.thresholds().standard());
        model.addAttribute("indicators", snapshot.map(s -> figures.of(s.id())).orElse(List.of()));
        return "register/indicators";
    }

    @GetMapping("/over-time")
    @PreAuthorize(Policies.CASE_READERS)
    String overTime(Model model) {
        var trends = figures.overTime();
        model.addAttribute(
                "trends", trends.stream().map(IndicatorController::view).toList());
        model.addAttribute(
                "empty", trends.isEmpty() || trends.getFirst().points().isEmpty());
        return "register/indicators-over-time";
    }

    /** Each snapshot's share with its 95% interval, in the chart and in the table. */
    private static TrendView view(IndicatorFigures.Trend trend) {
        var points = new java.util.ArrayList<TrendChart.Point>();
        var rows = new java.util.ArrayList<List<Cell>>();
        for (var p : trend.points()) {
            var share = Share.of(p.met(), p.total());
            var asAt = p.asAt().format(RegisterController.DAY);
            if (!p.provided()) {
                // The list was not in that import: a gap in the line, and the table says why.
                points.add(new TrendChart.Point(asAt, null, null, null));
                rows.add(List.of(
                        Cell.link(asAt, "/register/indicators?snapshot=" + p.snapshotId()),
                        Cell.text("Not provided"),
                        Cell.text("–"),
                        Cell.text("–"),
                        Cell.text("List " + trend.indicator().listNumber() + " was not in this import")));
                continue;
            }
            points.add(
                    share.known()
                            ? new TrendChart.Point(asAt, 100 * share.value(), 100 * share.lower(), 100 * share.upper())
                            : new TrendChart.Point(asAt, null, null, null));
            rows.add(List.of(
                    Cell.link(asAt, "/register/indicators?snapshot=" + p.snapshotId()),
                    Cell.number(p.met()),
                    Cell.number(p.total()),
                    Cell.text(Share.percent(share.value())),
                    Cell.text(
                            share.known()
                                    ? Share.percent(share.lower()) + " to " + Share.percent(share.upper())
                                    : "–")));
        }
        return new TrendView(
                trend.key(),
                trend.title(),
                trend.definition(),
                TrendChart.dataUri(points, "Share (%)"),
                List.of(
                        "Snapshot as at",
                        trend.indicator().binned() ? "Visited in time" : "Met",
                        "Out of",
                        "Share",
                        "95% interval"),
                rows);
    }
}
