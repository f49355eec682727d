package org.praxis.complaints;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.praxis.documents.ReportPeriod;
import org.praxis.documents.ReportSection;
import org.praxis.register.SamplingFrame;
import org.praxis.statistics.Share;
import org.praxis.statistics.SmallNumbers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures about groups, never people: complaints quarter by quarter per 1,000 open cases (the register's counts of
 * open cases in its latest snapshot taken in the quarter; a quarter with none has no rate, rather than another
 * quarter's count), by procedure and category, the share answered
 * in time at stage 1, upheld, compliments; and how the mix of categories changed, judged with the statistics
 * toolkit's one reading of a change (a category's share, latest four quarters against the four before).
 */
@Service
class ComplaintFigures {

    /**
     * One quarter's figures. {@code childrenOpen} and {@code adultsOpen} are the open cases of the register's latest
     * children's and adults' snapshots taken in the quarter: null when it has none.
     */
    record Quarter(
            ReportPeriod period,
            Map<Procedure, Integer> received,
            Map<String, Integer> byCategory,
            int answerDue,
            int answeredInTime,
            int upheld,
            int decided,
            int compliments,
            Long childrenOpen,
            Long adultsOpen) {

        public int complaints() {
            return received.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** Children's and adults' open cases together; null unless the quarter has a snapshot of each. */
        public Long openCases() {
            return childrenOpen == null || adultsOpen == null ? null : childrenOpen + adultsOpen;
        }

        /**
         * Social care complaints (children's and adults') per 1,000 open cases; null unless the quarter has a snapshot
         * of both registers.
         */
        public Double perThousand() {
            int social = received.getOrDefault(Procedure.CHILDREN, 0) + received.getOrDefault(Procedure.ADULTS, 0);
            var open = openCases();
            return open == null || open == 0 ? null : social * 1000.0 / open;
        }

        public Double perThousand(Procedure procedure) {
            var open =
                    procedure == Procedure.CHILDREN ? childrenOpen : procedure == Procedure.ADULTS ? adultsOpen : null;
            return open == null || open == 0 ? null : received.getOrDefault(procedure, 0) * 1000.0 / open;
        }

        /** What the rate is out of, in words: the open cases counted, or which snapshot the quarter lacks. */
        public String openCasesInWords() {
            if (childrenOpen == null && adultsOpen == null) {
                return NO_SNAPSHOT;
            }
            if (childrenOpen == null) {
                return adultsOpen + " open adults’ cases; " + missingSnapshot();
            }
            if (adultsOpen == null) {
                return childrenOpen + " open children’s cases; " + missingSnapshot();
            }
            return childrenOpen + " open children’s cases and " + adultsOpen + " open adults’ cases";
        }

        /** Why the quarter has no rate, in words that go inside a sentence; null when it has both snapshots. */
        public String missingSnapshot() {
            if (childrenOpen == null && adultsOpen == null) {
                return "no register snapshot for this quarter";
            }
            if (childrenOpen == null || adultsOpen == null) {
                return "no " + (childrenOpen == null ? "children’s" : "adults’")
                        + " register snapshot for this quarter";
            }
            return null;
        }

        public Share inTime() {
            return Share.of(answeredInTime, answerDue);
        }

        public Share upheldShare() {
            return Share.of(upheld, decided);
        }
    }

    /** A category's share of complaints, the latest four quarters against the four before, with the reading. */
    record MixChange(String category, Share before, Share after, SmallNumbers.Change change) {

        /** In words: a rise or fall only when the interval of the change leaves out no change. */
        public String words() {
            return switch (change.reading()) {
                case TOO_FEW -> change.words();
                case IMPROVED -> "A larger share than the year before: more than chance would give";
                case WORSE -> "A smaller share than the year before: more than chance would give";
                case NO_CLEAR_CHANGE -> "No clear change (within what chance would give)";
            };
        }
    }

    /** Said of a quarter the register has no snapshot of, instead of a rate. */
    static final String NO_SNAPSHOT = "No register snapshot for this quarter";

    private final JdbcClient jdbc;
    private final SamplingFrame register;
    private final SmallNumbers smallNumbers;
    private final ComplaintStore store;
    private final Clock clock;

    ComplaintFigures(
            JdbcClient jdbc, SamplingFrame register, SmallNumbers smallNumbers, ComplaintStore store, Clock clock) {
        this.jdbc = jdbc;
        this.register = register;
        this.smallNumbers = smallNumbers;
        this.store = store;
        this.clock = clock;
    }

    /** The quarters, oldest first, each with its figures: three grouped queries and one of the register. */
    @Transactional(readOnly = true)
    List<Quarter> quarters(List<ReportPeriod> periods) {
        var from = periods.getFirst().from();
        var to = periods.getLast().to();
        var today = LocalDate.now(clock);
        var categories = new LinkedHashMap<Long, String>();
        store.categories().forEach(k -> categories.put(k.id(), k.name()));
        record Key(int year, int month) {}
        var received = new LinkedHashMap<ReportPeriod, Map<Procedure, Integer>>();
        var byCategory = new LinkedHashMap<ReportPeriod, Map<String, Integer>>();
        var tallies = new LinkedHashMap<ReportPeriod, int[]>();
        for (var p : periods) {
            received.put(p, new java.util.EnumMap<>(Procedure.class));
            byCategory.put(p, new LinkedHashMap<>());
            tallies.put(p, new int[5]);
        }
        jdbc.sql("""
                        select cast(extract(year from c.received_on) as integer),
                            cast(extract(month from c.received_on) as integer), c.procedure_code, c.category_id,
                            count(*),
                            sum(case when s.responded_on is not null
                                or coalesce(s.extended_to, s.due_on) < :today then 1 else 0 end),
                            sum(case when s.responded_on is not null
                                and s.responded_on <= coalesce(s.extended_to, s.due_on, s.responded_on)
                                then 1 else 0 end),
                            sum(case when c.outcome in ('UPHELD', 'PARTLY_UPHELD') then 1 else 0 end),
                            sum(case when c.outcome is not null then 1 else 0 end)
                        from complaint c
                            left join complaint_stage s on s.complaint_id = c.id and s.stage = 1
                        where c.kind = 'COMPLAINT' and c.received_on between :from and :to
                        group by cast(extract(year from c.received_on) as integer),
                            cast(extract(month from c.received_on) as integer), c.procedure_code, c.category_id
                        """).param("today", today).param("from", from).param("to", to).query(rs -> {
            var period = ReportPeriod.containing(LocalDate.of(rs.getInt(1), rs.getInt(2), 1));
            int n = rs.getInt(5);
            received.get(period).merge(Procedure.valueOf(rs.getString(3)), n, Integer::sum);
            var category = categories.getOrDefault(rs.getObject(4, Long.class), "No category");
            byCategory.get(period).merge(category, n, Integer::sum);
            var t = tallies.get(period);
            t[0] += rs.getInt(6);
            t[1] += rs.getInt(7);
            t[2] += rs.getInt(8);
            t[3] += rs.getInt(9);
        });
        jdbc.sql("""
                        select cast(extract(year from received_on) as integer),
                            cast(extract(month from received_on) as integer), count(*)
                        from complaint where kind = 'COMPLIMENT' and received_on between :from and :to
                        group by cast(extract(year from received_on) as integer),
                            cast(extract(month from received_on) as integer)
                        """).param("from", from).param("to", to).query(rs -> {
            tallies.get(ReportPeriod.containing(LocalDate.of(rs.getInt(1), rs.getInt(2), 1)))[4] += rs.getInt(3);
        });
        var open = register.openCaseCounts();
        var quarters = new ArrayList<Quarter>();
        for (var p : periods) {
            var children = openIn(open, false, p);
            var adults = openIn(open, true, p);
            var t = tallies.get(p);
            quarters.add(
                    new Quarter(p, received.get(p), byCategory.get(p), t[0], t[1], t[2], t[3], t[4], children, adults));
        }
        return quarters;
    }

    /**
     * Open cases of the register's latest snapshot (children's or adults') taken in the quarter; null when it has
     * none. A quarter before the first snapshot, or between two far apart, gets no count: never a later quarter's
     * (today's) count, which would make up a rate for a quarter the register did not see.
     */
    static Long openIn(List<SamplingFrame.OpenCaseCount> counts, boolean adults, ReportPeriod quarter) {
        Long found = null;
        for (var c : counts) {
            if (c.adults() == adults
                    && !c.asAt().isBefore(quarter.from())
                    && !c.asAt().isAfter(quarter.to())) {
                found = c.openCases();
            }
        }
        return found;
    }

    /** The category names in the council's order, then any other seen. */
    List<String> categoryNames(List<Quarter> quarters) {
        var names = new ArrayList<String>();
        store.categories().forEach(k -> names.add(k.name()));
        quarters.forEach(q ->
                q.byCategory().keySet().stream().filter(n -> !names.contains(n)).forEach(names::add));
        return names;
    }

    /** Each category's share, the last four of these quarters against the four before (eight quarters needed). */
    List<MixChange> mixChanges(List<Quarter> quarters) {
        if (quarters.size() < 8) {
            return List.of();
        }
        var before = quarters.subList(quarters.size() - 8, quarters.size() - 4);
        var after = quarters.subList(quarters.size() - 4, quarters.size());
        int beforeTotal = before.stream().mapToInt(Quarter::complaints).sum();
        int afterTotal = after.stream().mapToInt(Quarter::complaints).sum();
        var changes = new ArrayList<MixChange>();
        for (var name : categoryNames(quarters)) {
            int b = before.stream()
                    .mapToInt(q -> q.byCategory().getOrDefault(name, 0))
                    .sum();
            int a = after.stream()
                    .mapToInt(q -> q.byCategory().getOrDefault(name, 0))
                    .sum();
            if (a == 0 && b == 0) {
                continue;
            }
            var sb = Share.of(b, beforeTotal);
            var sa = Share.of(a, afterTotal);
            changes.add(new MixChange(name, sb, sa, smallNumbers.change(sb, sa, "complaints")));
        }
        return changes;
    }

    /** The category mix of the last four quarters as bars, with the table of every quarter's counts. */
    ReportSection.Chart mixChart(List<Quarter> quarters) {
        var names = categoryNames(quarters);
        var recent = quarters.subList(Math.max(0, quarters.size() - 4), quarters.size());
        int total = recent.stream().mapToInt(Quarter::complaints).sum();
        var points = new ArrayList<ReportSection.Chart.Point>();
        for (var name : names) {
            int n = recent.stream()
                    .mapToInt(q -> q.byCategory().getOrDefault(name, 0))
                    .sum();
            points.add(new ReportSection.Chart.Point(name, total == 0 ? 0.0 : n * 100.0 / total, null, null));
        }
        var columns = new ArrayList<String>();
        columns.add("Quarter");
        columns.addAll(names);
        columns.add("All complaints");
        var rows = new ArrayList<List<String>>();
        for (var q : quarters) {
            var row = new ArrayList<String>();
            row.add(q.period().shortLabel());
            for (var name : names) {
                int n = q.byCategory().getOrDefault(name, 0);
                row.add(n + (q.complaints() == 0 ? "" : " (" + Share.percent((double) n / q.complaints()) + ")"));
            }
            row.add(String.valueOf(q.complaints()));
            rows.add(row);
        }
        var first = recent.isEmpty() ? "" : recent.getFirst().period().shortLabel();
        var last = recent.isEmpty() ? "" : recent.getLast().period().shortLabel();
        var largest = points.stream()
                .max(java.util.Comparator.comparing(ReportSection.Chart.Point::value))
                .map(ReportSection.Chart.Point::label)
                .orElse("none");
        return new ReportSection.Chart(
                "Categories of complaints, " + first + " to " + last,
                "Bar chart of the share of complaints in each category from " + first + " to " + last
                        + "; the largest is " + largest + ". The table below gives every quarter’s counts.",
                ReportSection.Chart.Kind.BARS,
                "% of complaints",
                points,
                new ReportSection.Table("Complaints by category, quarter by quarter", columns, rows));
    }

    /** Complaints per 1,000 open cases, quarter by quarter, as a table. */
    ReportSection.Table rateTable(List<Quarter> quarters) {
        var rows = new ArrayList<List<String>>();
        for (var q : quarters) {
            rows.add(List.of(
                    q.period().shortLabel(),
                    String.valueOf(q.received().getOrDefault(Procedure.CHILDREN, 0)),
                    rate(q.perThousand(Procedure.CHILDREN)),
                    String.valueOf(q.received().getOrDefault(Procedure.ADULTS, 0)),
                    rate(q.perThousand(Procedure.ADULTS)),
                    String.valueOf(q.received().getOrDefault(Procedure.CORPORATE, 0)),
                    rate(q.perThousand()),
                    q.openCasesInWords(),
                    q.answerDue() == 0
                            ? "None due"
                            : q.answeredInTime() + " of " + q.answerDue() + " ("
                                    + Share.percent(q.inTime().value()) + ")",
                    String.valueOf(q.compliments())));
        }
        return new ReportSection.Table(
                "Complaints received per 1,000 open cases, and stage 1 responses in time",
                List.of(
                        "Quarter",
                        "Children’s",
                        "Per 1,000 open children’s cases",
                        "Adults’",
                        "Per 1,000 open adults’ cases",
                        "Corporate",
                        "Social care per 1,000 open cases",
                        "Open cases counted (the register’s latest snapshot in the quarter)",
                        "Stage 1 responses in time",
                        "Compliments"),
                rows);
    }

    /** A rate to one decimal place; "–" where the quarter has no register snapshot to count open cases from. */
    static String rate(Double rate) {
        return rate == null ? "–" : String.format(java.util.Locale.UK, "%.1f", rate);
    }
}
