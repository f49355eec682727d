package org.praxis.complaints;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.praxis.accesslog.AccessLog;
import org.praxis.actions.Actions;
import org.praxis.documents.ReportSection;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.RecordRefused;
import org.praxis.identity.Role;
import org.praxis.statistics.Share;
import org.praxis.web.Refused;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statutory annual report of a procedure for a financial year (1 April to 31 March): numbers by stage,
 * outcomes, timeliness, Ombudsman decisions, learning and changes made. Drawn from the complaints until published;
 * then its tables are stored cell by cell and never drawn again.
 */
@Service
class AnnualReports {

    /** A report: its tables, and when it was published (null while a draft). */
    record Report(
            Procedure procedure,
            int year,
            List<ReportSection.Table> tables,
            List<String> learning,
            String publishedBy,
            LocalDateTime publishedAt) {

        public boolean published() {
            return publishedAt != null;
        }

        /** "2025 to 2026". */
        public String yearLabel() {
            return year + " to " + (year + 1);
        }
    }

    private final JdbcClient jdbc;
    private final Actions actions;
    private final AccessLog accessLog;
    private final Clock clock;

    AnnualReports(JdbcClient jdbc, Actions actions, AccessLog accessLog, Clock clock) {
        this.jdbc = jdbc;
        this.actions = actions;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** The financial year a day falls in, by its first calendar year. */
    static int yearOf(LocalDate day) {
        return day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
    }

    @Transactional(readOnly = true)
    Report report(Procedure procedure, int year) {
        return published(procedure, year).orElseGet(() -> draw(procedure, year));
    }

    @Transactional
    Report publish(CurrentUser user, Procedure procedure, int year) {
        if (!user.has(Role.COMPLAINTS_MANAGER)) {
            throw new RecordRefused("Complaints annual report", procedure + " " + year, "Not the complaints manager");
        }
        if (published(procedure, year).isPresent()) {
            throw new Refused("The " + procedure.label() + " report for " + year + " to " + (year + 1)
                    + " is published already: a published report does not change");
        }
        if (LocalDate.now(clock).isBefore(LocalDate.of(year + 1, 4, 1))) {
            throw new Refused(
                    "A year’s report can be published once the year has ended (after 31 March " + (year + 1) + ")");
        }
        var report = draw(procedure, year);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into complaint_report (procedure_code, report_year, published_by, published_at)"
                        + " values (?, ?, ?, ?)")
                .params(procedure.name(), year, user.displayName(), Timestamp.from(clock.instant()))
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        var tables = new ArrayList<>(report.tables());
        tables.add(new ReportSection.Table(
                "Learning and changes made",
                List.of("Learning"),
                report.learning().stream().map(List::of).toList()));
        for (int t = 0; t < tables.size(); t++) {
            var table = tables.get(t);
            cell(id, t, -1, 0, table.caption());
            for (int c = 0; c < table.columns().size(); c++) {
                cell(id, t, 0, c, table.columns().get(c));
            }
            for (int r = 0; r < table.rows().size(); r++) {
                for (int c = 0; c < table.rows().get(r).size(); c++) {
                    cell(id, t, r + 1, c, table.rows().get(r).get(c));
                }
            }
        }
        accessLog.changed("Complaints annual report", id);
        return published(procedure, year).orElseThrow();
    }

    private void cell(long report, int table, int row, int column, String text) {
        var value = text == null ? "" : text.length() > 2000 ? text.substring(0, 2000) : text;
        jdbc.sql("insert into complaint_report_cell (report_id, table_no, row_no, column_no, cell_text)"
                        + " values (?, ?, ?, ?, ?)")
                .params(report, table, row, column, value)
                .update();
    }

    private Optional<Report> published(Procedure procedure, int year) {
        record Head(long id, String by, LocalDateTime at) {}
        var head = jdbc.sql("select id, published_by, published_at from complaint_report"
                        + " where procedure_code = ? and report_year = ?")
                .params(procedure.name(), year)
                .query((rs, n) -> new Head(
                        rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toLocalDateTime()))
                .optional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        var cells = new LinkedHashMap<Integer, LinkedHashMap<Integer, List<String>>>();
        var captions = new LinkedHashMap<Integer, String>();
        jdbc.sql("select table_no, row_no, column_no, cell_text from complaint_report_cell where report_id = ?"
                        + " order by table_no, row_no, column_no")
                .param(head.get().id())
                .query(rs -> {
                    int t = rs.getInt(1);
                    int r = rs.getInt(2);
                    if (r < 0) {
                        captions.put(t, rs.getString(4));
                    } else {
                        cells.computeIfAbsent(t, k -> new LinkedHashMap<>())
                                .computeIfAbsent(r, k -> new ArrayList<>())
                                .add(rs.getString(4));
                    }
                });
        var tables = new ArrayList<ReportSection.Table>();
        var learning = new ArrayList<String>();
        captions.forEach((t, caption) -> {
            var rows = cells.getOrDefault(t, new LinkedHashMap<>());
            var columns = rows.getOrDefault(0, List.of());
            var body = rows.entrySet().stream()
                    .filter(e -> e.getKey() > 0)
                    .map(e -> e.getValue())
                    .toList();
            if ("Learning and changes made".equals(caption)) {
                body.forEach(r -> learning.add(r.getFirst()));
            } else {
                tables.add(new ReportSection.Table(caption, columns, body));
            }
        });
        return Optional.of(new Report(
                procedure, year, tables, learning, head.get().by(), head.get().at()));
    }

