package org.praxis.web;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class TimeConfiguration {

    /** One clock for the application, so tests can move time (lockouts, overdue dates). */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
