package org.praxis.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.praxis.support.TestClockConfiguration;
import org.praxis.web.Stale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The standards manual started on its own (no other module's beans, no demo council) against the test database; each
 * test's standards are rolled back, so nothing here is seen by another test.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
@RecordApplicationEvents
class StandardsModuleIT {

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
    StandardsManual manual;

    @Autowired
    ApplicationEvents events;

    private static String newCode() {
        return "SM-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static StandardsManual.Wording wording(String title, StandardDomain domain, CareService service) {
        return new StandardsManual.Wording(title, "What good looks like.", domain, service);
    }

    @Test
    void aStandardForBothServicesIsListedUnderEitherAndUnderItsDomainOnly() {
        rolledBack(() -> {
            var code = newCode();
            manual.add(code, wording("Plans are shared", StandardDomain.PLANNING, CareService.ALL), "qa.lead");

            assertThat(manual.current(null, CareService.CHILDREN))
                    .extracting(StandardsManual.Standard::code)
                    .contains(code);
            assertThat(manual.current(null, CareService.ADULTS))
                    .extracting(StandardsManual.Standard::code)
                    .contains(code);
            assertThat(manual.current(StandardDomain.PLANNING, null))
                    .extracting(StandardsManual.Standard::code)
                    .contains(code);
            assertThat(manual.current(StandardDomain.RISK, null))
                    .extracting(StandardsManual.Standard::code)
                    .doesNotContain(code);
            assertThat(manual.codeTaken(code.toLowerCase()))
                    .as("codes are unique whatever their case")
                    .isTrue();
        });
    }

    @Test
    void aChangeAddsTheNextVersionAnnouncesItAndAStaleOneIsRefused() {
        rolledBack(() -> {
            long revision = manual.revision();
            long id = manual.add(
                    newCode(), wording("Visits are recorded", StandardDomain.RECORDING, CareService.ADULTS), "qa.lead");
            manual.change(
                    id,
                    1,
                    wording("Visits are recorded the same day", StandardDomain.RECORDING, CareService.ADULTS),
                    "Same day",
                    "qa.lead");

            assertThat(manual.history(id))
                    .extracting(StandardsManual.Standard::version, StandardsManual.Standard::changeNote)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(2, "Same day"),
                            org.assertj.core.groups.Tuple.tuple(1, "First version"));
            assertThat(manual.currentVersion(id).orElseThrow().title()).isEqualTo("Visits are recorded the same day");
            assertThat(manual.revision())
                    .as("other instances can tell the wording changed")
                    .isEqualTo(revision + 2);
            assertThat(events.stream(StandardChanged.class)).containsExactly(new StandardChanged(id, 2));

            assertThatThrownBy(() -> manual.change(
                            id,
                            1,
                            wording("Someone else's older edit", StandardDomain.RECORDING, CareService.ADULTS),
                            "Mine",
                            "qa.lead"))
                    .isInstanceOf(Stale.class);
            assertThat(manual.history(id)).hasSize(2);
        });
    }
}