    /** The report drawn from the complaints as they stand: grouped queries over the year's stages. */
    private Report draw(Procedure procedure, int year) {
        var from = LocalDate.of(year, 4, 1);
        var to = LocalDate.of(year + 1, 3, 31);
        var today = LocalDate.now(clock);
        var tables = new ArrayList<ReportSection.Table>();
        var received = jdbc.sql("select kind, count(*) from complaint where procedure_code = ?"
                        + " and received_on between ? and ? group by kind")
                .params(procedure.name(), from, to)
                .query((rs, n) -> java.util.Map.entry(rs.getString(1), rs.getInt(2)))
                .list();
        var kinds = new LinkedHashMap<String, Integer>();
        received.forEach(e -> kinds.put(e.getKey(), e.getValue()));
        tables.add(new ReportSection.Table(
                "Received in the year",
                List.of("What", "Number"),
                List.of(
                        List.of("Complaints", String.valueOf(kinds.getOrDefault("COMPLAINT", 0))),
                        List.of("Compliments", String.valueOf(kinds.getOrDefault("COMPLIMENT", 0))),
                        List.of("Councillor or MP enquiries", String.valueOf(kinds.getOrDefault("ENQUIRY", 0))))));
        record StageRow(
                int stage,
                int started,
                int responded,
                int inTime,
                int extended,
                int upheld,
                int partly,
                int notUpheld,
                int overdue) {}
        // Two grouped queries, each on its own index: stages started in the year, and stages answered in it.
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
                .param("today", today)
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
        var stages = rowsByStage.entrySet().stream()
                .map(e -> {
                    var r = e.getValue();
                    return new StageRow(e.getKey(), r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7]);
                })
                .toList();
        tables.add(new ReportSection.Table(
                "Numbers by stage and outcomes",
                List.of("Stage", "Started", "Responded to", "Upheld", "Partly upheld", "Not upheld"),
                stages.stream()
                        .map(s -> List.of(
                                "Stage " + s.stage(),
                                String.valueOf(s.started()),
                                String.valueOf(s.responded()),
                                String.valueOf(s.upheld()),
                                String.valueOf(s.partly()),
                                String.valueOf(s.notUpheld())))
                        .toList()));
        tables.add(new ReportSection.Table(
                "Timeliness by stage",
                List.of("Stage", "Responded to in time", "95% interval", "Extended", "Unanswered past their date"),
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
                        .toList()));
        var categories = jdbc.sql("""
                        select coalesce(k.name, 'No category'), count(*),
                            sum(case when c.outcome in ('UPHELD', 'PARTLY_UPHELD') then 1 else 0 end)
                        from complaint c left join complaint_category k on k.id = c.category_id
                        where c.kind = 'COMPLAINT' and c.procedure_code = ? and c.received_on between ? and ?
                        group by coalesce(k.name, 'No category'), k.position order by k.position
                        """)
                .params(procedure.name(), from, to)
                .query((rs, n) -> List.of(rs.getString(1), String.valueOf(rs.getInt(2)), String.valueOf(rs.getInt(3))))
                .list();
        tables.add(new ReportSection.Table(
                "Complaints by category", List.of("Category", "Received", "Upheld in whole or in part"), categories));
        var ombudsman = jdbc.sql("""
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
                        List.of("Referred to the Ombudsman", String.valueOf(rs.getInt(1))),
                        List.of("Decisions received", String.valueOf(rs.getInt(2))),
                        List.of("Fault found", String.valueOf(rs.getInt(3))),
                        List.of("Fault causing injustice", String.valueOf(rs.getInt(4))),
                        List.of("Remedies complied with", String.valueOf(rs.getInt(5))),
                        List.of("Remedies not yet complied with", String.valueOf(rs.getInt(6)))))
                .single();
        tables.add(new ReportSection.Table(
                "The Local Government and Social Care Ombudsman", List.of("What", "Number"), ombudsman));
        int upheld = jdbc.sql("select count(*) from complaint where kind = 'COMPLAINT' and procedure_code = ?"
                        + " and received_on between ? and ? and outcome in ('UPHELD', 'PARTLY_UPHELD')")
                .params(procedure.name(), from, to)
                .query(Integer.class)
                .single();
        // Actions are raised from learning, so only complaints with learning can have them.
        var upheldIds = jdbc.sql("select id from complaint where kind = 'COMPLAINT' and procedure_code = ?"
                        + " and received_on between ? and ? and outcome in ('UPHELD', 'PARTLY_UPHELD')"
                        + " and learning is not null")
                .params(procedure.name(), from, to)
                .query(Long.class)
                .list();
        var raised =
                upheldIds.isEmpty() ? List.<Actions.ActionRow>of() : actions.forSources(Complaints.SOURCE, upheldIds);
        var byStatus = new java.util.TreeMap<String, Integer>();
        raised.forEach(a -> byStatus.merge(a.status().label(), 1, Integer::sum));
        var actionRows = new ArrayList<List<String>>();
        actionRows.add(List.of("Upheld in whole or in part", String.valueOf(upheld)));
        actionRows.add(List.of("Actions raised from their learning", String.valueOf(raised.size())));
        byStatus.forEach((status, n) ->
                actionRows.add(List.of("Actions " + status.toLowerCase(java.util.Locale.UK), String.valueOf(n))));
        tables.add(new ReportSection.Table("Actions from learning", List.of("What", "Number"), actionRows));
        var learning = jdbc.sql("select learning from complaint where kind = 'COMPLAINT' and procedure_code = ?"
                        + " and received_on between ? and ? and learning is not null"
                        + " order by received_on desc, id desc fetch first 25 rows only")
                .params(procedure.name(), from, to)
                .query(String.class)
                .list();
        return new Report(procedure, year, tables, learning, null, null);
    }
}
