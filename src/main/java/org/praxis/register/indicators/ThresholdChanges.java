package org.praxis.register.indicators;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import org.praxis.web.Refused;
import org.praxis.web.Stale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A QA lead changes an indicator's threshold: checked against the indicator's rules, saved if nobody changed it
 * meanwhile, kept in the history, and every snapshot's figures worked out again, all in one transaction, so the
 * figures on screen are always those of the thresholds on screen.
 */
@Service
public class ThresholdChanges {

    private final JdbcClient jdbc;
    private final IndicatorCalculation calculation;
    private final Clock clock;

    ThresholdChanges(JdbcClient jdbc, IndicatorCalculation calculation, Clock clock) {
        this.jdbc = jdbc;
        this.calculation = calculation;
        this.clock = clock;
    }

    /**
     * Sets the threshold, as the person saw it at {@code version}. False when it is already that (nothing recorded);
     * a {@link Refused} naming the field when the rules refuse it; a {@link Stale} when someone else changed it first.
     */
    @Transactional
    public boolean change(Indicator indicator, Threshold wanted, int version, String username) {
        var setting = indicator.setting();
        if (setting == null) {
            throw new Refused("This indicator has no threshold to set");
        }
        if (!setting.units().contains(wanted.unit())) {
            throw new Refused("unit", "Select what the number counts");
        }
        if (wanted.amount() < setting.min() || wanted.amount() > setting.max()) {
            throw new Refused(
                    "amount",
                    "“" + setting.question() + "” must be between " + setting.min() + " and " + setting.max());
        }
        var held = jdbc.sql(
                        "select amount, unit, version from register_indicator_threshold where indicator = ? for update")
                .param(indicator.name())
                .query((rs, n) ->
                        new Object[] {new Threshold(rs.getInt(1), ThresholdUnit.valueOf(rs.getString(2))), rs.getInt(3)
                        })
                .optional();
        var before = held.map(h -> (Threshold) h[0]).orElse(setting.standard());
        int heldVersion = held.map(h -> (Integer) h[1]).orElse(0);
        if (heldVersion != version) {
            throw new Stale();
        }
        if (before.equals(wanted)) {
            return false;
        }
        if (held.isPresent()) {
            jdbc.sql(
                            "update register_indicator_threshold set amount = ?, unit = ?, version = version + 1 where indicator = ?")
                    .params(wanted.amount(), wanted.unit().name(), indicator.name())
                    .update();
        } else {
            jdbc.sql("insert into register_indicator_threshold (indicator, amount, unit, version) values (?, ?, ?, 1)")
                    .params(indicator.name(), wanted.amount(), wanted.unit().name())
                    .update();
        }
        jdbc.sql("""
                        insert into register_indicator_threshold_change
                            (indicator, old_amount, old_unit, new_amount, new_unit, changed_by, changed_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        indicator.name(),
                        before.amount(),
                        before.unit().name(),
                        wanted.amount(),
                        wanted.unit().name(),
                        username,
                        Timestamp.valueOf(LocalDateTime.now(clock)))
                .update();
        calculation.recalculateAll();
        return true;
    }
}
