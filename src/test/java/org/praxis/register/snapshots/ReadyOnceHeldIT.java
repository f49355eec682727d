package org.praxis.register.snapshots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

/** A load balancer sends nobody to an instance still reading the register into memory after its start. */
@PraxisIntegrationTest
class ReadyOnceHeldIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    HeldSnapshots held;

    private int readiness() throws Exception {
        return mvc.perform(get("/actuator/health/readiness"))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    @Test
    void notReadyUntilTheFirstReadingAfterStartHasEnded() throws Exception {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> readiness() == 200);
        // As just after a start: serving requests, the first reading not yet ended.
        var serving = ReflectionTestUtils.getField(held, "serving");
        ReflectionTestUtils.setField(held, "serving", true);
        ReflectionTestUtils.setField(held, "firstReadingDone", false);
        try {
            assertThat(readiness()).isEqualTo(503);
        } finally {
            ReflectionTestUtils.setField(held, "firstReadingDone", true);
            ReflectionTestUtils.setField(held, "serving", serving);
        }
        assertThat(readiness()).isEqualTo(200);
    }
}
