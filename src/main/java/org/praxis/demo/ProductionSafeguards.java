package org.praxis.demo;

import org.praxis.identity.Accounts;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The {@code prod} profile refuses to start on the embedded H2 database, with demo data, or without the settings
 * several instances must share (the families' form key, decision 0016): before
 * anything touches a database (registered in spring.factories), and again once the schema is in place,
 * if any demo account still has the published demo password.
 */
@Component
// Made at start even when beans are made on first use: the checks must run at start, not when something first asks for
// them.
@Lazy(false)
@Profile("prod")
class ProductionSafeguards implements SmartInitializingSingleton {

    static final int MINIMUM_SECRET_LENGTH = 32;

    /** Checks the configuration before the application context exists. */
    static final class ConfigurationCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {
        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            var environment = event.getEnvironment();
            if (!environment.acceptsProfiles(Profiles.of("prod"))) {
                return;
            }
            var url = environment.getProperty("spring.datasource.url", "");
            if (url.isBlank() || url.startsWith("jdbc:h2:")) {
                throw new RefusedToStart(
                        "The prod profile needs PostgreSQL, but the database is the embedded H2 default. "
                                + "Set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.");
            }
            if (!"never".equalsIgnoreCase(environment.getProperty("praxis.demo.load", "never"))) {
                throw new RefusedToStart(
                        "The prod profile does not load the demo council. Remove PRAXIS_DEMO_LOAD (or set it to never).");
            }
            if (environment
                            .getProperty("praxis.feedback-form.secret", "")
                            .strip()
                            .length()
                    < MINIMUM_SECRET_LENGTH) {
                throw new RefusedToStart("the families' feedback form needs a signing key that every instance shares. "
                        + "Set PRAXIS_FEEDBACKFORM_SECRET to a random value of at least " + MINIMUM_SECRET_LENGTH
                        + " characters (for example the output of: openssl rand -hex 32).");
            }
        }
    }

    /** Praxis would not be safe to run as configured. */
    static final class RefusedToStart extends RuntimeException {
        RefusedToStart(String reason) {
            super("Praxis will not start in production: " + reason);
        }
    }

    private final Accounts accounts;

    ProductionSafeguards(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void afterSingletonsInstantiated() {
        var demo = accounts.activeWithPassword(DemoCouncil.DEMO_USERNAMES, DemoCouncil.PASSWORD);
        if (!demo.isEmpty()) {
            throw new RefusedToStart("demo accounts with the published demo password are active in this database ("
                    + String.join(", ", demo.stream().sorted().toList())
                    + "). Deactivate them or change their passwords, or use a new database.");
        }
    }
}
