package org.praxis.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.praxis.PraxisApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;

/** Two instances on one database share sessions: signed in on one, recognised by the other; signed out on both. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SessionsSharedBetweenInstancesIT {

    @LocalServerPort
    int firstPort;

    @Autowired
    Environment environment;

    @Test
    void aSessionStartedOnOneInstanceWorksOnTheOther() throws Exception {
        try (var second = new SpringApplicationBuilder(PraxisApplication.class)
                .profiles("test")
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                        "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                        "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""))) {
            int secondPort = Integer.parseInt(second.getEnvironment().getProperty("local.server.port"));
            var client = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();

            var signInPage = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + firstPort + "/sign-in"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            var csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(signInPage.body());
            assertThat(csrf.find()).isTrue();
            var signedIn = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + firstPort + "/sign-in"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("username=leader&password=praxis-demo&_csrf="
                                    + java.net.URLEncoder.encode(
                                            csrf.group(1), java.nio.charset.StandardCharsets.UTF_8)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(signedIn.headers().firstValue("Location").orElseThrow())
                    .as("relative: never built from the Host header (decision 0027)")
                    .isEqualTo("/");

            // The cookie jar is keyed by host, not port, so the same SESSION cookie goes to the second instance.
            var onSecond = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + secondPort + "/organisation/teams"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(onSecond.statusCode()).isEqualTo(200);
            assertThat(onSecond.body()).contains("<h1 class=\"govuk-heading-xl\">Teams</h1>");
        }
    }
}
