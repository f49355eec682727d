package org.praxis.complaints;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.praxis.actions.Actions;
import org.praxis.documents.ReportSection;
import org.praxis.statistics.Share;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A procedure's annual report for a financial year drawn from the complaints as they stand (grouped queries over the
 * year's stages): what {@link AnnualReports} shows until the report is published, and stores when it is.
 */
@Component
class AnnualReportDrawing {

    private final JdbcClient jdbc;
    private final ComplaintStore store;
    private final Actions actions;
    private final Clock clock;

    AnnualReportDrawing(JdbcClient jdbc, ComplaintStore store, Actions actions, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.actions = actions;
        this.clock = clock;
    }

    /**
     * The report drawn from the complaints as they stand. Every figure says what it counts, on one of two bases: what
     * was received (a stage asked for) in the year, or the responses sent in the year with their outcomes. The upheld
     * complaints of the category and the actions tables are the stage table's, so the three agree.
     */
    AnnualReports.Report draw(Procedure procedure, int year) {
        var from = LocalDate.of(year, 4, 1);
        var to = LocalDate.of(year + 1, 3, 31);
        var tables = new ArrayList<ReportSection.Table>();
        tables.add(received(procedure, from, to));
        var stages = stages(procedure, from, to);
        tables.add(new ReportSection.Table(
                "Numbers by stage, and the outcomes of the responses sent in the year",
                List.of(
                        "Stage",
                        "Asked for in the year",
                        "Responses sent in the year",
                        "Upheld",
                        "Partly upheld",
                        "Not upheld"),
                stages.stream()
                        .map(s -> List.of(
                                "Stage " + s.stage(),
                                String.valueOf(s.started()),
                                String.valueOf(s.responded()),
                                String.valueOf(s.upheld()),
                                String.valueOf(s.partly()),
                                String.valueOf(s.notUpheld())))
                        .toList()));
        tables.add(timeliness(stages));
        tables.add(categories(procedure, from, to));
        tables.add(ombudsman(procedure, from, to));
        tables.add(actionsFromLearning(procedure, from, to, stages));
        return new AnnualReports.Report(procedure, year, tables, learning(procedure, from, to), null, null);
    }

    /** One stage's figures in the year: asked for in it; responses sent in it, and their outcomes. */
    private record StageRow(
            int stage,
            int started,
            int responded,
            int inTime,
            int extended,
            int upheld,
            int partly,
            int notUpheld,
            int overdue) {}

    private ReportSection.Table received(Procedure procedure, LocalDate from, LocalDate to) {
        var kinds = new LinkedHashMap<String, Integer>();
        jdbc.sql("select kind, count(*) from complaint where procedure_code = ? and received_on between ? and ?"
                        + " group by kind")
                .params(procedure.name(), from, to)
                .query(rs -> {
                    kinds.put(rs.getString(1), rs.getInt(2));
                });
        return new ReportSection.Table(
                "Received in the year",
                List.of("What", "Received in the year"),
                List.of(
                        List.of("Complaints (stage 1 asked for)", String.valueOf(kinds.getOrDefault("COMPLAINT", 0))),
                        List.of("Compliments", String.valueOf(kinds.getOrDefault("COMPLIMENT", 0))),
                        List.of("Councillor or MP enquiries", String.valueOf(kinds.getOrDefault("ENQUIRY", 0)))));
    }

