package org.praxis.register.indicators;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The thresholds in force now, and every change made to them. */
@Service
public class IndicatorThresholds {

    /** Every indicator's threshold in force, with the version a change must name (two QA leads at once). */
    public record Thresholds(Map<Indicator, Threshold> values, Map<Indicator, Integer> versions) {

        /** The threshold of an indicator; its standard when none is held; null for one with nothing to set. */
        public Threshold of(Indicator indicator) {
            return indicator.setting() == null
                    ? null
                    : values.getOrDefault(indicator, indicator.setting().standard());
        }

        public int version(Indicator indicator) {
            return versions.getOrDefault(indicator, 0);
        }

        /** Whether every indicator has the threshold Praxis started with. */
        public boolean standard() {
            return values.entrySet().stream()
                    .allMatch(e -> e.getValue().equals(e.getKey().setting().standard()));
        }
    }

    /** One change, as the history on the settings screen shows it. */
    public record Change(
            Indicator indicator, Threshold before, Threshold after, String changedBy, LocalDateTime changedAt) {}

    private final JdbcClient jdbc;

    IndicatorThresholds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Thresholds current() {
        var values = new EnumMap<Indicator, Threshold>(Indicator.class);
        var versions = new EnumMap<Indicator, Integer>(Indicator.class);
        jdbc.sql("select indicator, amount, unit, version from register_indicator_threshold")
                .query(rs -> {
                    var indicator = Indicator.valueOf(rs.getString(1));
                    if (indicator.setting() != null) {
                        values.put(indicator, new Threshold(rs.getInt(2), ThresholdUnit.valueOf(rs.getString(3))));
                        versions.put(indicator, rs.getInt(4));
                    }
                });
        return new Thresholds(values, versions);
    }

    /** The changes, newest first. */
    @Transactional(readOnly = true)
    public List<Change> history() {
        return jdbc.sql("""
                        select indicator, old_amount, old_unit, new_amount, new_unit, changed_by, changed_at
                        from register_indicator_threshold_change order by changed_at desc, id desc
                        """)
                .query((rs, n) -> new Change(
                        Indicator.valueOf(rs.getString(1)),
                        new Threshold(rs.getInt(2), ThresholdUnit.valueOf(rs.getString(3))),
                        new Threshold(rs.getInt(4), ThresholdUnit.valueOf(rs.getString(5))),
                        rs.getString(6),
                        rs.getTimestamp(7).toLocalDateTime()))
                .list();
    }
}
