package org.praxis.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.praxis.organisation.EmploymentType;
import org.praxis.organisation.JobRole;
import org.praxis.organisation.OrganisationDirectory.StaffRecord;

/** The policy read from settings: intervals by role, newly qualified workers' first months, caseload thresholds. */
class WorkforcePolicyTest {

    private final WorkforcePolicy policy =
            new WorkforcePolicy(true, 4, "BUSINESS_SUPPORT=8", 2, 6, 20, "ASYE=16,SOCIAL_WORK_APPRENTICE=8");

    private static StaffRecord staff(JobRole role, LocalDate started) {
        return new StaffRecord(1, "Someone", "someone@example.org", role, 1L, EmploymentType.PERMANENT, started, true);
    }

    @Test
    void aNewlyQualifiedWorkerIsSupervisedFortnightlyForSixMonthsThenMonthly() {
        var started = LocalDate.of(2026, 3, 2);
        var nqsw = staff(JobRole.ASYE, started);
        assertThat(policy.intervalWeeks(nqsw, started.plusWeeks(1))).isEqualTo(2);
        assertThat(policy.intervalWeeks(nqsw, started.plusMonths(6).minusDays(1)))
                .isEqualTo(2);
        assertThat(policy.intervalWeeks(nqsw, started.plusMonths(6))).isEqualTo(4);
        assertThat(policy.intervalWeeks(staff(JobRole.ASYE, null), started))
                .as("no start date: the role's interval")
                .isEqualTo(4);
    }

    @Test
    void rolesNamedInTheSettingHaveTheirOwnIntervalAndThreshold() {
        var day = LocalDate.of(2026, 12, 2);
        assertThat(policy.intervalWeeks(staff(JobRole.BUSINESS_SUPPORT, null), day))
                .isEqualTo(8);
        assertThat(policy.intervalWeeks(staff(JobRole.SOCIAL_WORKER, null), day))
                .isEqualTo(4);
        assertThat(policy.caseloadThreshold(JobRole.ASYE)).isEqualTo(16);
        assertThat(policy.caseloadThreshold(JobRole.SOCIAL_WORK_APPRENTICE)).isEqualTo(8);
        assertThat(policy.caseloadThreshold(JobRole.SENIOR_PRACTITIONER)).isEqualTo(20);
        assertThat(policy.supervisionInWords())
                .isEqualTo("One-to-one supervision every 4 weeks; business support officer every 8 weeks; newly"
                        + " qualified social workers every 2 weeks in their first 6 months");
    }

    @Test
    void aSettingThatIsNotRoleEqualsNumberStopsTheStartWithTheSettingsName() {
        assertThatThrownBy(() -> new WorkforcePolicy(true, 4, "SOCIAL_WORKERS=3", 2, 6, 20, ""))
                .hasMessageStartingWith("praxis.workforce.supervision.interval-weeks-by-role must be like");
        assertThatThrownBy(() -> new WorkforcePolicy(true, 0, "", 2, 6, 20, ""))
                .hasMessage("praxis.workforce.supervision.interval-weeks must be 1 or more");
    }
}
