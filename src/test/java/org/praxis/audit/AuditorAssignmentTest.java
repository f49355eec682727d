package org.praxis.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AuditorAssignmentTest {

    @Test
    void noAuditorGetsACaseFromTheirOwnTeamOrCaseload() {
        var auditors = List.of(
                new AuditorAssignment.Auditor(1, 10L, 100L, 10), new AuditorAssignment.Auditor(2, 20L, 200L, 10));
        var cases = List.of(
                new AuditorAssignment.Case(1, 10L, 500L),
                new AuditorAssignment.Case(2, 20L, 501L),
                new AuditorAssignment.Case(3, 30L, 100L));
        var result = AuditorAssignment.assign(cases, auditors);
        assertThat(result.auditorByCase()).containsEntry(1L, 2L).containsEntry(2L, 1L);
        // Case 3 is auditor 1's own caseload, so it goes to auditor 2.
        assertThat(result.auditorByCase()).containsEntry(3L, 2L);
        assertThat(result.unassigned()).isEmpty();
    }

    @Test
    void theLoadIsSharedInProportionToCapacity() {
        var auditors = List.of(
                new AuditorAssignment.Auditor(1, 10L, null, 4),
                new AuditorAssignment.Auditor(2, 20L, null, 8),
                new AuditorAssignment.Auditor(3, 30L, null, 12));
        var cases = new ArrayList<AuditorAssignment.Case>();
        for (int i = 0; i < 12; i++) {
            cases.add(new AuditorAssignment.Case(i, 99L, null));
        }
        var loads = AuditorAssignment.assign(cases, auditors).auditorByCase().values().stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(loads).isEqualTo(Map.of(1L, 2L, 2L, 4L, 3L, 6L));
    }

    @Test
    void casesNobodyMayTakeOrBeyondCapacityAreReportedNotForced() {
        var auditors = List.of(new AuditorAssignment.Auditor(1, 10L, null, 1));
        var cases = List.of(
                new AuditorAssignment.Case(1, 10L, null),
                new AuditorAssignment.Case(2, 20L, null),
                new AuditorAssignment.Case(3, 30L, null));
        var result = AuditorAssignment.assign(cases, auditors);
        assertThat(result.auditorByCase()).hasSize(1);
        assertThat(result.unassigned())
                .hasSize(2)
                .extracting(AuditorAssignment.Case::caseId)
                .contains(1L);
    }

    @Test
    void constrainedCasesArePlacedFirstSoTheyAreNotLeftOut() {
        // Auditor 1 may take any case but has room for one; case 1 only auditor 1 may take.
        var auditors =
                List.of(new AuditorAssignment.Auditor(1, 10L, null, 1), new AuditorAssignment.Auditor(2, 20L, null, 5));
        var cases = List.of(new AuditorAssignment.Case(2, 30L, null), new AuditorAssignment.Case(1, 20L, null));
        var result = AuditorAssignment.assign(cases, auditors);
        assertThat(result.auditorByCase()).containsEntry(1L, 1L).containsEntry(2L, 2L);
    }

    @Test
    void aServiceManagerAuditsNoTeamOfTheirScope() {
        var manager = new AuditorAssignment.Auditor(1, 10L, 100L, 5, java.util.Set.of(20L, 30L));
        assertThat(AuditorAssignment.mayAudit(manager, new AuditorAssignment.Case(1, 10L, null)))
                .as("their own team")
                .isFalse();
        assertThat(AuditorAssignment.mayAudit(manager, new AuditorAssignment.Case(2, 30L, null)))
                .as("a team of the service they manage")
                .isFalse();
        assertThat(AuditorAssignment.mayAudit(manager, new AuditorAssignment.Case(3, 40L, 100L)))
                .as("their own caseload")
                .isFalse();
        assertThat(AuditorAssignment.mayAudit(manager, new AuditorAssignment.Case(4, 40L, 200L)))
                .isTrue();
    }
}
