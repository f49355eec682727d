package org.praxis.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.praxis.documents.ReportPeriod;
import org.praxis.documents.ReportSection;
import org.praxis.documents.ReportSectionSource;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo's last quarter has something in every section of its report: a QA lead trying the quarterly report sees
 * indicators, actions raised and completed, and the staff survey, not "nothing in this quarter".
 */
@PraxisIntegrationTest
class DemoQuarterIT {

    @Autowired
    List<ReportSectionSource> sources;

    @Autowired
    Clock clock;

    private ReportSection section(String key) {
        var period = ReportPeriod.lastEndedBy(LocalDate.now(clock));
        return sources.stream()
                .filter(s -> s.key().equals(key))
                .findFirst()
                .orElseThrow()
                .section(period);
    }

    private static String value(ReportSection section, String headline) {
        return section.headlines().stream()
                .filter(h -> h.key().equals(headline))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No headline " + headline + " in " + section.summary()))
                .value();
    }

    @Test
    void theLastQuartersRegisterSectionHasItsIndicatorsAgainstTheQuarterBefore() {
        var register = section("register");
        assertThat(Integer.parseInt(value(register, "open-cases"))).isPositive();
        assertThat(register.headlines()).anySatisfy(h -> assertThat(h.key()).isEqualTo("assessment-timeliness"));
        assertThat(register.headlines())
                .noneSatisfy(h -> assertThat(h.reading()).startsWith("No figure for"));
    }

    @Test
    void theLastQuarterHasActionsOpenOverdueAndCompleted() {
        var actions = section("actions");
        assertThat(Integer.parseInt(value(actions, "open"))).isPositive();
        assertThat(Integer.parseInt(value(actions, "completed"))).isPositive();
    }

    @Test
    void theLastQuarterHasTheStaffSurvey() {
        var survey = section("staff-survey");
        assertThat(Integer.parseInt(value(survey, "respondents"))).isPositive();
    }
}
