package org.praxis.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.praxis.web.Refused;
import org.praxis.web.Stale;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

class SaveFailuresTest {

    /** Spring Data JDBC's wrapper, as it arrives from a repository's save. */
    private static RuntimeException wrapped(Throwable cause) {
        return new RuntimeException("Failed to execute InsertRoot", cause);
    }

    @Test
    void aTakenUniqueKeyBecomesTheCallersMessage() {
        var explained = SaveFailures.explain(
                wrapped(new DuplicateKeyException("unique")), TeamRecords::nameInUse, "Changed meanwhile");
        assertThat(explained).isInstanceOf(Refused.class).hasMessage("A team with this name already exists");
        assertThat(((Refused) explained).field()).isEqualTo("name");
    }

    @Test
    void aRecordSavedBySomeoneElseBecomesAStaleRefusalInTheCallersWords() {
        var lock = new OptimisticLockingFailureException("stale version");
        assertThat(SaveFailures.explain(wrapped(lock), TeamRecords::nameInUse, "Changed meanwhile"))
                .isInstanceOf(Stale.class)
                .hasMessage("Changed meanwhile");
    }

    @Test
    void anyOtherFailureIsPassedOnNotDressedUpAsADuplicate() {
        var failure = wrapped(new DataIntegrityViolationException("foreign key"));
        assertThat(SaveFailures.explain(failure, TeamRecords::nameInUse, "Changed meanwhile"))
                .isSameAs(failure);
    }
}
