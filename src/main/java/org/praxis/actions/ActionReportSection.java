package org.praxis.actions;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.praxis.documents.ReportPeriod;
import org.praxis.documents.ReportSection;
import org.praxis.documents.ReportSectionSource;
import org.praxis.documents.SectionReadings;
import org.praxis.statistics.Share;
import org.praxis.statistics.SmallNumbers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The actions section of the composed reports: actions open and overdue at the quarter's end (each action's status
 * then, from its history), actions completed in the quarter (verified in it) and the share completed on time (marked
 * done by the owner on or before the due date), by source. Three aggregate queries; no action is named.
 */
@Component
class ActionReportSection implements ReportSectionSource {

    static final String KEY = "actions";

    /** One source's figures: open and overdue at a quarter's end, completed in the quarter and on time. */
    static final class Counts {
        int open;
        int overdue;
        int completed;
        int onTime;
    }

    private final JdbcClient jdbc;
    private final SmallNumbers rules;

    ActionReportSection(JdbcClient jdbc, SmallNumbers rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    @Transactional(readOnly = true)
    public ReportSection section(ReportPeriod period) {
        var now = new TreeMap<String, Counts>();
        var before = new TreeMap<String, Counts>();
        atEnd(period, now);
        atEnd(period.previous(), before);
        completed(period, now);
        completed(period.previous(), before);
        return compose(period, now, before);
    }

    ReportSection compose(ReportPeriod period, Map<String, Counts> now, Map<String, Counts> before) {
        var title = "Actions";
        var total = sum(now);
        if (total.open == 0 && total.completed == 0) {
            return SectionReadings.nothing(
                    KEY,
                    title,
                    "No actions were open at the end of " + period.label() + " and none were completed in it.",
                    "/actions/all");
        }
        var was = sum(before);
        var beforeLabel = period.previous().shortLabel();
        boolean anyBefore = !before.isEmpty();
        var overdue = SectionReadings.count(total.overdue, anyBefore ? (long) was.overdue : null, beforeLabel, false);
        var open = SectionReadings.activity(total.open, anyBefore ? (long) was.open : null, beforeLabel);
        var completed = SectionReadings.activity(total.completed, anyBefore ? (long) was.completed : null, beforeLabel);
        var onTime = Share.of(total.onTime, total.completed);
        var onTimeReading =
                SectionReadings.share(rules, onTime, Share.of(was.onTime, was.completed), beforeLabel, "actions", true);
        var headlines = List.of(
                new ReportSection.Headline(
                        "overdue",
                        "Actions overdue at the end of the quarter",
                        String.valueOf(total.overdue),
                        "of " + total.open + " open",
                        overdue.words(),
                        overdue.trend(),
                        "/actions/all"),
                new ReportSection.Headline(
                        "completed-on-time",
                        "Actions completed on time",
                        onTime.known() ? Share.percent(onTime.value()) : "None completed",
                        onTime.known()
                                ? SectionReadings.basis(onTime, "completed in the quarter")
                                : "no action was completed in the quarter",
                        onTimeReading.words(),
                        onTimeReading.trend(),
                        "/actions/all"),
                new ReportSection.Headline(
                        "open",
                        "Actions open at the end of the quarter",
                        String.valueOf(total.open),
                        "not yet verified or cancelled",
                        open.words(),
                        open.trend(),
                        "/actions/all"),
                new ReportSection.Headline(
                        "completed",
                        "Actions completed in the quarter",
                        String.valueOf(total.completed),
                        "verified as done in the quarter",
                        completed.words(),
                        completed.trend(),
                        "/actions/all"));
        var points = new ArrayList<ReportSection.Chart.Point>();
        var rows = new ArrayList<List<String>>();
        now.forEach((source, c) -> {
            points.add(new ReportSection.Chart.Point(ActionSourceNames.of(source), (double) c.overdue, null, null));
            rows.add(List.of(
                    ActionSourceNames.of(source),
                    String.valueOf(c.open),
                    String.valueOf(c.overdue),
                    String.valueOf(c.completed),
                    c.completed == 0 ? "–" : c.onTime + " of " + c.completed));
        });
        var table = new ReportSection.Table(
                "Actions by source, " + period.shortLabel(),
                List.of("Source", "Open at quarter end", "Overdue at quarter end", "Completed", "Completed on time"),
                rows);
        var chart = new ReportSection.Chart(
                "Overdue actions by source at the end of " + period.shortLabel(),
                "Bar chart of the actions overdue at the end of " + period.shortLabel() + " by where they came from: "
                        + total.overdue + " in all.",
                ReportSection.Chart.Kind.BARS,
                "Overdue actions",
                points,
                table);
        var summary = total.open + " action" + (total.open == 1 ? " was" : "s were") + " open at the end of "
                + period.label() + ", " + total.overdue + " of them overdue ("
                + SectionReadings.inSentence(overdue.words()) + "). "
                + total.completed + " " + (total.completed == 1 ? "was" : "were") + " completed in the quarter"
                + (onTime.known()
                        ? ", " + total.onTime + " of them on time (" + Share.percent(onTime.value()) + "; "
                                + SectionReadings.inSentence(onTimeReading.words()) + ")."
                        : ".");
        return new ReportSection(KEY, title, summary, "/actions/all", headlines, List.of(chart), List.of());
    }

    /**
     * Each source's actions open and overdue when the quarter ended: every action raised by then and not finished
     * before it, at the status of its last change by then. An action finished before the quarter's end was last
     * updated then, so only unfinished actions and those changed since are read.
     */
    private void atEnd(ReportPeriod period, Map<String, Counts> bySource) {
        var end = Timestamp.valueOf(period.to().plusDays(1).atStartOfDay());
        jdbc.sql("""
                        select a.source, h.to_status, a.due_date, count(*)
                        from action_item a join action_history h on h.action_id = a.id
                        where a.created_at < :end
                            and (a.status not in ('VERIFIED', 'CANCELLED') or a.updated_at >= :end)
                            and h.id = (select max(l.id) from action_history l
                                where l.action_id = a.id and l.changed_at < :end)
                            and h.to_status not in ('VERIFIED', 'CANCELLED')
                        group by a.source, h.to_status, a.due_date
                        """).param("end", end).query(rs -> {
            var c = bySource.computeIfAbsent(rs.getString(1), k -> new Counts());
            int n = rs.getInt(4);
            c.open += n;
            if (Actions.overdue(ActionStatus.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class), period.to())) {
                c.overdue += n;
            }
        });
    }

