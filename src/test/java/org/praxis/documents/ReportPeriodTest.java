package org.praxis.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Quarters as councils write them, and the quarters around them. */
class ReportPeriodTest {

    @Test
    void aQuarterAsWrittenWithItsDaysAndNeighbours() {
        var q3 = ReportPeriod.parse("2026-Q3");
        assertThat(q3.from()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(q3.to()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(q3.label()).isEqualTo("July to September 2026");
        assertThat(q3.previous().previous().previous()).isEqualTo(ReportPeriod.parse("2025-Q4"));
        assertThat(ReportPeriod.parse("2025-Q4").next()).isEqualTo(ReportPeriod.parse("2026-Q1"));
        assertThat(q3.lastQuarters(3)).extracting(ReportPeriod::code).containsExactly("2026-Q1", "2026-Q2", "2026-Q3");
        assertThat(ReportPeriod.lastEndedBy(LocalDate.of(2026, 12, 2))).isEqualTo(q3);
        assertThat(ReportPeriod.lastEndedBy(LocalDate.of(2026, 1, 1))).isEqualTo(ReportPeriod.parse("2025-Q4"));
    }

    @Test
    void aQuarterWrittenOtherwiseIsRefusedWithTheExpectedForm() {
        assertThatThrownBy(() -> ReportPeriod.parse("2026-Q5"))
                .hasMessageContaining("for example 2026-Q3")
                .hasMessageContaining("2026-Q5");
        assertThatThrownBy(() -> ReportPeriod.parse("Q3 2026")).hasMessageContaining("for example 2026-Q3");
    }
}