    /** Two grouped queries, each on its own index: stages asked for in the year, and stages answered in it. */
    private List<StageRow> stages(Procedure procedure, LocalDate from, LocalDate to) {
        var rowsByStage = new java.util.TreeMap<Integer, int[]>();
        jdbc.sql("""
                        select stage, count(*),
                            sum(case when responded_on is null and coalesce(extended_to, due_on) < :today
                                then 1 else 0 end)
                        from complaint_stage
                        where procedure_code = :procedure and requested_on between :from and :to
                        group by stage
                        """)
                .param("from", from)
                .param("to", to)
                .param("today", LocalDate.now(clock))
                .param("procedure", procedure.name())
                .query(rs -> {
                    var row = rowsByStage.computeIfAbsent(rs.getInt(1), k -> new int[8]);
                    row[0] = rs.getInt(2);
                    row[7] = rs.getInt(3);
                });
        jdbc.sql("""
                        select stage, count(*),
                            sum(case when responded_on <= coalesce(extended_to, due_on, responded_on)
                                then 1 else 0 end),
                            sum(case when extended_to is not null then 1 else 0 end),
                            sum(case when outcome = 'UPHELD' then 1 else 0 end),
                            sum(case when outcome = 'PARTLY_UPHELD' then 1 else 0 end),
                            sum(case when outcome = 'NOT_UPHELD' then 1 else 0 end)
                        from complaint_stage
                        where procedure_code = :procedure and responded_on between :from and :to
                        group by stage
                        """)
                .param("from", from)
                .param("to", to)
                .param("procedure", procedure.name())
                .query(rs -> {
                    var row = rowsByStage.computeIfAbsent(rs.getInt(1), k -> new int[8]);
                    for (int i = 1; i <= 6; i++) {
                        row[i] = rs.getInt(i + 1);
                    }
                });
        return rowsByStage.entrySet().stream()
                .map(e -> {
                    var r = e.getValue();
                    return new StageRow(e.getKey(), r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7]);
                })
                .toList();
    }

    private static ReportSection.Table timeliness(List<StageRow> stages) {
        return new ReportSection.Table(
                "Timeliness by stage, of the responses sent in the year",
                List.of(
                        "Stage",
                        "Responses sent in time",
                        "95% interval",
                        "Extended",
                        "Asked for in the year and unanswered past their date when the report was drawn"),
                stages.stream()
                        .map(s -> {
                            var share = Share.of(s.inTime(), s.responded());
                            return List.of(
                                    "Stage " + s.stage(),
                                    s.responded() == 0
                                            ? "None responded to"
                                            : s.inTime() + " of " + s.responded() + " (" + Share.percent(share.value())
                                                    + ")",
                                    s.responded() == 0
                                            ? ""
                                            : Share.percent(share.lower()) + " to " + Share.percent(share.upper()),
                                    String.valueOf(s.extended()),
                                    String.valueOf(s.overdue()));
                        })
                        .toList());
    }

    /**
     * Complaints received in the year by category; and, by category, the stage 1 responses sent in the year and how
     * many of them upheld the complaint in whole or in part (summing to the stage table's stage 1 upheld and partly
     * upheld). A total row shows the sums.
     */
    private ReportSection.Table categories(Procedure procedure, LocalDate from, LocalDate to) {
        var counts = new LinkedHashMap<Long, int[]>();
        jdbc.sql("select category_id, count(*) from complaint where kind = 'COMPLAINT' and procedure_code = ?"
                        + " and received_on between ? and ? group by category_id")
                .params(procedure.name(), from, to)
                .query(rs -> {
                    counts.computeIfAbsent(rs.getObject(1, Long.class), k -> new int[3])[0] = rs.getInt(2);
                });
        jdbc.sql("""
                        select c.category_id, count(*),
                            sum(case when s.outcome in ('UPHELD', 'PARTLY_UPHELD') then 1 else 0 end)
                        from complaint_stage s join complaint c on c.id = s.complaint_id
                        where s.procedure_code = ? and s.stage = 1 and s.responded_on between ? and ?
                        group by c.category_id
                        """).params(procedure.name(), from, to).query(rs -> {
            var row = counts.computeIfAbsent(rs.getObject(1, Long.class), k -> new int[3]);
            row[1] = rs.getInt(2);
            row[2] = rs.getInt(3);
        });
        var names = new LinkedHashMap<Long, String>();
        store.categories().forEach(k -> names.put(k.id(), k.name()));
        names.put(null, "No category");
        var rows = new ArrayList<List<String>>();
        var total = new int[3];
        names.forEach((id, name) -> {
            var row = counts.get(id);
            if (row == null) {
                return;
            }
            rows.add(List.of(name, String.valueOf(row[0]), String.valueOf(row[1]), String.valueOf(row[2])));
            for (int i = 0; i < 3; i++) {
                total[i] += row[i];
            }
        });
        rows.add(List.of(
                "All categories", String.valueOf(total[0]), String.valueOf(total[1]), String.valueOf(total[2])));
        return new ReportSection.Table(
                "Complaints by category",
                List.of(
                        "Category",
                        "Received in the year",
                        "Stage 1 responses sent in the year",
                        "Upheld in whole or in part at stage 1"),
                rows);
    }

    private ReportSection.Table ombudsman(Procedure procedure, LocalDate from, LocalDate to) {
        var rows = jdbc.sql("""
                        select sum(case when o.referred_on between :from and :to then 1 else 0 end),
                            sum(case when o.decided_on between :from and :to then 1 else 0 end),
                            sum(case when o.decided_on between :from and :to and o.fault then 1 else 0 end),
                            sum(case when o.decided_on between :from and :to and o.injustice then 1 else 0 end),
                            sum(case when o.complied_on between :from and :to then 1 else 0 end),
                            sum(case when o.comply_by is not null and o.complied_on is null then 1 else 0 end)
                        from complaint_ombudsman o join complaint c on c.id = o.complaint_id
                        where c.procedure_code = :procedure
                        """)
                .param("from", from)
                .param("to", to)
                .param("procedure", procedure.name())
                .query((rs, n) -> List.of(
                        List.of("Referred to the Ombudsman in the year", String.valueOf(rs.getInt(1))),
                        List.of("Decisions received in the year", String.valueOf(rs.getInt(2))),
                        List.of("Of these, fault found", String.valueOf(rs.getInt(3))),
                        List.of("Of these, fault causing injustice", String.valueOf(rs.getInt(4))),
                        List.of("Remedies complied with in the year", String.valueOf(rs.getInt(5))),
                        List.of(
                                "Remedies not yet complied with when the report was drawn",
                                String.valueOf(rs.getInt(6)))))
                .single();
        return new ReportSection.Table(
                "The Local Government and Social Care Ombudsman", List.of("What", "Number"), rows);
    }

    /**
     * The complaints a response sent in the year upheld in whole or in part, stage by stage as the stage table counts
     * them, and the actions raised from their learning (each complaint's actions once).
     */
    private ReportSection.Table actionsFromLearning(
            Procedure procedure, LocalDate from, LocalDate to, List<StageRow> stages) {
        var rows = new ArrayList<List<String>>();
        for (int stage = 1; stage <= procedure.stages(); stage++) {
            int n = stage;
            int upheld = stages.stream()
                    .filter(s -> s.stage() == n)
                    .mapToInt(s -> s.upheld() + s.partly())
                    .sum();
            rows.add(List.of(
                    "Complaints upheld in whole or in part at stage " + stage + " (responses sent in the year)",
                    String.valueOf(upheld)));
        }
        var upheldIds = jdbc.sql("select distinct complaint_id from complaint_stage where procedure_code = ?"
                        + " and responded_on between ? and ? and outcome in ('UPHELD', 'PARTLY_UPHELD')")
                .params(procedure.name(), from, to)
                .query(Long.class)
                .list();
        var raised =
                upheldIds.isEmpty() ? List.<Actions.ActionRow>of() : actions.forSources(Complaints.SOURCE, upheldIds);
        var byStatus = new java.util.TreeMap<String, Integer>();
        raised.forEach(a -> byStatus.merge(a.status().label(), 1, Integer::sum));
        rows.add(List.of("Actions raised from their learning", String.valueOf(raised.size())));
        byStatus.forEach((status, n) ->
                rows.add(List.of("Actions " + status.toLowerCase(java.util.Locale.UK), String.valueOf(n))));
        return new ReportSection.Table(
                "Actions from learning: complaints upheld in whole or in part by a response sent in the year",
                List.of("What", "Number"),
                rows);
    }

    /**
     * What the complaints answered in the year (a response at any stage sent in it) taught: each learning once, with
     * how many of those complaints it came from, most frequent first.
     */
    private List<AnnualReports.Learning> learning(Procedure procedure, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select c.learning, count(distinct c.id)
                        from complaint_stage s join complaint c on c.id = s.complaint_id
                        where s.procedure_code = ? and s.responded_on between ? and ? and c.learning is not null
                        group by c.learning
                        order by count(distinct c.id) desc, c.learning
                        fetch first 500 rows only
                        """)
                .params(procedure.name(), from, to)
                .query((rs, n) -> new AnnualReports.Learning(rs.getString(1), rs.getInt(2)))
                .list();
    }
}
