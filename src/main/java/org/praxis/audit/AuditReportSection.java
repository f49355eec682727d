package org.praxis.audit;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.praxis.documents.ReportPeriod;
import org.praxis.documents.ReportSection;
import org.praxis.documents.ReportSectionSource;
import org.praxis.documents.SectionReadings;
import org.praxis.standards.StandardsManual;
import org.praxis.statistics.Agreement;
import org.praxis.statistics.Share;
import org.praxis.statistics.SmallNumbers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit findings section of the composed reports: audits completed in the quarter, the share of audited cases
 * graded good or better (moderated audits with their agreed grade) with its interval, by practice standard, the
 * moderation agreement, and the trend over eight quarters. Four aggregate queries; no case is read.
 */
@Component
class AuditReportSection implements ReportSectionSource {

    static final String KEY = "audit-findings";
    private static final int QUARTERS = 8;

    private final JdbcClient jdbc;
    private final StandardsManual standards;
    private final SmallNumbers rules;

    AuditReportSection(JdbcClient jdbc, StandardsManual standards, SmallNumbers rules) {
        this.jdbc = jdbc;
        this.standards = standards;
        this.rules = rules;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    @Transactional(readOnly = true)
    public ReportSection section(ReportPeriod period) {
        var quarters = period.lastQuarters(QUARTERS);
        var graded = gradedByQuarter(quarters.getFirst(), period);
        var now = graded.getOrDefault(period, new int[2]);
        var before = graded.getOrDefault(period.previous(), new int[2]);
        var pairs = moderatedPairs(period.previous(), period);
        return compose(
                period,
                graded,
                Share.of(now[1], now[0]),
                Share.of(before[1], before[0]),
                pairs.getOrDefault(period, List.of()),
                pairs.getOrDefault(period.previous(), List.of()),
                byStandard(period));
    }

    /** A standard's audited cases in the quarter and how many of them were good or better on it. */
    record StandardRow(String standard, int audits, int goodOrBetter) {}

    ReportSection compose(
            ReportPeriod period,
            Map<ReportPeriod, int[]> graded,
            Share good,
            Share goodBefore,
            List<int[]> pairs,
            List<int[]> pairsBefore,
            List<StandardRow> standardRows) {
        var before = period.previous().shortLabel();
        if (!good.known()) {
            return SectionReadings.nothing(
                    KEY, "Case file audits", "No audits were completed in " + period.label() + ".", "/audit/findings");
        }
        var headlines = new ArrayList<ReportSection.Headline>();
        var reading = SectionReadings.share(rules, good, goodBefore, before, "audits", true);
        headlines.add(new ReportSection.Headline(
                "good-or-better",
                "Audited cases graded good or better",
                Share.percent(good.value()),
                SectionReadings.basis(good, "cases audited in the quarter")
                        + (rules.estimate(good.size()) == SmallNumbers.Visibility.MARKED
                                ? " (fewer than " + rules.fewestTrusted() + " audits: treat with care)"
                                : ""),
                reading.words(),
                reading.trend(),
                "/audit/findings"));
        var agreement = agreement(pairs, pairsBefore, before);
        headlines.add(agreement);
        var trendPoints = new ArrayList<ReportSection.Chart.Point>();
        var trendRows = new ArrayList<List<String>>();
        for (var q : period.lastQuarters(QUARTERS)) {
            var c = graded.getOrDefault(q, new int[2]);
            var share = Share.of(c[1], c[0]);
            trendPoints.add(SectionReadings.point(q.shortLabel(), share));
            trendRows.add(List.of(
                    q.shortLabel(),
                    String.valueOf(c[0]),
                    share.known() ? Share.percent(share.value()) : "–",
                    share.known() ? Share.percent(share.lower()) + " to " + Share.percent(share.upper()) : "–"));
        }
        var trendTable = new ReportSection.Table(
                "Audited cases graded good or better by quarter",
                List.of("Quarter", "Audits", "Good or better", "95% interval"),
                trendRows);
        var chart = new ReportSection.Chart(
                "Good or better by quarter",
                "Line chart of the share of audited cases graded good or better in each of the last " + QUARTERS
                        + " quarters, with 95% intervals; " + Share.percent(good.value()) + " in "
                        + period.shortLabel() + ".",
                ReportSection.Chart.Kind.TREND,
                "Good or better (%)",
                trendPoints,
                trendTable);
        var standardTable = new ReportSection.Table(
                "Good or better by practice standard, " + period.shortLabel()
                        + " (a case counts when every graded answer on the standard is good or better)",
                List.of("Practice standard", "Cases audited", "Good or better", "95% interval"),
                standardRows.stream().map(this::standardRow).toList());
        var summary = "In " + period.label() + ", " + good.size() + " audit" + (good.size() == 1 ? " was" : "s were")
                + " completed and " + Share.percent(good.value()) + " of the cases audited were graded good or better"
                + " (95% interval " + Share.percent(good.lower()) + " to " + Share.percent(good.upper()) + "). "
                + reading.words() + ". Moderation: " + agreement.value() + " (" + agreement.basis() + ").";
        return new ReportSection(
                KEY,
                "Case file audits",
                summary,
                "/audit/findings",
                headlines,
                List.of(chart),
                standardRows.isEmpty() ? List.of() : List.of(standardTable));
    }

    private List<String> standardRow(StandardRow r) {
        var share = Share.of(r.goodOrBetter(), r.audits());
        return switch (rules.group(r.audits())) {
            case SUPPRESSED ->
                List.of(r.standard(), String.valueOf(r.audits()), "Fewer than " + rules.fewestShown(), "–");
            case MARKED, SHOWN ->
                List.of(
                        r.standard(),
                        String.valueOf(r.audits()),
                        Share.percent(share.value())
                                + (rules.group(r.audits()) == SmallNumbers.Visibility.MARKED
                                        ? " (treat with care)"
                                        : ""),
                        Share.percent(share.lower()) + " to " + Share.percent(share.upper()));
        };
    }

    /** Weighted kappa of the quarter's moderated pairs, or "too few to judge" under the smallest number shown. */
    private ReportSection.Headline agreement(List<int[]> pairs, List<int[]> pairsBefore, String before) {
        var label = "Moderation agreement (weighted kappa)";
        var now = Agreement.of(pairs, Grade.values().length);
        if (rules.agreement(now) == SmallNumbers.Visibility.SUPPRESSED) {
            return new ReportSection.Headline(
                    "moderation-agreement",
                    label,
                    "Too few to judge",
                    pairs.size() + " moderated audit" + (pairs.size() == 1 ? "" : "s") + " in the quarter; "
                            + (pairs.size() < rules.fewestPairsShown()
                                    ? "at least " + rules.fewestPairsShown() + " are needed"
                                    : "nearly every one got the same grade (fewer than " + rules.fewestVariedPairs()
                                            + " graded otherwise)"),
                    "Not enough moderated audits to compare",
                    ReportSection.Trend.NOT_ENOUGH_DATA,
                    "/audit/moderation");
        }
        if (!now.known()) {
            return new ReportSection.Headline(
                    "moderation-agreement",
                    label,
                    now.strength(),
                    pairs.size() + " moderated audits; " + Share.percent(now.exactShare()) + " graded the same",
                    "Not enough variation in the grades to judge agreement",
                    ReportSection.Trend.NOT_ENOUGH_DATA,
                    "/audit/moderation");
        }
        String reading;
        ReportSection.Trend trend;
        var then = Agreement.of(pairsBefore, Grade.values().length);
        if (rules.agreement(then) == SmallNumbers.Visibility.SUPPRESSED) {
            reading = "Too few moderated audits in " + before + " to compare";
            trend = ReportSection.Trend.NOT_ENOUGH_DATA;
        } else {
            var was = then.known() ? String.format(java.util.Locale.UK, "%.2f", then.kappa()) : "unknown";
            if (!then.known()) {
                reading = "No agreement figure for " + before + " to compare with";
                trend = ReportSection.Trend.NOT_ENOUGH_DATA;
            } else if (now.lower() > then.upper() || now.upper() < then.lower()) {
                boolean up = now.kappa() > then.kappa();
                reading = (up ? "Up" : "Down") + " from " + was + " in " + before + ": the intervals do not overlap";
                trend = up ? ReportSection.Trend.IMPROVED : ReportSection.Trend.WORSENED;
            } else {
                reading = "No clear change from " + was + " in " + before + ": the intervals overlap";
                trend = ReportSection.Trend.NO_CLEAR_CHANGE;
            }
        }
        return new ReportSection.Headline(
                "moderation-agreement",
                label,
                String.format(
                        java.util.Locale.UK,
                        "%.2f (%s)",
                        now.kappa(),
                        now.strength().toLowerCase(java.util.Locale.UK)),
                String.format(
                                java.util.Locale.UK,
                                "%d moderated audits; 95%% interval %.2f to %.2f; %s graded the same",
                                now.pairs(),
                                now.lower(),
                                now.upper(),
                                Share.percent(now.exactShare()))
                        + (rules.agreement(now) == SmallNumbers.Visibility.MARKED ? "; treat with care" : ""),
                reading,
                trend,
                "/audit/moderation");
    }

    /** Audits submitted in each quarter from {@code first} to {@code last}, and how many good or better: one query. */
    private Map<ReportPeriod, int[]> gradedByQuarter(ReportPeriod first, ReportPeriod last) {
        var byQuarter = new HashMap<ReportPeriod, int[]>();
        jdbc.sql("""
                        select extract(year from a.submitted_at), extract(month from a.submitted_at), count(*),
                            sum(case when coalesce(m.final_grade, a.overall_grade) in ('OUTSTANDING', 'GOOD') then 1 else 0 end)
                        from audit a left join audit_moderation m on m.audit_id = a.id
                        where a.status in ('SUBMITTED', 'MODERATED') and a.overall_grade is not null
                            and a.submitted_at >= :from and a.submitted_at < :until
                        group by extract(year from a.submitted_at), extract(month from a.submitted_at)
                        """)
                .param("from", start(first))
                .param("until", Timestamp.valueOf(last.to().plusDays(1).atStartOfDay()))
                .query(rs -> {
                    var q = new ReportPeriod(rs.getInt(1), (rs.getInt(2) - 1) / 3 + 1);
                    var c = byQuarter.computeIfAbsent(q, k -> new int[2]);
                    c[0] += rs.getInt(3);
                    c[1] += rs.getInt(4);
                });
        return byQuarter;
    }

    /** The auditor's and moderator's grades of audits moderated in the quarters, by quarter: one query. */
    private Map<ReportPeriod, List<int[]>> moderatedPairs(ReportPeriod first, ReportPeriod last) {
        var byQuarter = new HashMap<ReportPeriod, List<int[]>>();
        jdbc.sql("""
                        select extract(year from m.graded_at), extract(month from m.graded_at), a.overall_grade,
                            m.moderator_grade, count(*)
                        from audit_moderation m join audit a on a.id = m.audit_id
                        where a.overall_grade is not null and m.graded_at >= :from and m.graded_at < :until
                        group by extract(year from m.graded_at), extract(month from m.graded_at), a.overall_grade,
                            m.moderator_grade
                        """)
                .param("from", start(first))
                .param("until", Timestamp.valueOf(last.to().plusDays(1).atStartOfDay()))
                .query(rs -> {
                    var q = new ReportPeriod(rs.getInt(1), (rs.getInt(2) - 1) / 3 + 1);
                    var pair = new int[] {
                        Grade.valueOf(rs.getString(3)).score(),
                        Grade.valueOf(rs.getString(4)).score()
                    };
                    var list = byQuarter.computeIfAbsent(q, k -> new ArrayList<>());
                    for (int i = 0; i < rs.getInt(5); i++) {
                        list.add(pair);
                    }
                });
        return byQuarter;
    }

    /** The quarter's counts by practice standard, from the monthly counts kept as audits are submitted. */
    private List<StandardRow> byStandard(ReportPeriod period) {
        var labels = new HashMap<Long, String>();
        standards.current(null, null).forEach(s -> labels.put(s.id(), s.label()));
        var rows = new TreeMap<String, int[]>();
        jdbc.sql("""
                        select subject_id, sum(audits), sum(good) from audit_result_month
                        where month_key >= :first and month_key < :last and subject = 'S'
                        group by subject_id
                        """)
                .param("first", period.year() * 100 + period.from().getMonthValue())
                .param("last", period.year() * 100 + period.to().getMonthValue() + 1)
                .query(rs -> {
                    var c = rows.computeIfAbsent(
                            labels.getOrDefault(rs.getLong(1), "Withdrawn standard"), k -> new int[2]);
                    c[0] += rs.getInt(2);
                    c[1] += rs.getInt(3);
                });
        return rows.entrySet().stream()
                .map(e -> new StandardRow(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    private static Timestamp start(ReportPeriod q) {
        return Timestamp.valueOf(q.from().atStartOfDay());
    }
}
