package org.praxis.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.praxis.organisation.EmploymentType;
import org.praxis.organisation.JobRole;
import org.praxis.organisation.TeamType;
import org.praxis.organisation.VisitorKind;

/** Northbridge City Council is believable in size and mix, and the same every time. */
class DemoCouncilTest {

    @Test
    void aboutThirtyTeamsOfTheKindsCouncilsHave() {
        var teams = DemoCouncil.serviceAreas().stream()
                .flatMap(a -> a.teams().stream())
                .toList();
        assertThat(teams).hasSizeBetween(28, 34);
        assertThat(teams)
                .extracting(DemoCouncil.TeamPlan::type)
                .contains(
                        TeamType.MASH_FRONT_DOOR,
                        TeamType.CHILD_PROTECTION,
                        TeamType.CHILDREN_IN_CARE,
                        TeamType.FOSTERING,
                        TeamType.EDGE_OF_CARE,
                        TeamType.REABLEMENT,
                        TeamType.SAFEGUARDING_ADULTS,
                        TeamType.SIGHT_AND_HEARING);
        assertThat(new HashSet<>(teams.stream().map(DemoCouncil.TeamPlan::name).toList()))
                .hasSize(teams.size());
    }

    @Test
    void aboutFourHundredStaffWithAgencyBankApprenticesAndAsyes() {
        var staff = DemoCouncil.staff();
        assertThat(staff).hasSizeBetween(380, 420);
        double agency = staff.stream()
                        .filter(s -> s.employment() == EmploymentType.AGENCY)
                        .count()
                / (double) staff.size();
        assertThat(agency).isBetween(0.15, 0.21);
        assertThat(staff).filteredOn(s -> s.employment() == EmploymentType.BANK).hasSizeGreaterThan(5);
        assertThat(staff)
                .filteredOn(s -> s.role() == JobRole.SOCIAL_WORK_APPRENTICE)
                .hasSizeGreaterThan(5);
        assertThat(staff).filteredOn(s -> s.role() == JobRole.ASYE).hasSizeGreaterThan(10);
        assertThat(staff)
                .extracting(DemoCouncil.StaffPlan::email)
                .doesNotHaveDuplicates()
                .allMatch(e -> e.endsWith("@northbridge.example.gov.uk"));
    }

    @Test
    void generatedTheSameWayEveryTime() {
        assertThat(DemoCouncil.staff()).isEqualTo(DemoCouncil.staff());
    }

    @Test
    void tenVisitorsFromTheCouncilAndItsPartners() {
        var visitors = DemoCouncil.visitors();
        assertThat(visitors).hasSize(10);
        assertThat(visitors)
                .extracting(DemoCouncil.VisitorPlan::kind)
                .contains(VisitorKind.COUNCILLOR, VisitorKind.POLICE, VisitorKind.NHS, VisitorKind.SCHOOL);
        assertThat(visitors).filteredOn(DemoCouncil.VisitorPlan::cleared).isNotEmpty();
        assertThat(visitors)
                .filteredOn(v -> v.kind() == VisitorKind.COUNCILLOR)
                .noneMatch(DemoCouncil.VisitorPlan::cleared);
    }
}
