package org.praxis.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.praxis.documents.ReportPeriod;
import org.praxis.documents.ReportSection;
import org.praxis.documents.ReportSectionSource;
import org.praxis.documents.SectionReadings;
import org.praxis.register.imports.RegisterImport;
import org.praxis.register.indicators.Indicator;
import org.praxis.register.indicators.IndicatorFigures;
import org.praxis.register.snapshots.CaseRegister;
import org.praxis.statistics.Share;
import org.praxis.statistics.SmallNumbers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case register's section of the composed reports: the indicators worked out for the last Annex A snapshot of
 * the quarter (against the last of the quarter before), open cases at the quarter's end by service, and the trend
 * of the headline indicators over eight quarters. Three aggregate queries over the stored figures; no case is read.
 */
@Component
class RegisterReportSection implements ReportSectionSource {

    static final String KEY = "register";
    private static final int QUARTERS = 8;

    /** The indicators the headlines follow, in this order. */
    static final List<Indicator> HEADLINES =
            List.of(Indicator.ASSESSMENT_TIMELINESS, Indicator.CP_VISITS, Indicator.LAC_VISITS, Indicator.RE_REFERRALS);

    /** A snapshot taken in a quarter: the last of each source in it counts as the register at the quarter's end. */
    record Snapshot(long id, String source, LocalDate asAt, int revision) {}

    private final JdbcClient jdbc;
    private final IndicatorFigures figures;
    private final SmallNumbers rules;
    private final OpenCasesBySnapshot openCases;

