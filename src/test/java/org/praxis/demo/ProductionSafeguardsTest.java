package org.praxis.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.praxis.PraxisApplication;
import org.praxis.identity.Accounts;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The prod profile refuses the embedded H2 database, demo data and a missing families' form key, with a message that
 * says why.
 */
class ProductionSafeguardsTest {

    @Test
    void refusesToStartOnH2() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(PraxisApplication.class)
                        .web(WebApplicationType.NONE)
                        .profiles("prod")
                        .run())
                .hasMessageContaining("Praxis will not start in production")
                .hasMessageContaining("the database: PostgreSQL, not the embedded H2 default")
                .hasMessageContaining("SPRING_DATASOURCE_URL");
    }

    @Test
    void aStartMissingSeveralSettingsListsThemAllInOneMessage() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(PraxisApplication.class)
                        .web(WebApplicationType.NONE)
                        .profiles("prod")
                        .run("--praxis.demo.load=always"))
                .hasMessageContaining("Praxis will not start in production. 4 things need attention first")
                .hasMessageContaining("the database: PostgreSQL")
                .hasMessageContaining("the public address: set PRAXIS_BASE_URL")
                .hasMessageContaining("the families' form key: set PRAXIS_FEEDBACKFORM_SECRET")
                .hasMessageContaining("no demo council");
        assertThatThrownBy(() -> new SpringApplicationBuilder(PraxisApplication.class)
                        .web(WebApplicationType.NONE)
                        .profiles("prod")
                        .run(
                                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none",
                                "--praxis.base-url=http://praxis.example",
                                "--praxis.feedback-form.secret=too-short"))
                .hasMessageContaining("2 things need attention first")
                .hasMessageContaining("PRAXIS_BASE_URL")
                .hasMessageContaining("PRAXIS_FEEDBACKFORM_SECRET")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("the database"));
    }

    @Test
    void refusesToLoadTheDemoCouncil() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(PraxisApplication.class)
                        .web(WebApplicationType.NONE)
                        .profiles("prod")
                        .run("--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none", "--praxis.demo.load=always"))
                .hasMessageContaining("does not load the demo council");
    }

    @Test
    void refusesToStartWithoutTheFamiliesFormKeyThatInstancesShare() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(PraxisApplication.class)
                        .web(WebApplicationType.NONE)
                        .profiles("prod")
                        .run(
                                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none",
                                "--praxis.base-url=https://praxis.example"))
                .hasMessageContaining("Praxis will not start in production")
                .hasMessageContaining("PRAXIS_FEEDBACKFORM_SECRET");
        assertThatThrownBy(() -> new SpringApplicationBuilder(PraxisApplication.class)
                        .web(WebApplicationType.NONE)
                        .profiles("prod")
                        .run(
                                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none",
                                "--praxis.feedback-form.secret=too-short"))
                .hasMessageContaining("PRAXIS_FEEDBACKFORM_SECRET");
    }

    @Test
    void startsPastTheConfigurationCheckWithTheFamiliesFormKey() {
        // Past the check, the next thing to fail is the (unreachable) database, not a refusal.
        assertThatThrownBy(() -> new SpringApplicationBuilder(PraxisApplication.class)
                        .web(WebApplicationType.NONE)
                        .profiles("prod")
                        .run(
                                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none",
                                "--praxis.feedback-form.secret=" + "k".repeat(32),
                                "--praxis.base-url=https://praxis.example.gov.uk",
                                "--spring.datasource.hikari.initialization-fail-timeout=1"))
                .hasStackTraceContaining("127.0.0.1:1")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Praxis will not start in production"));
    }

    @Test
    void refusesEveryActiveAccountWithTheDemoPasswordAndAnyDemoDataSayingWhich() {
        try (var demo = new SpringApplicationBuilder(PraxisApplication.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--spring.datasource.url=jdbc:h2:mem:prod-demo-check;MODE=PostgreSQL;DB_CLOSE_DELAY=-1",
                        "--praxis.demo.load=always")) {
            var accounts = demo.getBean(Accounts.class);
            var jdbc = demo.getBean(JdbcClient.class);
            var safeguards = new ProductionSafeguards(accounts, jdbc);
            long demoAccounts = jdbc.sql("select count(*) from user_account where active = true")
                    .query(Long.class)
                    .single();
            assertThat(demoAccounts).isGreaterThan(6);
            assertThatThrownBy(safeguards::afterSingletonsInstantiated)
                    .hasMessageContaining(demoAccounts + " active accounts sign in with the published demo password")
                    .hasMessageContaining("the demo council (Northbridge City Council) was loaded into this database")
                    .hasMessageContaining("visitors from the demo council's fictional Northbridge organisations");

            // The six named demo users deactivated: the other demo accounts still sign in with the demo password.
            jdbc.sql("update user_account set active = false where username in ("
                            + "'admin', 'qa.lead', 'leader', 'manager', 'practitioner', 'visitor')")
                    .update();
            var others = jdbc.sql("select id from user_account where active = true order by id")
                    .query(Long.class)
                    .list();
            assertThat(safeguards.demoPasswordProblems())
                    .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                    .contains(others.size() + " active accounts sign in with the published demo password")
                    .contains("account numbers " + others.getFirst() + ", ");

            // Every demo account deactivated; one made later with the demo password is still found.
            jdbc.sql("update user_account set active = false").update();
            long later = accounts.create(
                    "new.starter", "praxis-demo", null, null, null, java.util.Set.of(org.praxis.identity.Role.LEADER));
            assertThat(safeguards.demoPasswordProblems())
                    .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                    .contains("1 active account signs in with the published demo password (account numbers " + later
                            + ";");
            jdbc.sql("update user_account set active = false").update();
            assertThat(safeguards.demoPasswordProblems()).isEmpty();
            assertThat(safeguards.demoDataProblems()).hasSize(2);
        }
    }

    @Test
    void aCouncilsOwnAccountsAreComparedOnceAndPass() {
        try (var council = new SpringApplicationBuilder(PraxisApplication.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--spring.datasource.url=jdbc:h2:mem:prod-council-check;MODE=PostgreSQL;DB_CLOSE_DELAY=-1",
                        "--praxis.demo.load=never")) {
            var accounts = council.getBean(Accounts.class);
            var safeguards = new ProductionSafeguards(accounts, council.getBean(JdbcClient.class));
            for (int i = 0; i < 4; i++) {
                accounts.create(
                        "worker" + i,
                        "own password " + i,
                        null,
                        null,
                        null,
                        java.util.Set.of(org.praxis.identity.Role.LEADER));
            }
            safeguards.afterSingletonsInstantiated();
            assertThat(accounts.activeAccountsWithPassword("praxis-demo").hashesCompared())
                    .as("hashes cleared at the last check are not compared again")
                    .isZero();
            accounts.create(
                    "worker9", "praxis-demo", null, null, null, java.util.Set.of(org.praxis.identity.Role.LEADER));
            var check = accounts.activeAccountsWithPassword("praxis-demo");
            assertThat(check.hashesCompared()).isEqualTo(1);
            assertThat(check.accountIds()).hasSize(1);
        }
    }
}
