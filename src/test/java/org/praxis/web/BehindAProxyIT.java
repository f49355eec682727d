package org.praxis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.praxis.identity.Accounts;
import org.praxis.identity.Role;
import org.praxis.support.RawHttp;
import org.praxis.support.TestClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Praxis on a real server behind a proxy at 127.0.0.1, as in docs/operations.md: what the proxy forwards (the client's
 * address and scheme) is believed, the Host header never makes a redirect, public pages make no session, refused
 * requests carry the security headers, and versioned assets may be cached for a year while pages may not.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"praxis.proxy.trusted-addresses=127.0.0.1", "praxis.metrics.password=scrape-me-please"})
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class BehindAProxyIT {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    private RawHttp http() {
        return new RawHttp(port);
    }

    static Map<String, String> forwardedFor(String client) {
        return Map.of("X-Forwarded-For", client, "X-Forwarded-Proto", "https");
    }

    @Test
    void aRedirectIsNeverBuiltFromTheHostHeader() {
        for (var path : new String[] {"/", "/organisation/teams", "/audits?page=2"}) {
            var response = http().get(path, Map.of("Host", "evil.example"));
            assertThat(response.status()).as(path).isEqualTo(302);
            assertThat(response.header("Location")).as(path).isEqualTo("/sign-in");
        }
    }

    @Test
    void theOriginalSchemeIsSeenAndHttpsGetsStrictTransportSecurity() {
        var overHttps = http().get("/sign-in", forwardedFor("203.0.113.50"));
        assertThat(overHttps.header("Strict-Transport-Security")).contains("max-age=31536000");
        assertThat(overHttps.headers().get("set-cookie"))
                .as("cookies over HTTPS are Secure")
                .allSatisfy(cookie -> assertThat(cookie).contains("Secure"));
        var overHttp = http().get("/sign-in", Map.of());
        assertThat(overHttp.header("Strict-Transport-Security")).isNull();
    }

    @Test
    void theClientsAddressIsTheOneTheProxyForwarded() {
        var username = "proxied.person";
        if (accounts.idOf(username).isEmpty()) {
            accounts.create(username, "correct horse battery", null, null, null, Set.of(Role.LEADER));
        }
        for (int i = 0; i < 4; i++) {
            assertThat(signIn(username, "wrong", "203.0.113.60")).isEqualTo("/sign-in?problem=credentials");
        }
        assertThat(signIn(username, "wrong", "203.0.113.60")).isEqualTo("/sign-in?problem=locked");
        assertThat(signIn(username, "correct horse battery", "203.0.113.60"))
                .as("locked from the address that failed five times")
                .isEqualTo("/sign-in?problem=locked");
        assertThat(signIn(username, "correct horse battery", "203.0.113.61"))
                .as("another person behind the same proxy is another address")
                .isEqualTo("/");
    }

    private String signIn(String username, String password, String client) {
        return signIn(port, username, password, client);
    }

    /**
     * Signs in through the proxy from this client address (as the proxy forwards it, on HTTPS); the path the sign-in
     * sent the browser to.
     */
    static String signIn(int port, String username, String password, String client) {
        var page = new RawHttp(port).get("/sign-in", forwardedFor(client));
        var headers = new LinkedHashMap<>(forwardedFor(client));
        headers.put("Cookie", page.cookies());
        var body = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
                + encode(page.field("_csrf"));
        var response = new RawHttp(port).send("POST /sign-in HTTP/1.1", headers, body);
        assertThat(response.status()).isEqualTo(302);
        var location = java.net.URI.create(response.header("Location"));
        return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void theSignInPageAndTheFamiliesFormMakeNoSession() {
        var code = jdbc.sql("select feedback_code from practice_week order by id limit 1")
                .query(String.class)
                .single();
        long before = sessions();
        for (int i = 0; i < 20; i++) {
            assertThat(http().get("/sign-in", Map.of()).status()).isEqualTo(200);
            assertThat(http().get("/f/" + code, Map.of()).status()).isEqualTo(200);
            assertThat(http().get("/accessibility", Map.of()).status()).isEqualTo(200);
        }
        assertThat(sessions()).as("no session rows for 60 anonymous page views").isEqualTo(before);
    }

    private long sessions() {
        return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
    }

    @Test
    void aRequestTheFirewallRefusesCarriesTheSameSecurityHeaders() {
        var page = http().get("/sign-in", Map.of());
        var refused = http().get("/sign-in%25252e", Map.of());
        assertThat(refused.status()).isEqualTo(400);
        for (var name : new String[] {
            "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy", "Cache-Control", "Content-Security-Policy"
        }) {
            assertThat(refused.header(name)).as(name).isNotNull();
            if (!name.equals("Content-Security-Policy")) {
                assertThat(refused.header(name)).as(name).isEqualTo(page.header(name));
            }
        }
        assertThat(refused.header("Content-Security-Policy")).contains("default-src 'self'");
    }

    @Test
    void versionedAssetsAreKeptForAYearAndPagesAreNotKept() {
        var page = http().get("/sign-in", Map.of());
        assertThat(page.header("Cache-Control")).contains("no-store");
        var stylesheet = java.util.regex.Pattern.compile("href=\"(/css/praxis-[0-9a-f]{32}\\.css)\"")
                .matcher(page.body());
        assertThat(stylesheet.find())
                .as("the page links its stylesheet by a versioned address")
                .isTrue();
        for (var asset :
                new String[] {stylesheet.group(1), "/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css"
                }) {
            var response = http().get(asset, Map.of());
            assertThat(response.status()).as(asset).isEqualTo(200);
            assertThat(response.header("Cache-Control")).as(asset).contains("max-age=31536000");
            assertThat(response.header("Cache-Control")).as(asset).doesNotContain("no-store");
            assertThat(response.headers().get("set-cookie")).as(asset).isNull();
        }
        for (var file :
                new String[] {"/favicon.svg", "/images/easy-read/who.svg", "/assets/images/govuk-icon-180.png"}) {
            assertThat(http().get(file, Map.of()).status()).as(file).isEqualTo(200);
        }
        assertThat(http().get("/css/nothing-here.css", Map.of()).status()).isEqualTo(404);
    }

    @Test
    void metricsForPrometheusNeedTheScrapersCredentials() {
        var basic = "Basic " + java.util.Base64.getEncoder().encodeToString("prometheus:scrape-me-please".getBytes());
        var metrics = http().get("/actuator/prometheus", Map.of("Authorization", basic));
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
        assertThat(http().get("/actuator/prometheus", Map.of()).status()).isEqualTo(401);
        var person = "Basic " + java.util.Base64.getEncoder().encodeToString("admin:praxis-demo".getBytes());
        assertThat(http().get("/actuator/prometheus", Map.of("Authorization", person))
                        .status())
                .as("a person's account does not read the metrics")
                .isEqualTo(401);
    }
}