    RegisterReportSection(
            JdbcClient jdbc, IndicatorFigures figures, SmallNumbers rules, OpenCasesBySnapshot openCases) {
        this.jdbc = jdbc;
        this.openCases = openCases;
        this.figures = figures;
        this.rules = rules;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    @Transactional(readOnly = true)
    public ReportSection section(ReportPeriod period) {
        var quarters = period.lastQuarters(QUARTERS);
        // the last snapshot of each source in each quarter
        var last = new HashMap<ReportPeriod, Map<String, Snapshot>>();
        jdbc.sql("select id, source, as_at, revision from register_snapshot where " + CaseRegister.SHOWABLE
                        + " and as_at >= ? and as_at <= ? order by as_at, id")
                .params(quarters.getFirst().from(), period.to())
                .query((rs, n) ->
                        new Snapshot(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getInt(4)))
                .list()
                .forEach(s -> last.computeIfAbsent(ReportPeriod.containing(s.asAt()), k -> new HashMap<>())
                        .put(s.source(), s));
        var annexA = new LinkedHashMap<ReportPeriod, Snapshot>();
        for (var q : quarters) {
            var s = last.getOrDefault(q, Map.of()).get(RegisterImport.ANNEX_A);
            if (s != null) {
                annexA.put(q, s);
            }
        }
        var measures =
                indicatorMeasures(annexA.values().stream().map(Snapshot::id).toList());
        var current = last.getOrDefault(period, Map.of()).values().stream().toList();
        var before =
                last.getOrDefault(period.previous(), Map.of()).values().stream().toList();
        // adults' or children's open cases, where the quarter before has no snapshot of that register, are not
        // compared with nothing: the quarters' totals would count different registers
        var sidesBefore = new java.util.HashSet<Boolean>();
        before.forEach(s -> sidesBefore.add(org.praxis.register.snapshots.HeldSnapshots.ADULTS.equals(s.source())));
        return compose(period, annexA, measures, openByType(current), openByType(before), sidesBefore);
    }

    ReportSection compose(
            ReportPeriod period,
            Map<ReportPeriod, Snapshot> annexA,
            Map<Long, Map<Indicator, int[]>> measures,
            Map<CaseType, Integer> open,
            Map<CaseType, Integer> openBefore,
            java.util.Set<Boolean> sidesBefore) {
        var title = "Case register and performance indicators";
        var snapshot = annexA.get(period);
        if (snapshot == null && open.isEmpty()) {
            return SectionReadings.nothing(
                    KEY,
                    title,
                    "No case register snapshot was taken in " + period.label() + ", so there are no indicators for it.",
                    "/register/indicators");
        }
        var thresholds = figures.thresholds();
        var beforeLabel = period.previous().shortLabel();
        var previous = annexA.get(period.previous());
        var headlines = new ArrayList<ReportSection.Headline>();
        var readings = new ArrayList<String>();
        if (snapshot != null) {
            for (var indicator : HEADLINES) {
                var share = share(measures, snapshot, indicator);
                if (!share.known()) {
                    continue;
                }
                var reading = SectionReadings.share(
                        rules,
                        share,
                        share(measures, previous, indicator),
                        beforeLabel,
                        "children",
                        higherIsBetter(indicator));
                var label = indicator.trendTitle(thresholds.of(indicator));
                headlines.add(new ReportSection.Headline(
                        indicator.key(),
                        label,
                        Share.percent(share.value()),
                        SectionReadings.basis(share, "children, snapshot of " + snapshot.asAt())
                                + (higherIsBetter(indicator) ? "" : "; lower is better"),
                        reading.words(),
                        reading.trend(),
                        "/register/indicators?snapshot=" + snapshot.id()));
                readings.add(label + ": " + Share.percent(share.value()) + " ("
                        + SectionReadings.inSentence(reading.words()) + ")");
            }
        }
        int openNow = open.values().stream().mapToInt(Integer::intValue).sum();
        // more open cases is more demand, not a worse service
        var sidesNow = new java.util.HashSet<Boolean>();
        open.keySet().forEach(t -> sidesNow.add(t.adults()));
        sidesNow.removeAll(sidesBefore);
        var openReading = !sidesNow.isEmpty() && !sidesBefore.isEmpty()
                ? new SectionReadings.Reading(
                        "No figure for " + beforeLabel + " to compare with: it has no "
                                + (sidesNow.contains(true) ? "adults’" : "children’s") + " register snapshot",
                        ReportSection.Trend.NOT_ENOUGH_DATA)
                : SectionReadings.activity(
                        openNow,
                        openBefore.isEmpty()
                                ? null
                                : (long) openBefore.values().stream()
                                        .mapToInt(Integer::intValue)
                                        .sum(),
                        beforeLabel);
        headlines.add(new ReportSection.Headline(
                "open-cases",
                "Open cases at the end of the quarter",
                String.valueOf(openNow),
                "in the last register snapshot of the quarter",
                openReading.words(),
                openReading.trend(),
                "/register"));
        var charts = new ArrayList<ReportSection.Chart>();
        for (var indicator : List.of(Indicator.ASSESSMENT_TIMELINESS, Indicator.CP_VISITS)) {
            charts.add(trendChart(period, annexA, measures, indicator, thresholds.of(indicator)));
        }
        var byType = new ArrayList<ReportSection.Chart.Point>();
        var typeRows = new ArrayList<List<String>>();
        open.forEach((type, n) -> {
            byType.add(new ReportSection.Chart.Point(type.label(), (double) n, null, null));
            typeRows.add(List.of(
                    type.label(),
                    String.valueOf(n),
                    sidesBefore.contains(type.adults())
                            ? String.valueOf(openBefore.getOrDefault(type, 0))
                            : "– (no snapshot)"));
        });
        if (!open.isEmpty()) {
            charts.add(new ReportSection.Chart(
                    "Open cases by service at the end of " + period.shortLabel(),
                    "Bar chart of open cases by service at the end of " + period.shortLabel() + ": " + openNow
                            + " in all.",
                    ReportSection.Chart.Kind.BARS,
                    "Open cases",
                    byType,
                    new ReportSection.Table(
                            "Open cases by service", List.of("Service", period.shortLabel(), beforeLabel), typeRows)));
        }
        var tables = new ArrayList<ReportSection.Table>();
        if (snapshot != null) {
            var rows = new ArrayList<List<String>>();
            for (var indicator : Indicator.values()) {
                var share = share(measures, snapshot, indicator);
                rows.add(List.of(
                        indicator.trendTitle(thresholds.of(indicator)),
                        SectionReadings.cell(share),
                        SectionReadings.cell(share(measures, previous, indicator)),
                        higherIsBetter(indicator) ? "Higher" : "Lower"));
            }
            tables.add(new ReportSection.Table(
                    "Indicators at the last snapshot of the quarter (" + snapshot.asAt() + ")",
                    List.of("Indicator", period.shortLabel(), beforeLabel, "Better when"),
                    rows));
        }
        var summary = (snapshot == null
                        ? "No Annex A snapshot was taken in " + period.label() + ", so there are no indicators for it. "
                        : "Indicators from the register snapshot of " + snapshot.asAt() + ": "
                                + String.join("; ", readings) + ". ")
                + openNow + " cases were open at the end of the quarter.";
        return new ReportSection(KEY, title, summary, "/register/indicators", headlines, charts, tables);
    }

    private ReportSection.Chart trendChart(
            ReportPeriod period,
            Map<ReportPeriod, Snapshot> annexA,
            Map<Long, Map<Indicator, int[]>> measures,
            Indicator indicator,
            org.praxis.register.indicators.Threshold threshold) {
        var points = new ArrayList<ReportSection.Chart.Point>();
        var rows = new ArrayList<List<String>>();
        for (var q : period.lastQuarters(QUARTERS)) {
            var share = share(measures, annexA.get(q), indicator);
            points.add(SectionReadings.point(q.shortLabel(), share));
            rows.add(List.of(
                    q.shortLabel(),
                    SectionReadings.cell(share),
                    share.known() ? Share.percent(share.lower()) + " to " + Share.percent(share.upper()) : "–"));
        }
        var title = indicator.trendTitle(threshold);
        return new ReportSection.Chart(
                title + " by quarter",
                "Line chart of " + SectionReadings.inSentence(title) + " at the last snapshot of each of the last "
                        + QUARTERS + " quarters, with 95% intervals.",
                ReportSection.Chart.Kind.TREND,
                "Share (%)",
                points,
                new ReportSection.Table(title, List.of("Quarter", "Share", "95% interval"), rows));
    }

    /**
     * Whether a rise is better in the share the report follows: for the visit indicators that is the share visited
     * within the threshold, so higher is better although their stored bands are not a rate.
     */
    static boolean higherIsBetter(Indicator indicator) {
        return indicator.binned() || indicator.higherIsBetter();
    }

    private static Share share(Map<Long, Map<Indicator, int[]>> measures, Snapshot snapshot, Indicator indicator) {
        if (snapshot == null) {
            return Share.of(0, 0);
        }
        var c = measures.getOrDefault(snapshot.id(), Map.of()).getOrDefault(indicator, new int[2]);
        return Share.of(c[0], c[1]);
    }

    /** Each snapshot's all-teams figures: met (or visited within the first band) and total. One query. */
    private Map<Long, Map<Indicator, int[]>> indicatorMeasures(List<Long> snapshotIds) {
        var byId = new HashMap<Long, Map<Indicator, int[]>>();
        if (snapshotIds.isEmpty()) {
            return byId;
        }
        jdbc.sql("""
                        select snapshot_id, indicator, measure, measure_value from register_indicator
                        where snapshot_id in (:ids) and team_label = '' and measure in (:measures)
                        """)
                .param("ids", snapshotIds)
                .param("measures", List.of(Indicator.MET, Indicator.TOTAL, Indicator.VISIT_BANDS.getFirst()))
                .query(rs -> {
                    var indicator = Indicator.valueOf(rs.getString(2));
                    var c = byId.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .computeIfAbsent(indicator, k -> new int[2]);
                    var measure = rs.getString(3);
                    if (measure.equals(Indicator.TOTAL)) {
                        c[1] = rs.getInt(4);
                    } else if (measure.equals(indicator.trendMeasure())) {
                        c[0] = rs.getInt(4);
                    }
                });
        return byId;
    }

    /** Open cases of these snapshots by case type, in the enum's order. One query. */
    private Map<CaseType, Integer> openByType(List<Snapshot> snapshots) {
        var byType = new TreeMap<CaseType, Integer>();
        snapshots.forEach(
                s -> openCases.byType(s.id(), s.revision()).forEach((type, n) -> byType.merge(type, n, Integer::sum)));
        return byType;
    }
}
