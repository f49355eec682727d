package org.praxis.support;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import org.praxis.PraxisApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A second Praxis instance on the test's database, as a second server behind a load balancer would be: its own
 * memory, caches, scheduler and solver, the same tables. Started once for the whole test run (starting one costs
 * about as much as a test class) and stopped when the run ends.
 */
public final class SecondInstance {

    private static ConfigurableApplicationContext context;

    private SecondInstance() {}

    /** The second instance, started on the database the first ({@code environment}'s) uses. */
    public static synchronized ConfigurableApplicationContext on(Environment environment) {
        if (context == null || !context.isActive()) {
            context = new SpringApplicationBuilder(PraxisApplication.class)
                    .profiles("test")
                    .run(
                            "--server.port=0",
                            // Every bean made at start, as in production: wiring that lazy creation would hide fails.
                            "--spring.main.lazy-initialization=false",
                            "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                            "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                            "--spring.datasource.password="
                                    + environment.getProperty("spring.datasource.password", ""));
            var started = context;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
        }
        return context;
    }

    /** Requests to the second instance, signed in as with {@link DemoUsers}. */
    public static MockMvc mvc(ConfigurableApplicationContext instance) {
        return MockMvcBuilders.webAppContextSetup((WebApplicationContext) instance)
                .apply(springSecurity())
                .build();
    }
}
