package org.praxis.register.indicators;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.praxis.organisation.OrganisationDirectory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Works out the indicators of a snapshot from its episodes, overall and by team, and stores the counts. One pass
 * over the episodes the indicators use, streamed in list and child order.
 */
@Service
public class IndicatorCalculation {

    /** A team the counts are grouped by: a matched team, or a name from the file that is not matched yet. */
    record TeamKey(Long teamId, String label) {
        static final TeamKey ALL = new TeamKey(null, "");
    }

    /** The counts of one indicator: measure (met, total, or a visit bin) → value, per team and overall. */
    static final class Counts {
        final Map<TeamKey, Map<String, Integer>> byTeam = new HashMap<>();

        void add(Indicator indicator, TeamKey team, String measure) {
            bump(team, measure);
            bump(TeamKey.ALL, measure);
        }

        private void bump(TeamKey team, String measure) {
            byTeam.computeIfAbsent(team, t -> new HashMap<>()).merge(measure, 1, Integer::sum);
        }

        int get(TeamKey team, String measure) {
            return byTeam.getOrDefault(team, Map.of()).getOrDefault(measure, 0);
        }
    }

    /** An episode as the indicators need it. */
    record Row(
            int list,
            String reference,
            LocalDate start,
            LocalDate end,
            LocalDate conference,
            LocalDate lastVisit,
            Integer referrals,
            Integer previousPlans,
            Integer placements,
            TeamKey team) {}

    private final JdbcTemplate streaming;
    private final BankHolidays bankHolidays;
    private final IndicatorThresholds thresholds;
    private final OrganisationDirectory organisation;

    IndicatorCalculation(
            DataSource dataSource,
            BankHolidays bankHolidays,
            IndicatorThresholds thresholds,
            OrganisationDirectory organisation) {
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(1_000);
        this.bankHolidays = bankHolidays;
        this.thresholds = thresholds;
        this.organisation = organisation;
    }

    /** After bank holidays, team mappings or thresholds change: every Annex A snapshot's figures again. */
    @Transactional
    public void recalculateAll() {
        var workingDays = bankHolidays.workingDays();
        var current = thresholds.current();
        streaming
                .queryForList("select id from register_snapshot where source = 'ANNEX_A'", Long.class)
                .forEach(id -> calculateAndStore(id, workingDays, current));
    }

    /** Works out and stores the indicators of a snapshot under the thresholds in force, replacing earlier figures. */
    @Transactional
    public void calculateAndStore(long snapshotId) {
        calculateAndStore(snapshotId, bankHolidays.workingDays(), thresholds.current());
    }

    private void calculateAndStore(long snapshotId, WorkingDays workingDays, IndicatorThresholds.Thresholds current) {
        var asAt = streaming.queryForObject(
                "select as_at from register_snapshot where id = ?", LocalDate.class, snapshotId);
        var results = new HashMap<Indicator, Counts>();
        var calculator = new Calculator(asAt, workingDays, current, results);
        var teams = organisation.teams();
        streaming.query(
                """
                select e.list_number, e.case_reference, e.start_date, e.end_date, e.conference_date,
                    e.last_visit_date, e.referrals_in_12_months, e.previous_plans, e.placements_in_12_months,
                    e.team_id, e.team_name
                from register_episode e
                where e.snapshot_id = ? and e.list_number in (3, 4, 5, 7, 8)
                order by e.list_number, e.case_reference, e.start_date
                """,
                rs -> {
                    var teamId = rs.getObject(10, Long.class);
                    var team = teamId == null ? null : teams.get(teamId);
                    var label = team == null ? rs.getString(11) : team.name();
                    calculator.accept(new Row(
                            rs.getInt(1),
                            rs.getString(2),
                            rs.getObject(3, LocalDate.class),
                            rs.getObject(4, LocalDate.class),
                            rs.getObject(5, LocalDate.class),
                            rs.getObject(6, LocalDate.class),
                            rs.getObject(7, Integer.class),
                            rs.getObject(8, Integer.class),
                            rs.getObject(9, Integer.class),
                            new TeamKey(teamId, label == null ? "No team recorded" : label)));
                },
                snapshotId);
        calculator.finish();
        streaming.update("delete from register_indicator where snapshot_id = ?", snapshotId);
        var batch = new ArrayList<Object[]>();
        results.forEach((indicator, counts) ->
                counts.byTeam.forEach((team, measures) -> measures.forEach((measure, value) -> batch.add(
                        new Object[] {snapshotId, indicator.name(), team.teamId(), team.label(), measure, value}))));
        streaming.batchUpdate(
                "insert into register_indicator (snapshot_id, indicator, team_id, team_label, measure, measure_value) values (?, ?, ?, ?, ?, ?)",
                batch);
    }

