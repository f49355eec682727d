package org.praxis.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The organisation's published API, with the module started on its own (no other module's beans, no demo council)
 * against the test database. The test's organisation is rolled back: the demo council loads only into an empty
 * organisation, so nothing written here may outlive the test.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
class OrganisationModuleIT {

    @Autowired
    TransactionTemplate transaction;

    /**
     * Runs the test in a transaction rolled back at its end (a test-managed transaction is held in an inheritable
     * thread-local, which the browser crawl's parallel threads inherited when they were made during such a test).
     */
    private void rolledBack(Runnable test) {
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            test.run();
        });
    }

    @Autowired
    OrganisationSetup setup;

    @Autowired
    OrganisationDirectory directory;

    @Test
    void teamsStaffAndVisitorsAddedAreFoundByIdByNameAndAmongTheActive() {
        rolledBack(() -> {
            var suffix = UUID.randomUUID().toString().substring(0, 8);
            long directorate = setup.addDirectorate("Children's services " + suffix, DirectorateKind.CHILDREN);
            long area = setup.addServiceArea(directorate, "Safeguarding " + suffix);
            long east = setup.addTeam(area, "Child Protection East " + suffix, TeamType.CHILD_PROTECTION);
            long west = setup.addTeam(area, "Child in Need West " + suffix, TeamType.CHILD_IN_NEED);
            var email = "sam.okafor." + suffix + "@example.gov.uk";
            long sam = setup.addStaff(List.of(new OrganisationSetup.NewStaffMember(
                            "Sam Okafor",
                            email,
                            JobRole.SOCIAL_WORKER,
                            east,
                            EmploymentType.AGENCY,
                            LocalDate.of(2026, 9, 1))))
                    .get(email);
            long visitor = setup.addVisitor(
                    "Councillor Jo Reyes " + suffix, "Northbridge City Council", VisitorKind.COUNCILLOR, null, false);

            assertThat(setup.isEmpty()).isFalse();
            assertThat(directory.teamByName("Child Protection East " + suffix))
                    .hasValue(
                            new OrganisationDirectory.TeamSummary(east, "Child Protection East " + suffix, area, true));
            assertThat(directory.team(west).orElseThrow().name()).isEqualTo("Child in Need West " + suffix);
            assertThat(directory.teams(List.of(east, west))).containsOnlyKeys(east, west);
            assertThat(directory.teamIdsIn(List.of(area), true)).containsExactlyInAnyOrder(east, west);
            assertThat(directory.activeTeams())
                    .extracting(OrganisationDirectory.TeamSummary::id)
                    .contains(east, west);
            assertThat(directory.serviceAreas())
                    .extracting(
                            OrganisationDirectory.ServiceAreaSummary::id,
                            OrganisationDirectory.ServiceAreaSummary::name)
                    .contains(org.assertj.core.groups.Tuple.tuple(area, "Safeguarding " + suffix));

            assertThat(directory.staffMember(sam))
                    .hasValue(new OrganisationDirectory.StaffSummary(sam, "Sam Okafor", east, true));
            assertThat(directory.staffMembers(List.of(sam))).containsOnlyKeys(sam);
            assertThat(directory.activeStaff())
                    .extracting(OrganisationDirectory.StaffSummary::id)
                    .contains(sam);

            assertThat(directory.visitor(visitor).orElseThrow())
                    .extracting(
                            OrganisationDirectory.VisitorSummary::kind, OrganisationDirectory.VisitorSummary::active)
                    .containsExactly(VisitorKind.COUNCILLOR, true);
            assertThat(directory.visitors(List.of(visitor))).containsOnlyKeys(visitor);
            assertThat(directory.activeVisitors())
                    .extracting(OrganisationDirectory.VisitorSummary::id)
                    .contains(visitor);
            assertThat(directory.team(-1)).isEmpty();
            assertThat(directory.staffMember(-1)).isEmpty();
        });
    }
}
