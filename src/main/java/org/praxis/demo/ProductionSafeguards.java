package org.praxis.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.praxis.identity.Accounts;
import org.praxis.identity.SingleSignOnSettings;
import org.praxis.practiceweek.PublicAddressCheck;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code prod} profile refuses to start without the settings production needs, on the embedded H2 database, or
 * with demo data: first the settings, before anything touches a database (registered in spring.factories), listing
 * every missing one in one message; then, once the schema is in place, any active account that signs in with the
 * published demo password and any demo data (decision 0027).
 */
@Component
// Made at start even when beans are made on first use: the checks must run at start, not when something first asks for
// them.
@Lazy(false)
@Profile("prod")
class ProductionSafeguards implements SmartInitializingSingleton {

    static final int MINIMUM_SECRET_LENGTH = 32;

    /**
     * A setting production cannot do without: what it is, whether the environment has it, and how to give it. Add an
     * entry to {@link #REQUIRED} for a new one; every one missing is listed in the same refusal.
     */
    record Required(String what, Predicate<ConfigurableEnvironment> present, String howToSet) {}

    static final List<Required> REQUIRED = List.of(
            new Required(
                    "the database",
                    env -> {
                        var url = env.getProperty("spring.datasource.url", "");
                        return !url.isBlank() && !url.startsWith("jdbc:h2:");
                    },
                    "PostgreSQL, not the embedded H2 default: set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and"
                            + " SPRING_DATASOURCE_PASSWORD"),
            new Required(
                    "the public address",
                    env -> env.getProperty("praxis.base-url", "").strip().startsWith("https://")
                            && PublicAddressCheck.problem(env).isEmpty(),
                    "set PRAXIS_BASE_URL to the https:// address people open (for example"
                            + " https://praxis.council.example.gov.uk), not a local one; the families' form short link"
                            + " and QR code use it (or PRAXIS_PUBLIC_BASE_URL, where residents reach Praxis at another"
                            + " address)"),
            new Required(
                    "the families' form key",
                    env -> env.getProperty("praxis.feedback-form.secret", "")
                                    .strip()
                                    .length()
                            >= MINIMUM_SECRET_LENGTH,
                    "set PRAXIS_FEEDBACKFORM_SECRET to a random value of at least " + MINIMUM_SECRET_LENGTH
                            + " characters, the same on every instance (for example the output of: openssl rand -hex"
                            + " 32)"),
            new Required(
                    "no demo council",
                    env -> "never".equalsIgnoreCase(env.getProperty("praxis.demo.load", "never")),
                    "the prod profile does not load the demo council: remove PRAXIS_DEMO_LOAD (or set it to never)"));

    /** Checks the configuration before the application context exists. */
    static final class ConfigurationCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {
        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            var environment = event.getEnvironment();
            if (!environment.acceptsProfiles(Profiles.of("prod"))) {
                return;
            }
            var missing = new ArrayList<>(REQUIRED.stream()
                    .filter(r -> !r.present().test(environment))
                    .map(r -> r.what() + ": " + r.howToSet())
                    .toList());
            // Single sign-on knows its own settings (decision 0026); they are listed in the same refusal.
            SingleSignOnSettings.missingForProduction(environment)
                    .forEach(setting -> missing.add("single sign-on: set " + setting));
            if (!missing.isEmpty()) {
                throw new RefusedToStart(missing);
            }
        }
    }

    /** Praxis would not be safe to run as configured. */
    static final class RefusedToStart extends RuntimeException {
        RefusedToStart(List<String> reasons) {
            super("Praxis will not start in production. "
                    + (reasons.size() == 1 ? "One thing needs" : reasons.size() + " things need")
                    + " attention first:\n  - " + String.join("\n  - ", reasons));
        }
    }

    private final Accounts accounts;
    private final JdbcClient jdbc;

    ProductionSafeguards(Accounts accounts, JdbcClient jdbc) {
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    @Override
    public void afterSingletonsInstantiated() {
        var problems = new ArrayList<String>();
        problems.addAll(demoPasswordProblems());
        problems.addAll(demoDataProblems());
        if (!problems.isEmpty()) {
            throw new RefusedToStart(problems);
        }
    }

    /** Every active account, not only the named demo ones, that signs in with the published demo password. */
    List<String> demoPasswordProblems() {
        var found = accounts.activeAccountsWithPassword(DemoCouncil.PASSWORD).accountIds();
        if (found.isEmpty()) {
            return List.of();
        }
        var ids = found.stream().limit(50).map(String::valueOf).toList();
        return List.of(found.size() + (found.size() == 1 ? " active account signs" : " active accounts sign")
                + " in with the published demo password (account numbers " + String.join(", ", ids)
                + (found.size() > ids.size() ? ", …" : "")
                + "; see them with: select id, username from account_directory where id in (...)). Deactivate them or"
                + " change their passwords, or use a new database.");
    }

    /** Demo data, saying which: the demo council's load record, and visitors from its fictional organisations. */
    List<String> demoDataProblems() {
        var problems = new ArrayList<String>();
        jdbc.sql("select council_name, loaded_at from demo_council_load order by id")
                .query((rs, n) -> "the demo council (" + rs.getString(1) + ") was loaded into this database on "
                        + rs.getObject(2, java.time.OffsetDateTime.class).toLocalDate()
                        + ": its staff, accounts, case register, audits and Practice Weeks are fictional. Use a new"
                        + " database.")
                .list()
                .forEach(problems::add);
        long visitors = jdbc.sql("select count(*) from visitor_directory where organisation like 'Northbridge %'")
                .query(Long.class)
                .single();
        if (visitors > 0) {
            problems.add(visitors + " visitors from the demo council's fictional Northbridge organisations are in this"
                    + " database.");
        }
        return problems;
    }
}