    /** The arithmetic, kept apart from the database so each indicator can be tested with hand-worked cases. */
    static final class Calculator {
        private final LocalDate asAt;
        private final WorkingDays workingDays;
        private final IndicatorThresholds.Thresholds thresholds;
        private final Map<Indicator, Counts> results;
        private final List<Row> referralsOfChild = new ArrayList<>();

        Calculator(
                LocalDate asAt,
                WorkingDays workingDays,
                IndicatorThresholds.Thresholds thresholds,
                Map<Indicator, Counts> results) {
            this.asAt = asAt;
            this.workingDays = workingDays;
            this.thresholds = thresholds;
            this.results = results;
        }

        void accept(Row row) {
            if (!referralsOfChild.isEmpty()
                    && (row.list() != 3
                            || !row.reference()
                                    .equals(referralsOfChild.getFirst().reference()))) {
                childReferrals();
            }
            switch (row.list()) {
                case 3 -> referralsOfChild.add(row);
                case 4 -> {
                    if (row.start() != null && row.end() != null) {
                        count(
                                Indicator.ASSESSMENT_TIMELINESS,
                                row,
                                within(Indicator.ASSESSMENT_TIMELINESS, row.start(), row.end()));
                    }
                }
                case 5 -> {
                    if (row.start() != null && row.conference() != null) {
                        count(
                                Indicator.ICPC_TIMELINESS,
                                row,
                                within(Indicator.ICPC_TIMELINESS, row.start(), row.conference()));
                    }
                }
                case 7 -> {
                    if (row.start() != null && row.end() != null) {
                        count(Indicator.LONG_CP_PLANS, row, lastedLong(row.start(), row.end()));
                    }
                    if (row.previousPlans() != null) {
                        count(Indicator.REPEAT_CP_PLANS, row, row.previousPlans() >= amount(Indicator.REPEAT_CP_PLANS));
                    }
                    if (row.end() == null) {
                        bin(Indicator.CP_VISITS, row);
                    }
                }
                case 8 -> {
                    if (row.end() == null) {
                        bin(Indicator.LAC_VISITS, row);
                        if (row.placements() != null) {
                            count(
                                    Indicator.PLACEMENT_STABILITY,
                                    row,
                                    row.placements() >= amount(Indicator.PLACEMENT_STABILITY));
                        }
                    }
                }
                default -> {}
            }
        }

        void finish() {
            if (!referralsOfChild.isEmpty()) {
                childReferrals();
            }
        }

        /** One child's referrals, in date order: counted once, under the team of their latest referral. */
        private void childReferrals() {
            boolean again = referralsOfChild.stream().anyMatch(r -> r.referrals() != null && r.referrals() >= 1);
            for (int i = 1; i < referralsOfChild.size() && !again; i++) {
                var earlier = referralsOfChild.get(i - 1).start();
                var later = referralsOfChild.get(i).start();
                again = earlier != null && later != null && !later.isAfter(earlier.plusYears(1));
            }
            count(Indicator.RE_REFERRALS, referralsOfChild.getLast(), again);
            referralsOfChild.clear();
        }

        private void count(Indicator indicator, Row row, boolean met) {
            var counts = results.computeIfAbsent(indicator, i -> new Counts());
            counts.add(indicator, row.team(), Indicator.TOTAL);
            if (met) {
                counts.add(indicator, row.team(), Indicator.MET);
            }
        }

        private void bin(Indicator indicator, Row row) {
            var threshold = thresholds.of(indicator);
            Integer days = row.lastVisit() == null ? null : days(threshold.unit(), row.lastVisit(), asAt);
            var counts = results.computeIfAbsent(indicator, i -> new Counts());
            counts.add(indicator, row.team(), Indicator.visitBand(days, threshold.amount()));
            counts.add(indicator, row.team(), Indicator.TOTAL);
        }

        private int amount(Indicator indicator) {
            return thresholds.of(indicator).amount();
        }

        /** Whether {@code to} is within the indicator's threshold of {@code from}, in days or working days. */
        private boolean within(Indicator indicator, LocalDate from, LocalDate to) {
            var threshold = thresholds.of(indicator);
            return days(threshold.unit(), from, to) <= threshold.amount();
        }

        private int days(ThresholdUnit unit, LocalDate from, LocalDate to) {
            return unit == ThresholdUnit.WORKING_DAYS
                    ? workingDays.between(from, to)
                    : Math.toIntExact(ChronoUnit.DAYS.between(from, to));
        }

        /** Whether a plan ended on or after the anniversary the threshold sets (from 29 February, the 28th). */
        private boolean lastedLong(LocalDate start, LocalDate end) {
            var threshold = thresholds.of(Indicator.LONG_CP_PLANS);
            var anniversary = threshold.unit() == ThresholdUnit.MONTHS
                    ? start.plusMonths(threshold.amount())
                    : start.plusYears(threshold.amount());
            return !end.isBefore(anniversary);
        }
    }
}
