package org.praxis.practiceweek;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** prod refuses to start while the families' short link and QR code would point to localhost. */
class PublicAddressCheckTest {

    private static java.util.Optional<String> problem(String address) {
        var environment = new MockEnvironment();
        if (address != null) {
            environment.setProperty("praxis.public-base-url", address);
        }
        return PublicAddressCheck.problem(environment);
    }

    @Test
    void aLocalOrPlainAddressIsRefusedSayingWhatToSet() {
        assertThat(problem(null))
                .get()
                .asString()
                .contains("PRAXIS_PUBLIC_BASE_URL")
                .contains("not set");
        assertThat(problem("http://localhost:8080")).get().asString().contains("now: http://localhost:8080");
        assertThat(problem("https://127.0.0.1")).isPresent();
        assertThat(problem("http://praxis.northbridge.gov.uk")).as("not https").isPresent();
        assertThat(problem("not a url at all")).isPresent();
    }

    @Test
    void theCouncilsOwnHttpsAddressIsAccepted() {
        assertThat(problem("https://praxis.northbridge.gov.uk")).isEmpty();
        assertThat(problem("https://feedback.northbridge.gov.uk/praxis/")).isEmpty();
    }
}
