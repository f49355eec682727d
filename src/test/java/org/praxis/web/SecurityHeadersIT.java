package org.praxis.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Security headers on every page, a fresh CSP nonce per response, and nothing of Actuator but health. */
@PraxisIntegrationTest
class SecurityHeadersIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Test
    void everyPageCarriesTheSecurityHeadersAndItsScriptsTheNonce() throws Exception {
        var response = mvc.perform(get("/").with(demo.as("leader"))).andReturn().getResponse();
        var csp = response.getHeader("Content-Security-Policy");
        assertThat(csp)
                .contains("default-src 'self'")
                .contains("frame-ancestors 'none'")
                .contains("object-src 'none'")
                .doesNotContain("unsafe-inline")
                .doesNotContain("unsafe-eval");
        var nonce = Pattern.compile("'nonce-([^']+)'").matcher(csp);
        assertThat(nonce.find()).isTrue();
        var html = response.getContentAsString();
        assertThat(html).contains("<script nonce=\"" + nonce.group(1) + "\">");
        assertThat(html).doesNotContainPattern("<script(?![^>]*nonce=\"" + Pattern.quote(nonce.group(1)) + "\")");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");

        var again = mvc.perform(get("/").with(demo.as("leader")))
                .andReturn()
                .getResponse()
                .getHeader("Content-Security-Policy");
        assertThat(again).as("a new nonce for every response").isNotEqualTo(csp);
    }

    @Test
    void theSignInPageAlsoCarriesThem() throws Exception {
        var response = mvc.perform(get("/sign-in")).andReturn().getResponse();
        assertThat(response.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(response.getContentAsString()).contains("name=\"_csrf\"");
    }

    @Test
    void onlyHealthIsExposed() throws Exception {
        assertThat(mvc.perform(get("/actuator/health/liveness"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("UP");
        assertThat(mvc.perform(get("/actuator/health/readiness"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("UP");
        var health =
                mvc.perform(get("/actuator/health")).andReturn().getResponse().getContentAsString();
        assertThat(health)
                .as("no details to anonymous callers")
                .doesNotContain("db")
                .doesNotContain("diskSpace");
        for (var endpoint : new String[] {
            "/actuator/env",
            "/actuator/beans",
            "/actuator/configprops",
            "/actuator/heapdump",
            "/actuator/loggers",
            "/actuator/mappings",
            "/actuator"
        }) {
            var status = mvc.perform(get(endpoint).with(demo.as("admin")))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as(endpoint).isEqualTo(404);
        }
    }
}