    /**
     * Each source's actions verified in the quarter, and how many of those the owner last marked done on or before
     * the due date.
     */
    private void completed(ReportPeriod period, Map<String, Counts> bySource) {
        jdbc.sql("""
                        select a.source, count(*),
                            sum(case when (select cast(max(d.changed_at) as date) from action_history d
                                where d.action_id = a.id and d.to_status = 'DONE') <= a.due_date then 1 else 0 end)
                        from action_history v join action_item a on a.id = v.action_id
                        where v.to_status = 'VERIFIED' and v.changed_at >= :from and v.changed_at < :until
                        group by a.source
                        """)
                .param("from", Timestamp.valueOf(period.from().atStartOfDay()))
                .param("until", Timestamp.valueOf(period.to().plusDays(1).atStartOfDay()))
                .query(rs -> {
                    var c = bySource.computeIfAbsent(rs.getString(1), k -> new Counts());
                    c.completed += rs.getInt(2);
                    c.onTime += rs.getInt(3);
                });
    }

    private static Counts sum(Map<String, Counts> bySource) {
        var total = new Counts();
        bySource.values().forEach(c -> {
            total.open += c.open;
            total.overdue += c.overdue;
            total.completed += c.completed;
            total.onTime += c.onTime;
        });
        return total;
    }
}
