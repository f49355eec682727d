package org.praxis.demo;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.praxis.PraxisApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

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
                .hasMessageContaining("needs PostgreSQL")
                .hasMessageContaining("SPRING_DATASOURCE_URL");
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
                        .run("--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none"))
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
                                "--praxis.public-base-url=https://praxis.example.gov.uk",
                                "--spring.datasource.hikari.initialization-fail-timeout=1"))
                .hasStackTraceContaining("127.0.0.1:1")
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(e.getMessage())
                        .doesNotContain("Praxis will not start in production"));
    }

    @Test
    void refusesDemoAccountsThatStillHaveTheDemoPassword() {
        try (var demo = new SpringApplicationBuilder(PraxisApplication.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--spring.datasource.url=jdbc:h2:mem:prod-demo-check;MODE=PostgreSQL;DB_CLOSE_DELAY=-1",
                        "--praxis.demo.load=always")) {
            var accounts = demo.getBean(org.praxis.identity.Accounts.class);
            assertThatThrownBy(() -> new ProductionSafeguards(accounts).afterSingletonsInstantiated())
                    .hasMessageContaining("demo accounts with the published demo password are active")
                    .hasMessageContaining("admin, leader, manager, practitioner, qa.lead, visitor");

            demo.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                    .sql("update user_account set active = false")
                    .update();
            new ProductionSafeguards(accounts).afterSingletonsInstantiated();
        }
    }
}
