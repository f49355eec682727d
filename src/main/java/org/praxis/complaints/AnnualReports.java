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
import org.praxis.documents.ReportSection;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.RecordRefused;
import org.praxis.identity.Role;
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
            List<Learning> learning,
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

    /** A learning, once, and how many of the year's answered complaints it came from. */
    record Learning(String text, int complaints) {

        /** "Duty now picks up messages daily (12 complaints)". */
        public String words() {
            return text + " (" + complaints + (complaints == 1 ? " complaint)" : " complaints)");
        }
    }

    private static final String LEARNING = "Learning and changes made";

    private final JdbcClient jdbc;
    private final AnnualReportDrawing drawing;
    private final AccessLog accessLog;
    private final Clock clock;

    AnnualReports(JdbcClient jdbc, AnnualReportDrawing drawing, AccessLog accessLog, Clock clock) {
        this.jdbc = jdbc;
        this.drawing = drawing;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** The financial year a day falls in, by its first calendar year. */
    static int yearOf(LocalDate day) {
        return day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
    }

    /** The published report, or the draft drawn now; refused, naming the year, when there is nothing to report. */
    @Transactional(readOnly = true)
    Report report(Procedure procedure, int year) {
        return published(procedure, year).orElseGet(() -> {
            checkSomethingReceived(procedure, year);
            return drawing.draw(procedure, year);
        });
    }

    /**
     * A statutory report of zeros is not drawn: refused for a year before the procedure's first record in Praxis, and
     * for a year in which nothing (no complaint, compliment or enquiry) was received under it.
     */
    void checkSomethingReceived(Procedure procedure, int year) {
        var label = "There is no " + procedure.label().toLowerCase(java.util.Locale.UK) + " annual report for " + year
                + " to " + (year + 1L) + ": ";
        var first = jdbc.sql("select min(received_on) from complaint where procedure_code = ?")
                .param(procedure.name())
                .query((rs, n) -> rs.getObject(1, LocalDate.class))
                .list()
                .getFirst();
        if (first == null) {
            throw new Refused(
                    "year",
                    label + "no " + procedure.label().toLowerCase(java.util.Locale.UK)
                            + " complaint, compliment or enquiry is recorded yet");
        }
        if (year < yearOf(first)) {
            throw new Refused(
                    "year",
                    label + "the first " + procedure.label().toLowerCase(java.util.Locale.UK)
                            + " complaint, compliment or enquiry recorded was received on "
                            + Complaints.DAY.format(first));
        }
        // a year still to come (however far) has had nothing received
        if (year > yearOf(LocalDate.now(clock)) || !received(procedure, year)) {
            throw new Refused(
                    "year",
                    label + "no " + procedure.label().toLowerCase(java.util.Locale.UK)
                            + " complaint, compliment or enquiry was received between 1 April " + year
                            + " and 31 March " + (year + 1L));
        }
    }

    /** Whether anything was received in the year: under the procedure, or under any when it is null. */
    private boolean received(Procedure procedure, int year) {
        var from = LocalDate.of(year, 4, 1);
        var to = LocalDate.of(year + 1, 3, 31);
        var found = procedure == null
                ? jdbc.sql("select id from complaint where received_on between ? and ? fetch first 1 rows only")
                        .params(from, to)
                : jdbc.sql("select id from complaint where procedure_code = ? and received_on between ? and ?"
                                + " fetch first 1 rows only")
                        .params(procedure.name(), from, to);
        return found.query(Long.class).optional().isPresent();
    }

    /** The years (by their first calendar year) in which anything was received under any procedure, newest first. */
    @Transactional(readOnly = true)
    List<Integer> years() {
        record Span(LocalDate first, LocalDate last) {}
        var span = jdbc.sql("select min(received_on), max(received_on) from complaint")
                .query((rs, n) -> new Span(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)))
                .single();
        var years = new ArrayList<Integer>();
        if (span.first() == null) {
            return years;
        }
        for (int y = yearOf(span.last()); y >= yearOf(span.first()); y--) {
            if (received(null, y)) {
                years.add(y);
            }
        }
        return years;
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
        checkSomethingReceived(procedure, year);
        if (LocalDate.now(clock).isBefore(LocalDate.of(year + 1, 4, 1))) {
            throw new Refused(
                    "A year’s report can be published once the year has ended (after 31 March " + (year + 1) + ")");
        }
        var report = drawing.draw(procedure, year);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into complaint_report (procedure_code, report_year, published_by, published_at)"
                        + " values (?, ?, ?, ?)")
                .params(procedure.name(), year, user.displayName(), Timestamp.from(clock.instant()))
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        var tables = new ArrayList<>(report.tables());
        tables.add(new ReportSection.Table(
                LEARNING,
                List.of("Learning", "Complaints it came from"),
                report.learning().stream()
                        .map(l -> List.of(l.text(), String.valueOf(l.complaints())))
                        .toList()));
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
        var learning = new LinkedHashMap<String, Integer>();
        captions.forEach((t, caption) -> {
            var rows = cells.getOrDefault(t, new LinkedHashMap<>());
            var columns = rows.getOrDefault(0, List.of());
            var body = rows.entrySet().stream()
                    .filter(e -> e.getKey() > 0)
                    .map(e -> e.getValue())
                    .toList();
            if (LEARNING.equals(caption)) {
                // A report published before learning was counted holds one row per complaint: counted here.
                body.forEach(r -> learning.merge(r.getFirst(), r.size() > 1 ? count(r.get(1)) : 1, Integer::sum));
            } else {
                tables.add(new ReportSection.Table(caption, columns, body));
            }
        });
        var counted = new ArrayList<Learning>();
        learning.forEach((text, n) -> counted.add(new Learning(text, n)));
        counted.sort(java.util.Comparator.comparingInt(Learning::complaints).reversed());
        return Optional.of(new Report(
                procedure,
                year,
                tables,
                List.copyOf(counted),
                head.get().by(),
                head.get().at()));
    }

    private static int count(String cell) {
        try {
            return Integer.parseInt(cell.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
